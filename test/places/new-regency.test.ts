import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { geoArea } from "d3";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import { afterAll, describe, expect, it } from "vitest";
import { folderSource, loadRegency } from "../../src/lib/data/index.ts";
import { parseArguments } from "../../src/lib/new-place/arguments.ts";
import { readCsv } from "../../src/lib/new-place/csv.ts";
import { bundledPlaceNames, newPlace, type NewPlaceInput } from "../../src/lib/new-place/index.ts";
import { SAMPLE_INDICATORS } from "../../src/lib/new-place/sample.ts";
import { outProblem, writeFolder } from "../../src/lib/new-place/write.ts";
import { ROOT, TEMPLATE, TEST_KOTA_FILE, testKota } from "../helpers/places.ts";

/** `npm run new-regency` on the invented kota of test/fixtures/places (codes 73.99.01 to 73.99.04). */
const FIXTURE_FILE = TEST_KOTA_FILE;
const FIXTURE = readFileSync(FIXTURE_FILE, "utf8");
const GEO = "geo/kecamatan.topojson";

const input = testKota;

const made = (over: Partial<NewPlaceInput> = {}) => {
  const r = newPlace(input(over));
  if (!r.ok) throw new Error(r.problems.map((p) => p.what.en).join("; "));
  return r.files;
};

