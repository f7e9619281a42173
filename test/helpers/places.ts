import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PlaceKind } from "../../src/lib/data/catalogue.ts";
import { readCsv, writeCsv, type Row } from "../../src/lib/new-place/csv.ts";
import { newPlace, type NewPlaceInput } from "../../src/lib/new-place/index.ts";
import { random, SAMPLE_INDICATORS, SAMPLE_NOTE, SAMPLE_SOURCE } from "../../src/lib/new-place/sample.ts";
import { writeFolder } from "../../src/lib/new-place/write.ts";

/**
 * Data folders of invented places with unusual but valid content, for the
 * test that no valid folder can crash the build: each is made by the code of
 * `npm run new-regency` (a grid of square kecamatan, province code 73, place
 * code 73.98), then given place-level figures and targets (all marked
 * sample) and, per variant, stripped of a part.
 */
export const ROOT = join(import.meta.dirname, "..", "..");
const bundled = (name: string) => readFileSync(join(ROOT, "data", name), "utf8");
export const TEMPLATE: NewPlaceInput["template"] = {
  catalogue: bundled("datapackage.json"),
  indicators: bundled("indicators.csv"),
  strategies: bundled("strategies.csv"),
  sources: bundled("sources.csv"),
  areas: bundled("areas.csv"),
};

export interface PlaceVariant {
  name: string;
  kind: PlaceKind;
  kecamatan: number;
  /** As `new-regency` writes it without --sample: no figures at all. */
  bare?: boolean;
  targets?: boolean;
  actions?: boolean;
  kecamatanIndicators?: boolean;
}

export const UNUSUAL: readonly PlaceVariant[] = [
  { name: "as generated (no figures)", kind: "kota", kecamatan: 4, bare: true },
  { name: "one kecamatan", kind: "kabupaten", kecamatan: 1 },
  { name: "60 kecamatan", kind: "kabupaten", kecamatan: 60 },
  { name: "no targets", kind: "kabupaten", kecamatan: 5, targets: false },
  { name: "no action plan", kind: "kabupaten", kecamatan: 5, actions: false },
  { name: "no kecamatan indicators", kind: "kabupaten", kecamatan: 5, kecamatanIndicators: false },
  { name: "a kota", kind: "kota", kecamatan: 5 },
];

export const CODE = "73.98";

/** A GeoJSON FeatureCollection of n square kecamatan in a grid, exteriors anticlockwise (RFC 7946). */
export function gridGeoJson(code: string, n: number, names = (i: number) => `Kecamatan ${gridName(i)}`): string {
  const cols = Math.ceil(Math.sqrt(n));
  const size = 0.05;
  const features = Array.from({ length: n }, (_, i) => {
    const x = 120 + (i % cols) * size;
    const y = -3 + Math.floor(i / cols) * size;
    const ring = [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ].map(([a, b]) => [Number(a!.toFixed(5)), Number(b!.toFixed(5))]);
    return {
      type: "Feature",
      properties: { code: `${code}.${String(i + 1).padStart(2, "0")}`, name: names(i) },
      geometry: { type: "Polygon", coordinates: [ring] },
    };
  });
  return JSON.stringify({ type: "FeatureCollection", features });
}

/** Distinct invented names: Alpa, Bara, ... then two syllables (so that every slug differs). */
const SYLLABLES = ["ba", "ca", "da", "ga", "ka", "la", "ma", "na", "pa", "ra", "sa", "ta"];
function gridName(i: number): string {
  const a = SYLLABLES[i % SYLLABLES.length]!;
  const b = SYLLABLES[Math.floor(i / SYLLABLES.length) % SYLLABLES.length]!;
  const word = `${a}${b}ru`;
  return word[0]!.toUpperCase() + word.slice(1);
}

const sampleRow = (area: string, indicator: string, year: number, period: string, value: string): Row => ({
  area,
  indicator,
  year: String(year),
  period,
  value,
  source: SAMPLE_SOURCE,
  status: "sample",
  note_id: SAMPLE_NOTE.id,
  note_en: SAMPLE_NOTE.en,
});

