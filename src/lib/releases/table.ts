import { phrase } from "../../i18n/check/index.ts";
import type { Field, TableResource } from "../data/catalogue.ts";
import { parseCsv } from "../data/csv.ts";
import { decodeUtf8 } from "../data/decode.ts";
import { neutralExamples } from "../data/examples.ts";
import { msg } from "../data/messages.ts";
import { error, type Problem } from "../data/problems.ts";
import { validateTable } from "../data/table.ts";
import type { Text } from "../data/types.ts";
import { writeCsv } from "../new-place/csv.ts";

/**
 * The releases table, `releases/releases.csv` in the data folder: one row per
 * release, oldest first. It is read with the data check's own CSV reader and
 * table validation, so a mistake in it is reported like one in any other
 * table (file, line, column, value, fix, in both languages).
 */
export const RELEASES_FOLDER = "releases";
export const RELEASES_FILE = `${RELEASES_FOLDER}/releases.csv`;

export const RELEASE_KINDS = ["revisi", "koreksi"] as const;
/** `revisi`: a scheduled update or a revision of figures; `koreksi`: the correction of an error (the ONS distinction). */
export type ReleaseKind = (typeof RELEASE_KINDS)[number];

export interface Release {
  /** YYYY.N, for example 2026.1. */
  readonly version: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly kind: ReleaseKind;
  /** The note in both languages; the Indonesian one in both when no English note was given. */
  readonly note: Text;
  /** The content hash of the frozen folder (hashRelease). */
  readonly sha256: string;
}

export const VERSION_PATTERN = /^(\d{4})\.([1-9]\d*)$/;
const COLUMNS = ["version", "date", "kind", "note_id", "note_en", "sha256"] as const;

const field = (name: string, type: Field["type"], description: Text, constraints: Field["constraints"]): Field => ({
  name,
  type,
  title: name,
  description: description.en,
  descriptionId: description.id,
  delimiter: ",",
  constraints,
});

const RESOURCE: TableResource = {
  kind: "table",
  name: "releases",
  path: RELEASES_FILE,
  title: "releases",
  schema: {
    fields: [
      field("version", "string", phrase("release.field.version"), { required: true, pattern: VERSION_PATTERN.source.slice(1, -1) }),
      field("date", "date", phrase("release.field.date"), { required: true }),
      field("kind", "string", phrase("release.field.kind"), { required: true, enum: RELEASE_KINDS }),
      field("note_id", "string", phrase("release.field.noteId"), { required: true }),
      field("note_en", "string", phrase("release.field.noteEn"), {}),
      field("sha256", "string", phrase("release.field.sha256"), { required: true, pattern: "[0-9a-f]{64}" }),
    ],
    primaryKey: ["version"],
    foreignKeys: [],
    missingValues: [""],
  },
};

/** Compares two versions: negative when a is older. */
export function compareVersions(a: string, b: string): number {
  const [, ay, an] = VERSION_PATTERN.exec(a) ?? [];
  const [, by, bn] = VERSION_PATTERN.exec(b) ?? [];
  return Number(ay) - Number(by) || Number(an) - Number(bn);
}

/** The version after the last: the next number in the same year, or N.1 of a later year. */
export function nextVersion(last: string | undefined, today: string): string {
  const year = Number(today.slice(0, 4));
  const [, y, n] = (last && VERSION_PATTERN.exec(last)) || [];
  return Number(y) >= year ? `${y}.${Number(n) + 1}` : `${year}.1`;
}

/** Reads releases.csv: the valid releases, oldest first, and every problem found in it. */
export function parseReleases(bytes: Uint8Array): { releases: Release[]; problems: Problem[] } {
  const decoded = decodeUtf8(bytes, RELEASES_FILE);
  if ("problem" in decoded) return { releases: [], problems: [decoded.problem] };
  const csv = parseCsv(decoded.text, RELEASES_FILE, neutralExamples());
  if (!csv.table) return { releases: [], problems: csv.problems };
  const { table, problems } = validateTable(RESOURCE, csv.table, neutralExamples());
  const all = [...csv.problems, ...problems.filter((p) => p.code !== "no-rows")];
  const releases: Release[] = [];
  for (const row of table.rows) {
    const v = row.values;
    if (COLUMNS.some((c) => c !== "note_en" && v[c] === undefined)) continue;
    const version = v.version as string;
    const previous = releases.at(-1);
    if (previous && compareVersions(version, previous.version) <= 0) {
      const where = { file: RELEASES_FILE, line: row.line, column: "version", columnLetter: table.letters.get("version"), value: version };
      all.push(error(where, msg("release.order", { value: version, previous: previous.version })));
      continue;
    }
    if (previous && (v.date as string) < previous.date) {
      const where = {
        file: RELEASES_FILE,
        line: row.line,
        column: "date",
        columnLetter: table.letters.get("date"),
        value: v.date as string,
      };
      all.push(error(where, msg("release.dateOrder", { value: v.date as string, last: previous.version, date: previous.date })));
      continue;
    }
    const noteId = v.note_id as string;
    releases.push({
      version,
      date: v.date as string,
      kind: v.kind as ReleaseKind,
      note: { id: noteId, en: (v.note_en as string | undefined) ?? noteId },
      sha256: v.sha256 as string,
    });
  }
  return { releases, problems: all };
}

/** The releases table as the data folder keeps it; an English note equal to the Indonesian one is written empty. */
export const formatReleases = (releases: readonly Release[]): string =>
  writeCsv(
    COLUMNS,
    releases.map((r) => ({
      version: r.version,
      date: r.date,
      kind: r.kind,
      note_id: r.note.id,
      note_en: r.note.en === r.note.id ? "" : r.note.en,
      sha256: r.sha256,
    })),
  );