const parents: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "lentera-new-"));
  parents.push(d);
  return d;
};
afterAll(() => parents.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function load(files: Map<string, string>) {
  const dir = join(tempDir(), "data");
  expect(writeFolder(dir, files)).toBeUndefined();
  return loadRegency(folderSource(dir));
}

/** Every geometry of a FeatureCollection with its rings reversed: the other winding convention. */
function reversed(text: string): string {
  const fc = JSON.parse(text);
  for (const f of fc.features) {
    const g = f.geometry;
    g.coordinates =
      g.type === "Polygon"
        ? g.coordinates.map((r: unknown[]) => [...r].reverse())
        : g.coordinates.map((p: unknown[][]) => p.map((r) => [...r].reverse()));
  }
  return JSON.stringify(fc);
}

describe("new-regency: a good input", () => {
  it("writes a folder that the data path validates; the only warnings are the tables left empty", async () => {
    const result = await load(made());
    if (!result.ok) throw new Error(result.errors.map((e) => `${e.file}: ${e.what.en}`).join("\n"));
    expect(result.warnings.map((w) => `${w.code} ${w.file}`).sort()).toEqual(
      ["actions.csv", "agencies.csv", "observations.csv", "targets.csv"].map((f) => `no-rows ${f}`),
    );
    const m = result.model;
    expect(m.settings).toMatchObject({ regency: "73.99", kind: "kota", comparisons: ["73", "ID"], planYear: 2026 });
    expect(m.regency.name.id).toBe("Teluk Rekaan");
    expect(m.kecamatan.map((k) => [k.code, k.name.id])).toEqual([
      ["73.99.01", "Pantai Rekaan"],
      ["73.99.02", "Bukit Contoh"],
      ["73.99.03", "Sungai Fiktif"],
      ["73.99.04", "Lembah Karangan"],
    ]);
    expect(m.strategies.map((s) => s.id)).toEqual(["beban-pengeluaran", "pendapatan", "kantong-kemiskinan"]);
    expect(m.settings.strategyBasis?.id).toContain("Inpres 4/2022");
    expect(m.geo?.kecamatan.features).toHaveLength(4);
    expect(m.geo?.outline.features).toHaveLength(1);
  });

  it("with --sample: marked sample rows for the seven kecamatan indicators over three years and the plans of two years, never a poverty rate by kecamatan", async () => {
    const files = made({ sample: true });
    const result = await load(files);
    if (!result.ok) throw new Error(result.errors.map((e) => `${e.file}: ${e.what.en}`).join("\n"));
    expect(result.warnings.map((w) => `${w.code} ${w.file}`)).toEqual(["no-rows targets.csv"]);
    const obs = readCsv(files.get("observations.csv")!).rows;
    expect(new Set(obs.map((o) => o.indicator))).toEqual(new Set(SAMPLE_INDICATORS));
    expect(new Set(obs.map((o) => o.year))).toEqual(new Set(["2023", "2024", "2025"]));
    expect(obs.length).toBe(SAMPLE_INDICATORS.length * 3 * 5);
    expect(obs.every((o) => o.status === "sample" && o.source === "lentera_sample" && o.note_en === "Sample data, not official.")).toBe(
      true,
    );
    expect(obs.filter((o) => o.indicator === "p0")).toEqual([]);
    const actions = readCsv(files.get("actions.csv")!).rows;
    expect(actions.length).toBeGreaterThanOrEqual(18);
    expect(new Set(actions.map((a) => a.strategy)).size).toBe(3);
    expect(actions.every((a) => a.data_status === "sample" && a.source === "lentera_sample")).toBe(true);
    const places = new Set(["73.99", "73.99.01", "73.99.02", "73.99.03", "73.99.04"]);
    expect(actions.flatMap((a) => a.locations!.split(";")).every((c) => places.has(c))).toBe(true);
    const sources = readCsv(files.get("sources.csv")!).rows;
    expect(sources.find((s) => s.id === "lentera_sample")?.title).toMatch(/bukan data resmi/);
    // Two plan years, the plan year current: its rows alone are the model's plan.
    expect(result.model.plans.map((p) => [p.year, p.actions.length])).toEqual([
      [2025, actions.filter((a) => a.year === "2025").length],
      [2026, actions.filter((a) => a.year === "2026").length],
    ]);
    expect(result.model.planYear).toBe(2026);
    expect(result.model.actions.map((a) => a.id)).toEqual(actions.filter((a) => a.year === "2026").map((a) => a.id));
  });

  it("gives the same files for the same input (sample values seeded by the codes)", () => {
    expect([...made({ sample: true })]).toEqual([...made({ sample: true })]);
  });

  it("gives the same TopoJSON for either winding order, wound as d3-geo expects", () => {
    const rfc = made().get(GEO)!;
    const d3 = made({ boundaries: { file: "d3.geojson", text: reversed(FIXTURE) } }).get(GEO)!;
    expect(d3).toBe(rfc);
    const topo = JSON.parse(rfc) as Topology;
    expect(Object.keys(topo.objects)).toEqual(["kecamatan", "kabupaten"]);
    // Wound the right way, a kecamatan is a tiny part of the sphere (the wrong way, nearly all of it).
    const areas = (feature(topo, topo.objects.kecamatan!) as unknown as GeoJSON.FeatureCollection).features.map((f) => geoArea(f));
    const outline = (feature(topo, topo.objects.kabupaten!) as unknown as GeoJSON.FeatureCollection).features.map((f) => geoArea(f));
    expect(Math.max(...areas, ...outline)).toBeLessThan(1e-4);
    // The dissolved outline covers the kecamatan, no more.
    expect(outline[0]).toBeCloseTo(
      areas.reduce((a, b) => a + b, 0),
      9,
    );
  });

  it("uses an outline given as its own file", () => {
    const square = {
      type: "Polygon",
      coordinates: [
        [
          [120.1, -3],
          [120.2, -3],
          [120.2, -2.9],
          [120.1, -2.9],
          [120.1, -3],
        ],
      ],
    };
    const topo = JSON.parse(made({ outline: { file: "outline.geojson", text: JSON.stringify(square) } }).get(GEO)!) as Topology;
    const outline = feature(topo, topo.objects.kabupaten!) as unknown as GeoJSON.FeatureCollection;
    // Given in RFC 7946's winding, stored in d3's: the square's own area, not the rest of the globe.
    const clockwise = { type: "Polygon", coordinates: [[...square.coordinates[0]!].reverse()] } as GeoJSON.Polygon;
    expect(geoArea(outline.features[0]!)).toBeCloseTo(geoArea(clockwise), 9);
    expect(geoArea(clockwise)).toBeLessThan(1e-4);
    expect(outline.features[0]!.properties).toEqual({ code: "73.99", name: "Teluk Rekaan" });
  });

  it("writes a narrative stub for every page in both languages that says the text is still to be written", () => {
    const files = made();
    const stubs = [...files.keys()].filter((p) => p.startsWith("content/"));
    const pages = [
      "halaman/beranda",
      "halaman/tentang",
      "halaman/metodologi",
      "strategi/beban-pengeluaran",
      "strategi/pendapatan",
      "strategi/kantong-kemiskinan",
      "kecamatan/pantai-rekaan",
      "kecamatan/bukit-contoh",
      "kecamatan/sungai-fiktif",
      "kecamatan/lembah-karangan",
    ];
    expect(stubs.sort()).toEqual(pages.flatMap((p) => [`content/${p}.en.md`, `content/${p}.id.md`]).sort());
    for (const p of stubs) expect(files.get(p)).toMatch(p.endsWith(".id.md") ? /belum ditulis/ : /has not been written yet/);
  });

  it("repeats no name of the bundled regency or its kecamatan", () => {
    const names = bundledPlaceNames(TEMPLATE.areas);
    expect(names).toContain("Seko");
    const files = made({ sample: true });
    const found = [...files].flatMap(([path, text]) =>
      names
        .filter((n) => new RegExp(`(^|[^\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}])`, "u").test(text))
        .map((n) => `${path}: ${n}`),
    );
    expect(found).toEqual([]);
  });

  it("never calls the kota a kabupaten (or a regency) in the texts it writes", () => {
    for (const sample of [false, true]) {
      const files = made({ sample });
      for (const [path, text] of files) {
        // The boundary file's object is named `kabupaten` by the site's format.
        if (path.endsWith(".topojson")) continue;
        const words = text.replace(/[`']kabupaten[`']/g, "");
        expect(words, path).not.toMatch(/[Kk]abupaten|\bRegency\b/);
      }
      expect(files.get("datapackage.json")).toContain('"title": "Lentera: data kemiskinan Kota Teluk Rekaan"');
      expect(files.get("content/halaman/beranda.en.md")).toContain("Teluk Rekaan City");
      // The generic definitions speak of the kota's level.
      expect(files.get("indicators.csv")).toContain("sampai tingkat kota;");
    }
    // and a kabupaten is called one
    expect(made({ kind: "kabupaten" }).get("content/halaman/beranda.id.md")).toContain("Kabupaten Teluk Rekaan");
  });
});

describe("new-regency: a bad input gets a short message in both languages and writes nothing", () => {
  const fc = (features: unknown[]) => JSON.stringify({ type: "FeatureCollection", features });
  const square = (x: number) => ({
    type: "Polygon",
    coordinates: [
      [
        [x, 0],
        [x + 1, 0],
        [x + 1, 1],
        [x, 1],
        [x, 0],
      ],
    ],
  });
  const f = (code: unknown, name: unknown = "A", geometry: unknown = square(0)) => ({
    type: "Feature",
    properties: { code, name },
    geometry,
  });
  const cases: Array<[string, string, string, RegExp]> = [
    ["not JSON", "kecamatan,kode\nA,73.99.01", "new-place-not-geo-json", /bukan GeoJSON/],
    ["GeoJSON but not a FeatureCollection", JSON.stringify(f("73.99.01")), "new-place-not-geo-json", /"type": "Feature"/],
    ["no features", fc([]), "new-place-no-features", /tidak memuat/],
    ["a feature without a code", fc([f("73.99.01"), f(undefined, "B", square(1))]), "new-place-no-code", /ke-2/],
    ["a code outside the place", fc([f("73.99.01"), f("73.98.02", "B", square(1))]), "new-place-outside", /73\.98\.02/],
    ["duplicate codes", fc([f("73.99.01"), f("73.99.01", "B", square(1))]), "new-place-duplicate", /ke-1 dan ke-2/],
    ["a feature without a name", fc([f("73.99.01", "")]), "new-place-no-name", /name/],
    ["a point instead of a polygon", fc([f("73.99.01", "A", { type: "Point", coordinates: [0, 0] })]), "new-place-not-polygon", /poligon/],
  ];
  it.each(cases)("%s", (_, text, code, idText) => {
    const r = newPlace(input({ boundaries: { file: "x.geojson", text } }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.code)).toEqual([code]);
    const [p] = r.problems;
    expect(p!.what.id).toMatch(idText);
    expect(p!.what.en).not.toBe(p!.what.id);
    expect(p!.fix.id && p!.fix.en).toBeTruthy();
  });

  it("refuses a --out folder that exists and is not empty, and leaves it as it was", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "keep.txt"), "mine");
    expect(outProblem(dir)?.code).toBe("new-place-out");
    expect(writeFolder(dir, made())?.code).toBe("new-place-out");
    expect(existsSync(join(dir, "datapackage.json"))).toBe(false);
    // Nor over a file.
    expect(outProblem(join(dir, "keep.txt"))?.code).toBe("new-place-out");
    // An empty folder is fine.
    const empty = join(tempDir(), "empty");
    mkdirSync(empty);
    expect(outProblem(empty)).toBeUndefined();
  });

  it("checks the arguments", () => {
    const base = ["--code", "73.99", "--name", "X", "--kind", "kota", "--province", "P", "--boundaries", "b.geojson", "--out", "o"];
    const codes = (argv: string[]) => parseArguments(argv).problems.map((p) => p.code);
    expect(codes(base)).toEqual([]);
    expect(parseArguments([...base, "--sample"]).args).toMatchObject({ code: "73.99", kind: "kota", sample: true });
    expect(codes(base.slice(0, -2))).toEqual(["new-place-argument"]);
    expect(codes(base.map((a) => (a === "kota" ? "kotamadya" : a)))).toEqual(["new-place-kind"]);
    expect(codes(base.map((a) => (a === "73.99" ? "7399" : a)))).toEqual(["new-place-code"]);
    expect(codes([...base, "--province-code", "74"])).toEqual(["new-place-province"]);
    expect(codes([...base, "--colour", "red"])).toEqual(["new-place-argument"]);
  });
});