/** The files of a variant's data folder. */
export function placeFiles(v: PlaceVariant): Map<string, string> {
  const planYear = 2026;
  const result = newPlace({
    code: CODE,
    name: `Uji ${v.kecamatan} ${v.kind === "kota" ? "Kota" : "Kab"}`.replace(/ (Kota|Kab)$/, v.kind === "kota" ? " Pesisir" : " Hulu"),
    kind: v.kind,
    province: "Sulawesi Selatan",
    provinceEn: "South Sulawesi",
    planYear,
    today: "2026-11-30",
    boundaries: { file: "grid.geojson", text: gridGeoJson(CODE, v.kecamatan) },
    sample: !v.bare,
    template: TEMPLATE,
  });
  if (!result.ok) throw new Error(`variant ${v.name}: ${result.problems.map((p) => p.what.en).join("; ")}`);
  const files = result.files;
  if (v.bare) return files;
  const table = (name: string) => readCsv(files.get(name)!);
  const years = [planYear - 3, planYear - 2, planYear - 1];
  const r = random(`place ${v.name}`);

  // Place-level figures: the headline, its outcomes, the profile; the province and Indonesia for comparison.
  const obs = table("observations.csv");
  const extra: Row[] = [];
  for (const [i, year] of years.entries()) {
    for (const [area, base] of [
      [CODE, 12],
      ["73", 8.5],
      ["ID", 9],
    ] as const)
      extra.push(sampleRow(area, "p0", year, "march", (base - i * 0.4 + r()).toFixed(2)));
    extra.push(sampleRow(CODE, "p1", year, "march", (1.8 - i * 0.1).toFixed(2)));
    extra.push(sampleRow(CODE, "kemiskinan-ekstrem", year, "annual", (2.5 - i * 0.5).toFixed(2)));
  }
  extra.push(sampleRow(CODE, "penduduk", planYear - 1, "annual", String(20_000 * v.kecamatan)));
  extra.push(sampleRow(CODE, "luas-wilayah", planYear - 1, "annual", (30 * v.kecamatan).toFixed(2)));
  for (let i = 1; i <= v.kecamatan; i++) {
    const code = `${CODE}.${String(i).padStart(2, "0")}`;
    extra.push(sampleRow(code, "penduduk", planYear - 1, "annual", String(15_000 + Math.floor(r() * 10_000))));
    extra.push(sampleRow(code, "luas-wilayah", planYear - 1, "annual", (20 + r() * 20).toFixed(2)));
  }
  const kept =
    v.kecamatanIndicators === false
      ? obs.rows.filter((row) => !(SAMPLE_INDICATORS as readonly string[]).includes(row.indicator!))
      : obs.rows;
  files.set("observations.csv", writeCsv(obs.fields, [...extra, ...kept]));

  if (v.targets !== false) {
    const targets = table("targets.csv");
    const rows: Row[] = [planYear, planYear + 1].map((year, i) => ({
      area: CODE,
      indicator: "p0",
      year: String(year),
      value: (10 - i * 0.5).toFixed(2),
      document: "RPJMD 2025-2029",
      source: SAMPLE_SOURCE,
      note_id: SAMPLE_NOTE.id,
      note_en: SAMPLE_NOTE.en,
    }));
    files.set("targets.csv", writeCsv(targets.fields, rows));
  }
  if (v.actions === false) {
    files.set("actions.csv", writeCsv(table("actions.csv").fields));
    files.set("agencies.csv", writeCsv(table("agencies.csv").fields));
    // An empty actions.csv has no year of its own: the settings name the plan being prepared, as new-regency writes them without --sample.
    const catalogue = JSON.parse(files.get("datapackage.json")!) as { lentera: Record<string, unknown> };
    catalogue.lentera.planYear = planYear;
    files.set("datapackage.json", `${JSON.stringify(catalogue, null, 2)}\n`);
  }
  return files;
}

/** Writes a variant's folder under a new temporary directory; `remove` deletes it. */
export function writePlace(v: PlaceVariant): { dir: string; remove: () => void } {
  const parent = mkdtempSync(join(tmpdir(), "lentera-place-"));
  const dir = join(parent, "data");
  const problem = writeFolder(dir, placeFiles(v));
  if (problem) throw new Error(problem.what.en);
  return { dir, remove: () => rmSync(parent, { recursive: true, force: true }) };
}

/** The invented kota of test/fixtures/places (Teluk Rekaan, 73.99, four kecamatan), as `new-regency` takes it. */
export const TEST_KOTA_FILE = join(ROOT, "test", "fixtures", "places", "teluk-rekaan.geojson");
export const testKota = (over: Partial<NewPlaceInput> = {}): NewPlaceInput => ({
  code: "73.99",
  name: "Teluk Rekaan",
  kind: "kota",
  province: "Sulawesi Selatan",
  provinceEn: "South Sulawesi",
  planYear: 2026,
  today: "2026-11-30",
  boundaries: { file: "teluk-rekaan.geojson", text: readFileSync(TEST_KOTA_FILE, "utf8") },
  sample: false,
  template: TEMPLATE,
  ...over,
});
