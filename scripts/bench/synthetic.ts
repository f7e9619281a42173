// Synthetic regencies for the scale benchmark: a data folder shaped like data/ with many
// more kecamatan, twenty years of every series and thousands of actions, all marked as
// sample data ("Data sintetis"), written OUTSIDE data/. Same seed, same files.
//
// usage: node scripts/bench/synthetic.ts AREAS OUT_DIR [ACTIONS] [YEARS]
//
// The one change to the catalogue: Kemendagri kecamatan codes have two digits
// (73.22.01 to 73.22.99), so a regency cannot have 150 or 1,500 kecamatan under the
// real pattern. The copy of datapackage.json written here widens the last part of
// areas.code to four digits (73.22.0001); everything else is the project's catalogue.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import Papa from "papaparse";
import { prng } from "../../src/lib/random.ts";

export interface SyntheticOptions {
  /** Number of kecamatan. */
  areas: number;
  /** Number of actions in the plan, spread over the years. */
  actions?: number;
  /** Number of years of every series, ending in 2025. */
  years?: number;
  seed?: number;
  /** The data folder whose catalogue, sources, indicators and texts are reused. */
  from?: string;
  outDir: string;
}

export interface SyntheticSummary {
  areas: number;
  years: number;
  actions: number;
  observations: number;
  outDir: string;
}

export { prng };

