import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { chartState, charts, hasChart } from "../../src/lib/charts/catalog.ts";
import { citations } from "../../src/lib/charts/citation.ts";
import { buildDate } from "../../src/lib/charts/dates.ts";
import { figureView } from "../../src/lib/charts/figure.ts";
import { chartId } from "../../src/lib/charts/ids.ts";
import { TOKENS } from "../../src/lib/charts/palette.ts";
import { chartFileRoutes, chartRoutes } from "../../src/lib/charts/routes.ts";
import { folderSource, loadRegency } from "../../src/lib/data/index.ts";
import type { Model } from "../../src/lib/data/types.ts";
import { cleanup, materialize, ROOT } from "../helpers/fixtures.ts";
import { kecamatan, poverty, trends } from "./cases.ts";

const dirs: string[] = [];
afterAll(() => dirs.forEach(cleanup));

async function minimal(): Promise<Model> {
  const dir = materialize();
  dirs.push(dir);
  const r = await loadRegency(folderSource(dir));
  if (!r.ok) throw new Error("the minimal fixture does not load");
  return r.model;
}

describe("the chart catalogue of the minimal fixture (loaded through src/lib/data)", () => {
  // Its kecamatan have one year of values each: a single value is no trend, so no kecamatan trends chart.
  it("lists exactly the charts that have data, in a stable order", async () => {
    const ids = charts(await minimal()).map((e) => e.id);
    expect(ids).toEqual([
      "tren-p0",
      "tren-rtlh",
      "peringkat-rtlh",
      "peta-rtlh",
      "peta-aksi",
      "peta-aksi-beban-pengeluaran",
      "peta-aksi-pendapatan",
      "peta-aksi-kantong-kemiskinan",
      "anggaran-per-strategi",
      "anggaran-per-opd",
      "anggaran-per-opd-beban-pengeluaran",
      "anggaran-per-opd-pendapatan",
      "anggaran-per-opd-kantong-kemiskinan",
      "anggaran-per-sumber-dana",
      "anggaran-per-sumber-dana-beban-pengeluaran",
      "anggaran-per-sumber-dana-pendapatan",
      "anggaran-per-sumber-dana-kantong-kemiskinan",
      "realisasi",
      "realisasi-beban-pengeluaran",
      "realisasi-pendapatan",
      "realisasi-kantong-kemiskinan",
      "anggaran-opd-dinas-sosial",
      "anggaran-opd-dinas-pmd",
      "lokasi-malangke",
      "lokasi-rongkong",
      "profil-malangke",
      "profil-rongkong",
    ]);
  });

  it("makes one trends chart per kecamatan with two years of an indicator, none for the others", () => {
    const m = trends();
    expect(
      charts(m)
        .filter((e) => e.kind === "kecamatan-trends")
        .map((e) => e.id),
    ).toEqual(["tren-kecamatan-malangke", "tren-kecamatan-seko"]);
    expect(hasChart(m, chartId.kecamatanTrends("bone-bone"))).toBe(false);
  });

  it("gives every chart a page, an embed page and three files in both languages", async () => {
    const m = await minimal();
    expect(chartRoutes(m)).toHaveLength(2 * charts(m).length);
    const files = chartFileRoutes(m).map((r) => r.params.file);
    expect(files).toHaveLength(2 * 3 * charts(m).length);
    for (const kind of ["csv", "svg", "png"]) expect(files).toContain(`lentera-tren-p0-id.${kind}`);
    expect(files).toContain("lentera-tren-p0-en.png");
  });

  it("shows a chart without data as a notice, and refuses an id no chart kind makes", async () => {
    const m = await minimal();
    expect(hasChart(m, chartId.ranking("p0"))).toBe(false);
    expect(chartState(m, chartId.ranking("p0"), "id").empty).toBe("Belum ada data untuk grafik ini.");
    expect(figureView(m, chartId.ranking("p0"), "en").empty).toBe("There is no data for this chart yet.");
    expect(() => chartState(m, "tren-p0-typo", "id")).toThrow(
      'Unknown chart id "tren-p0-typo". Use the functions in src/lib/charts/ids.ts to make chart ids.',
    );
  });
});

