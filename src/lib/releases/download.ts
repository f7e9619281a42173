import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { UI_STRINGS } from "../../i18n/index.ts";
import { fill } from "../../i18n/fill.ts";
import { LOCALES, type Model } from "../data/types.ts";
import type { ReleaseEntry } from "./history.ts";
import { packageFiles, releaseDir } from "./store.ts";
import { zip } from "./zip.ts";

/**
 * The download of a release: every file of its frozen data package (the CSVs,
 * datapackage.json, boundaries and their licence, texts) and a README.txt
 * with the release's date, kind, note and the licences, in both languages.
 * Timestamps are the release date, so a release's zip is the same in every
 * later build.
 */
export const README = "README.txt";

export async function releaseZip(dataDir: string, entry: ReleaseEntry, changesUrl: string): Promise<Uint8Array> {
  const dir = releaseDir(dataDir, entry.release.version);
  const files = await packageFiles(dir);
  const entries = await Promise.all(files.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(dir, name))) })));
  entries.push({ name: README, bytes: new TextEncoder().encode(readme(entry, changesUrl)) });
  return zip(entries, entry.release.date);
}

/** The README of a release's zip, Indonesian first, then English; CRLF line ends so that any editor shows it. */
export function readme({ release, model, previous }: ReleaseEntry, changesUrl: string): string {
  const sample = hasSample(model);
  const parts = LOCALES.map((locale) => {
    const t = UI_STRINGS[locale];
    const kind = t[release.kind === "koreksi" ? "updates.kind.koreksi" : "updates.kind.revisi"];
    return [
      fill(t["zip.readme.title"], { regency: model.regency.name[locale], version: release.version }),
      "",
      fill(t["zip.readme.date"], { date: release.date }),
      fill(t["zip.readme.kind"], { kind }),
      fill(t["zip.readme.note"], { note: release.note[locale] }),
      ...(previous ? [fill(t["zip.readme.changes"], { url: changesUrl })] : []),
      "",
      t["zip.readme.files"],
      ...(sample ? [t["zip.readme.sample"]] : []),
      "",
      t["zip.readme.licence"],
    ].join("\r\n");
  });
  return `${parts.join("\r\n\r\n----\r\n\r\n")}\r\n`;
}

const hasSample = (model: Model) => model.tables.some((t) => t.rows.some((r) => r.status === "sample" || r.data_status === "sample"));