type Row = Record<string, string>;
const readCsv = (file: string): { fields: string[]; rows: Row[] } => {
  const p = Papa.parse<Row>(readFileSync(file, "utf8").replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
  return { fields: p.meta.fields ?? [], rows: p.data };
};
const writeCsv = (file: string, fields: string[], rows: Row[]): void =>
  writeFileSync(file, `${Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f] ?? "")) }, { newline: "\n" })}\n`);

const NOTE_ID = "Data sintetis untuk uji skala, bukan data resmi.";
const NOTE_EN = "Synthetic data for the scale benchmark, not official.";
const SOURCE = "lentera_sample";

export function writeSynthetic(options: SyntheticOptions): SyntheticSummary {
  const { areas: n, actions: actionCount = 3000, years = 20, seed = 7322, from = resolve("data"), outDir } = options;
  const random = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, "geo"), { recursive: true });

  // The catalogue, with the one widened pattern.
  const pkg = JSON.parse(readFileSync(join(from, "datapackage.json"), "utf8"));
  pkg.title = `${pkg.title} (SINTETIS / SYNTHETIC: ${n} kecamatan)`;
  const code = pkg.resources
    .find((r: { name: string }) => r.name === "areas")
    .schema.fields.find((f: { name: string }) => f.name === "code");
  code.constraints.pattern = "ID|\\d{2}(\\.\\d{2}(\\.\\d{2,4})?)?";
  writeFileSync(join(outDir, "datapackage.json"), `${JSON.stringify(pkg, null, 2)}\n`);
  const regency: string = pkg.lentera.regency;
  const lastYear = 2025;
  const firstYear = lastYear - years + 1;

  // Tables reused as they are: sources, strategies, indicators, agencies, targets; the texts
  // of the strategies and pages. No kecamatan text: the synthetic kecamatan have none.
  for (const f of ["sources.csv", "strategies.csv", "indicators.csv", "agencies.csv", "targets.csv"])
    cpSync(join(from, f), join(outDir, f));
  for (const c of ["strategi", "halaman"]) cpSync(join(from, "content", c), join(outDir, "content", c), { recursive: true });
  if (pkg.resources.some((r: { path: string }) => r.path.startsWith("geo/")))
    cpSync(join(from, "geo"), join(outDir, "geo"), { recursive: true });

  // Areas: the real country, province and regency rows, then n synthetic kecamatan.
  const areas = readCsv(join(from, "areas.csv"));
  const digits = n > 99 ? 4 : 2;
  const kecamatan = Array.from({ length: n }, (_, i) => {
    const num = String(i + 1).padStart(digits, "0");
    return {
      code: `${regency}.${num}`,
      level: "kecamatan",
      parent: regency,
      name: `Sintetis ${String(i + 1).padStart(4, "0")}`,
      source: SOURCE,
      desa: String(5 + Math.floor(random() * 20)),
      kelurahan: String(Math.floor(random() * 3)),
      note_id: NOTE_ID,
      note_en: NOTE_EN,
    } as Row;
  });
  writeCsv(join(outDir, "areas.csv"), areas.fields, [...areas.rows.filter((r) => r.level !== "kecamatan"), ...kecamatan]);

  // Observations: every series of the real data over `years` years, values around the real
  // series' mean; the kecamatan indicators for every synthetic kecamatan. All status sample.
  const indicators = new Map(readCsv(join(from, "indicators.csv")).rows.map((r) => [r.id!, r]));
  const real = readCsv(join(from, "observations.csv"));
  const kecCodes = new Set(areas.rows.filter((r) => r.level === "kecamatan").map((r) => r.code!));
  const series = new Map<string, { area: string; indicator: string; period: string; values: number[] }>();
  const kecSeries = new Map<string, { period: string; values: number[] }>();
  for (const r of real.rows) {
    const value = Number(r.value);
    if (kecCodes.has(r.area!)) {
      const s = kecSeries.get(r.indicator!) ?? { period: r.period!, values: [] };
      s.values.push(value);
      kecSeries.set(r.indicator!, s);
      continue;
    }
    const key = `${r.area}|${r.indicator}|${r.period}`;
    const s = series.get(key) ?? { area: r.area!, indicator: r.indicator!, period: r.period!, values: [] };
    s.values.push(value);
    series.set(key, s);
  }
  const observations: Row[] = [];
  const walk = (indicator: string, mean: number): number[] => {
    const ind = indicators.get(indicator)!;
    const lo = ind.minimum ? Number(ind.minimum) : -Infinity;
    const hi = ind.maximum ? Number(ind.maximum) : Infinity;
    const spread = Math.abs(mean) * 0.15 || 1;
    let v = mean + (random() - 0.5) * spread;
    return Array.from({ length: years }, () => {
      v += (random() - 0.55) * spread * 0.2;
      return Math.min(hi, Math.max(lo === -Infinity ? (mean >= 0 ? 0 : -Infinity) : lo, v));
    });
  };
  const push = (area: string, indicator: string, period: string, values: number[]): void => {
    const decimals = Number(indicators.get(indicator)!.decimals);
    values.forEach((v, i) =>
      observations.push({
        area,
        indicator,
        year: String(firstYear + i),
        period,
        value: v.toFixed(decimals),
        source: SOURCE,
        status: "sample",
        note_id: NOTE_ID,
        note_en: NOTE_EN,
      }),
    );
  };
  for (const s of series.values())
    push(s.area, s.indicator, s.period, walk(s.indicator, s.values.reduce((a, b) => a + b, 0) / s.values.length));
  for (const [indicator, s] of kecSeries) {
    const mean = s.values.reduce((a, b) => a + b, 0) / s.values.length;
    for (const k of kecamatan) push(k.code!, indicator, s.period, walk(indicator, mean));
  }
  writeCsv(join(outDir, "observations.csv"), real.fields, observations);

  // Actions: spread over the years (at most 999 a year: the id is RAT-<year>-<3 digits>).
  const actions = readCsv(join(from, "actions.csv"));
  const templates = actions.rows;
  const strategies = readCsv(join(from, "strategies.csv")).rows.map((r) => r.id!);
  const agencies = readCsv(join(from, "agencies.csv")).rows.map((r) => r.id!);
  const perYear = Math.ceil(actionCount / Math.min(years, 20));
  const rows: Row[] = [];
  for (let i = 0; i < actionCount; i++) {
    const year = lastYear + 1 - Math.floor(i / perYear);
    const t = templates[i % templates.length]!;
    const status = pick(["planned", "ongoing", "done", "delayed"] as const);
    const budget = (50 + Math.floor(random() * 950)) * 1_000_000;
    const target = 1 + Math.floor(random() * 500);
    const where =
      random() < 0.15 ? [regency] : Array.from(new Set(Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(kecamatan).code!)));
    const share = status === "planned" ? 0 : status === "done" ? 0.95 : status === "ongoing" ? 0.5 : 0.1;
    rows.push({
      ...t,
      id: `RAT-${year}-${String((i % perYear) + 1).padStart(3, "0")}`,
      year: String(year),
      strategy: pick(strategies),
      agency: pick(agencies),
      locations: where.join(";"),
      output_target: String(target),
      budget: String(budget),
      funding: pick(["apbd", "apbn", "dak", "dana-desa", "other"] as const),
      realised_budget: status === "planned" ? "" : String(Math.floor(budget * share)),
      realised_output: status === "planned" ? "" : String(Math.floor(target * share)),
      status,
      data_status: "sample",
      source: SOURCE,
      note_id: NOTE_ID,
      note_en: NOTE_EN,
    });
  }
  writeCsv(join(outDir, "actions.csv"), actions.fields, rows);

  // Boundaries: a grid of squares over the regency's longitude and latitude, one per
  // kecamatan, and the grid's outline as the regency.
  const geoPath = pkg.resources.find((r: { path: string }) => r.path.startsWith("geo/"))?.path;
  if (geoPath)
    writeFileSync(
      join(outDir, geoPath),
      JSON.stringify(
        gridTopology(
          kecamatan.map((k) => ({ code: k.code!, name: k.name! })),
          regency,
        ),
      ),
    );
  writeFileSync(
    join(outDir, "README.md"),
    `# SYNTHETIC DATA / DATA SINTETIS\n\nGenerated by scripts/bench/synthetic.ts (seed ${seed}) for the scale benchmark: ${n} invented kecamatan, ${years} years, ${actionCount} actions. Every row is status \`sample\`. Not Luwu Utara; not official. The catalogue's areas.code pattern is widened to four digits for the kecamatan part.\n`,
  );
  return { areas: n, years, actions: actionCount, observations: observations.length, outDir };
}