describe("build date and citations", () => {
  it("takes the date from SOURCE_DATE_EPOCH, else from the data, never from the clock", () => {
    const m = poverty();
    expect(buildDate(m, { SOURCE_DATE_EPOCH: "1767225600" })).toBe("2026-01-01");
    expect(buildDate(m, {})).toBe("2026-11-28");
    expect(() => buildDate(m, { SOURCE_DATE_EPOCH: "yesterday" })).toThrow(
      'SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not "yesterday".',
    );
  });

  it("cites in Indonesian style, APA and BibTeX, naming the primary producer and the sources quoted", () => {
    const m = poverty();
    const id = citations(m, chartState(m, chartId.trend("p0"), "id"), "https://lentera.example/grafik/tren-p0/", "2026-11-28");
    expect(id.indonesian).toBe(
      "TKPK Kabupaten Luwu Utara. 2026. “Persentase penduduk miskin, Luwu Utara” [grafik]. Lentera. https://lentera.example/grafik/tren-p0/ (diakses 28 November 2026). Data: Badan Pusat Statistik (BPS), dikutip dari Penerbit A.",
    );
    expect(id.apa).toBe(
      "TKPK Kabupaten Luwu Utara. (2026). Persentase penduduk miskin, Luwu Utara [Grafik]. Lentera. Diakses 28 November 2026, dari https://lentera.example/grafik/tren-p0/",
    );
    const en = citations(m, chartState(m, chartId.trend("p0"), "en"), "https://lentera.example/en/grafik/tren-p0/", "2026-11-28");
    expect(en.apa).toBe(
      "TKPK of Luwu Utara Regency. (2026). Poverty rate, Luwu Utara [Chart]. Lentera. Retrieved 28 November 2026, from https://lentera.example/en/grafik/tren-p0/",
    );
    expect(en.bibtex).toBe(
      [
        "@misc{lentera-tren-p0-2026,",
        "  author = {{TKPK of Luwu Utara Regency}},",
        "  title = {{Poverty rate, Luwu Utara}},",
        "  year = {2026},",
        "  howpublished = {\\url{https://lentera.example/en/grafik/tren-p0/}},",
        "  urldate = {2026-11-28},",
        "  note = {Lentera. Data: Statistics Indonesia (BPS), as reported by Penerbit A.},",
        "}",
      ].join("\n"),
    );
  });

  it("names sample data as the producer when every row is invented", () => {
    const m = kecamatan();
    expect(citations(m, chartState(m, chartId.ranking("air"), "id"), "u", "2026-11-28").producers).toEqual(["data contoh Lentera"]);
  });
});

describe("colours", () => {
  it("charts.css defines every palette token with the same values, for light and for dark", () => {
    const css = readFileSync(join(ROOT, "src", "styles", "charts.css"), "utf8");
    const [light, dark] = css.split("@media (prefers-color-scheme: dark)");
    for (const [name, v] of Object.entries(TOKENS)) {
      expect(light, name).toContain(`--chart-${name}: ${v.light};`);
      expect(dark, name).toContain(`--chart-${name}: ${v.dark};`);
    }
  });

  it("keeps chart text and lines readable on their background in both modes (WCAG 3:1 for graphics, 4.5:1 for text)", () => {
    const lum = (hex: string): number => {
      const c = [1, 3, 5]
        .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((x) => (x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4));
      return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
    };
    const ratio = (a: string, b: string): number => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x! + 0.05) / (y! + 0.05);
    };
    for (const mode of ["light", "dark"] as const) {
      const bg = TOKENS.bg[mode];
      for (const t of ["fg", "muted", "main", "sample"] as const)
        expect(ratio(TOKENS[t][mode], bg), `${t} ${mode}`).toBeGreaterThanOrEqual(4.5);
      for (const t of ["comp1", "comp2", "target", "seq4", "seq5"] as const)
        expect(ratio(TOKENS[t][mode], bg), `${t} ${mode}`).toBeGreaterThanOrEqual(3);
    }
  });
});