// Each case starts Node on a script: slower than the rest, more so on a busy machine.
describe("npm run new-regency (the script)", { timeout: 120_000 }, () => {
  const run = (script: string, args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [join(ROOT, "scripts", script), ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env } });
  const args = (out: string, boundaries = FIXTURE_FILE) => [
    "--code",
    "73.99",
    "--name",
    "Teluk Rekaan",
    "--kind",
    "kota",
    "--province",
    "Sulawesi Selatan",
    "--boundaries",
    boundaries,
    "--out",
    out,
    "--plan-year",
    "2026",
  ];

  it("writes a folder that npm run check:data accepts", () => {
    const out = join(tempDir(), "teluk-rekaan-data");
    const made = run("new-regency.ts", [...args(out), "--sample"], { SOURCE_DATE_EPOCH: "1795000000" });
    expect(made.stderr).toBe("");
    expect(made.status).toBe(0);
    expect(made.stdout).toMatch(/dibuat[\s\S]*written/);
    const check = run("check-data.ts", [], { DATA_DIR: out });
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toContain("sah / The data");
  });

  it("exits 1 when the boundaries file is not there, saying so in both languages", () => {
    const out = join(tempDir(), "out");
    const r = run("new-regency.ts", args(out, "tidak-ada.geojson"));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/File tidak-ada\.geojson tidak ditemukan[\s\S]*EN: The file tidak-ada\.geojson was not found/);
    expect(existsSync(out)).toBe(false);
  });

  it("exits 1 with the message in both languages on bad boundaries, and writes nothing", () => {
    const dir = tempDir();
    const bad = join(dir, "dup.geojson");
    const fc = JSON.parse(FIXTURE);
    fc.features[1].properties.code = "73.99.01";
    writeFileSync(bad, JSON.stringify(fc));
    const out = join(dir, "out");
    const r = run("new-regency.ts", args(out, bad));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/muncul lebih dari sekali/);
    expect(r.stderr).toMatch(/EN: .*appears more than once/);
    expect(existsSync(out)).toBe(false);
  });
});