/** A TopoJSON grid: one square per kecamatan (its own ring of arcs) and the outline. */
function gridTopology(kec: Array<{ code: string; name: string }>, regency: string): object {
  const cols = Math.ceil(Math.sqrt(kec.length));
  const rowsCount = Math.ceil(kec.length / cols);
  const [x0, y0, w, h] = [119.6, -3.0, 1.2, 1.4];
  const dx = w / cols;
  const dy = h / rowsCount;
  const arcs: number[][][] = [];
  const geometries = kec.map((k, i) => {
    const cx = x0 + (i % cols) * dx;
    const cy = y0 + Math.floor(i / cols) * dy;
    // Clockwise, as d3-geo expects of an outer ring (the other way round is the rest of the globe).
    arcs.push([
      [cx, cy],
      [cx, cy + dy],
      [cx + dx, cy + dy],
      [cx + dx, cy],
      [cx, cy],
    ]);
    return { type: "Polygon", arcs: [[arcs.length - 1]], properties: { code: k.code, name: k.name } };
  });
  const top = y0 + rowsCount * dy;
  arcs.push([
    [x0, y0],
    [x0, top],
    [x0 + w, top],
    [x0 + w, y0],
    [x0, y0],
  ]);
  return {
    type: "Topology",
    objects: {
      kecamatan: { type: "GeometryCollection", geometries },
      kabupaten: {
        type: "GeometryCollection",
        geometries: [{ type: "Polygon", arcs: [[arcs.length - 1]], properties: { code: regency, name: "Sintetis" } }],
      },
    },
    arcs,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [areas, out, actions, years] = process.argv.slice(2);
  if (!areas || !out) {
    console.error("usage: node scripts/bench/synthetic.ts AREAS OUT_DIR [ACTIONS] [YEARS]");
    process.exit(2);
  }
  const s = writeSynthetic({
    areas: Number(areas),
    outDir: resolve(out),
    actions: actions ? Number(actions) : undefined,
    years: years ? Number(years) : undefined,
  });
  console.log(`${s.areas} kecamatan, ${s.years} years, ${s.actions} actions, ${s.observations} observations -> ${s.outDir}`);
}
