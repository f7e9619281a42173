import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readCsv, writeCsv, type Row } from "../../src/lib/new-place/csv.ts";
import { SAMPLE_NOTE, SAMPLE_SOURCE } from "../../src/lib/new-place/sample.ts";
import { release } from "../../src/lib/releases/index.ts";

/**
 * The two releases of the "place" test project's invented kota, made by the
 * code of `npm run release`: release 1, then a revision between the two (one
 * provisional value made final with a new number, one observation added, one
 * removed, one action changed), then release 2. The site suites check
 * /pembaruan/, the feed, the zips and the pinned pages against these facts.
 * Every value is invented, and its note says so.
 */
export const PLACE_RELEASES = [
  { version: "2026.1", date: "2026-06-01", kind: "revisi", note: "Rilis pertama data contoh", noteEn: "First release of the sample data" },
  {
    version: "2026.2",
    date: "2026-09-15",
    kind: "revisi",
    note: "Angka tetap P0 2025 (data contoh)",
    noteEn: "Final P0 2025 figure (sample data)",
  },
] as const;

/** The revision between the two releases. */
export const PLACE_REVISION = {
  /** Provisional in release 1, final with a new value in release 2. */
  revised: { area: "73.99", indicator: "p0", year: 2025, period: "march", old: "11.40", new: "11.25" },
  /** Only in release 2. */
  added: { area: "73.99", indicator: "p1", year: 2025, period: "march", value: "1.62" },
  /** Only in release 1. */
  removed: { area: "73.99.04", indicator: "rt-desil-1", year: 2023 },
  /** Changed between the releases: its realised budget and its status. */
  action: { id: "RAT-2026-001", realisedBudget: "120000000", status: "ongoing" },
} as const;

const { revised, added, removed, action } = PLACE_REVISION;
const observation = (area: string, indicator: string, year: number, value: string, status: string): Row => ({
  area,
  indicator,
  year: String(year),
  period: "march",
  value,
  source: SAMPLE_SOURCE,
  status,
  note_id: SAMPLE_NOTE.id,
  note_en: SAMPLE_NOTE.en,
});

function edit(dir: string, file: string, change: (rows: Row[]) => Row[]): void {
  const { fields, rows } = readCsv(readFileSync(join(dir, file), "utf8"));
  writeFileSync(join(dir, file), writeCsv(fields, change(rows)));
}

async function make(dir: string, r: (typeof PLACE_RELEASES)[number]): Promise<void> {
  const args = ["--version", r.version, "--kind", r.kind, "--note", r.note, "--note-en", r.noteEn, "--date", r.date];
  const made = await release(dir, args, r.date);
  if (!made.ok) throw new Error(`npm run release refused ${r.version} of the test kota: ${JSON.stringify(made)}`);
}

/** Gives the kota's data folder (as new-regency --sample wrote it) its two releases; the folder ends as release 2. */
export async function releasePlace(dir: string): Promise<void> {
  // Before release 1: the kota's own poverty rate, the latest year still provisional.
  edit(dir, "observations.csv", (rows) => [
    observation(revised.area, revised.indicator, 2024, "12.10", "final"),
    observation(revised.area, revised.indicator, revised.year, revised.old, "provisional"),
    ...rows,
  ]);
  await make(dir, PLACE_RELEASES[0]);

  edit(dir, "observations.csv", (rows) => [
    ...rows
      .filter((o) => !(o.area === removed.area && o.indicator === removed.indicator && o.year === String(removed.year)))
      .map((o) =>
        o.area === revised.area && o.indicator === revised.indicator && o.year === String(revised.year)
          ? { ...o, value: revised.new, status: "final" }
          : o,
      ),
    observation(added.area, added.indicator, added.year, added.value, "sample"),
  ]);
  edit(dir, "actions.csv", (rows) =>
    rows.map((a) => (a.id === action.id ? { ...a, realised_budget: action.realisedBudget, status: action.status } : a)),
  );
  await make(dir, PLACE_RELEASES[1]);
}
