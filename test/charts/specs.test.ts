import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderedChart } from "../../src/lib/charts/chart.ts";
import { chartState } from "../../src/lib/charts/catalog.ts";
import { chartId } from "../../src/lib/charts/ids.ts";
import { runs } from "../../src/lib/years.ts";
import { progressSpec, sharesSpec, stackedBarsSpec } from "../../src/lib/charts/specs/bars.ts";
import { profileSpec } from "../../src/lib/charts/specs/profile.ts";
import { capRanked, rankingSpec } from "../../src/lib/charts/specs/ranking.ts";
import { trendSpec, type TrendSeries } from "../../src/lib/charts/specs/trend.ts";
import { trendsSpec } from "../../src/lib/charts/specs/trends.ts";
import type { MarkSpec, PlotSpec } from "../../src/lib/charts/types.ts";
import { ROOT } from "../helpers/fixtures.ts";
import { gaps, ipm, kecamatan, poverty, trends } from "./cases.ts";

const SPECS = join(ROOT, "src", "lib", "charts", "specs");
const isPlain = (v: unknown): boolean => typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype;

function expectPlainSpec(spec: PlotSpec): void {
  expect(isPlain(spec)).toBe(true);
  expect(isPlain(spec.options)).toBe(true);
  for (const m of spec.marks) {
    expect(isPlain(m)).toBe(true);
    expect(typeof m.type).toBe("string");
    expect(m.data === undefined || m.data === null || Array.isArray(m.data)).toBe(true);
    expect(isPlain(m.options)).toBe(true);
  }
}

describe("chart kinds are pure specifications", () => {
  it("import neither Plot nor a DOM", () => {
    for (const file of readdirSync(SPECS)) {
      const source = readFileSync(join(SPECS, file), "utf8");
      expect(source, file).not.toMatch(/from "(@observablehq\/plot|linkedom|jsdom)"/);
      expect(source, file).not.toMatch(/\bdocument\b|node:fs/);
    }
  });

  it("return plain objects without a document to draw in", () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe("undefined");
    const series: TrendSeries[] = [{ key: "a", label: "A", role: "main", points: [{ year: 2020, value: 1, status: "final" }] }];
    const items = [
      { key: "a", label: "A", value: 3 },
      { key: "b", label: "B", value: 1 },
    ];
    const specs: PlotSpec[] = [
      trendSpec(series, { locale: "id", targets: [{ year: 2021, value: 0.5 }] }),
      rankingSpec(items, { locale: "id", reference: { label: "R", value: 2 }, highlight: "a" }),
      profileSpec([{ key: "p", title: "P", caption: "c", items, reference: 2 }], { highlight: "b" }),
      trendsSpec([{ key: "p", title: "P", caption: "c", main: series[0]!.points, reference: series[0]!.points, decimals: 1 }], {
        locale: "id",
        labels: { main: "A", reference: "R", provisional: "p" },
      }),
      stackedBarsSpec([{ category: "x", label: "X", stack: "apbd", value: 5 }], {
        locale: "en",
        stacks: [{ key: "apbd", label: "APBD", color: "red" }],
      }),
      progressSpec([{ key: "x", label: "X", planned: 10, realised: 4 }], {
        locale: "id",
        format: () => "40 %",
        legend: { planned: "p", realised: "r" },
      }),
      sharesSpec([{ key: "x", label: "X", measure: "budget", share: 0.4 }], {
        measures: [{ key: "budget", label: "B" }],
        formatShare: String,
        none: "-",
      }),
    ];
    for (const s of specs) expectPlainSpec(s);
    for (const id of [chartId.map("air"), chartId.locator("seko"), chartId.profile("seko"), chartId.kecamatanTrends("seko")])
      expectPlainSpec(chartState(kecamatan(), id, "id").spec!);
  });
});

const lines = (spec: PlotSpec): MarkSpec[] => spec.marks.filter((m) => m.type === "line");
const linePoints = (m: MarkSpec) => m.data as readonly { year: number; value: number; run: number }[];

describe("gaps are gaps", () => {
  it("splits a series into runs of consecutive years", () => {
    expect(runs([2004, 2008, 2009, 2013, 2016, 2017, 2018].map((year) => ({ year }))).map((r) => r.map((p) => p.year))).toEqual([
      [2004],
      [2008, 2009],
      [2013],
      [2016, 2017, 2018],
    ]);
  });

  it("draws lines only within runs and a lone year as a dot", () => {
    const spec = chartState(gaps(), chartId.trend("p0"), "id").spec!;
    const [line] = lines(spec);
    const byRun = Map.groupBy(linePoints(line!), (p) => p.run);
    expect([...byRun.values()].map((r) => r.map((p) => p.year))).toEqual([
      [2008, 2009],
      [2016, 2017, 2018],
    ]);
    const dotYears = spec.marks.filter((m) => m.type === "dot").flatMap((m) => (m.data as { year: number }[]).map((p) => p.year));
    expect(dotYears).toEqual(expect.arrayContaining([2004, 2013]));
  });

  it("leaves the gap empty in the SVG: one path per run, none across a missing year", () => {
    const svg = renderedChart(gaps(), chartId.trend("p0"), "id").svg!;
    const group = /<g[^>]*stroke-width="3" stroke="var\(--chart-main\)" fill="none">(.*?)<\/g>/.exec(svg)?.[1];
    expect(group).toBeDefined();
    expect(group!.match(/<path/g)).toHaveLength(2);
  });
});

describe("a kecamatan's trends: small multiples with gaps", () => {
  type Placed = { year: number; value: number; col: number; row: number; run: number };
  const spec = () => chartState(trends(), chartId.kecamatanTrends("seko"), "id").spec!;
  const linesOf = (token: string) => lines(spec()).filter((m) => m.options.stroke === `var(--chart-${token})`);
  const runsOf = (m: MarkSpec) => [...Map.groupBy(m.data as readonly Placed[], (p) => `${p.col}:${p.row}:${p.run}`).values()];

  it("never joins the kecamatan and the regency: each line mark holds one series, each run one panel's consecutive years", () => {
    const [main] = linesOf("main");
    const [regency] = linesOf("comp1");
    expect(lines(spec())).toHaveLength(2);
    const seko = new Set(
      trends()
        .observations.filter((o) => o.area === "73.22.07")
        .map((o) => o.value),
    );
    const luwu = new Set(
      trends()
        .observations.filter((o) => o.area === "73.22")
        .map((o) => o.value),
    );
    expect((main!.data as Placed[]).every((p) => seko.has(p.value))).toBe(true);
    expect((regency!.data as Placed[]).every((p) => luwu.has(p.value))).toBe(true);
    for (const m of [main!, regency!])
      for (const run of runsOf(m)) expect(run.every((p, i) => i === 0 || p.year === run[i - 1]!.year + 1)).toBe(true);
  });

  it("breaks the kecamatan's line at a missing year and draws lone years as dots; no regency line for counts", () => {
    const [main] = linesOf("main");
    // Panels in order: safe water (2023 missing), unfit houses (a count), stunting, PKH families (2021 and 2025 only, a count).
    expect(runsOf(main!).map((r) => `${r[0]!.col}:${r[0]!.row} ${r.map((p) => p.year).join(",")}`)).toEqual([
      "0:0 2021,2022",
      "0:0 2024,2025",
      "1:0 2021,2022,2023,2024,2025",
      "0:1 2021,2022,2023,2024,2025",
    ]);
    const [regency] = linesOf("comp1");
    expect([...new Set((regency!.data as Placed[]).map((p) => `${p.col}:${p.row}`))]).toEqual(["0:0", "0:1"]);
    const dots = spec()
      .marks.filter((m) => m.type === "dot")
      .flatMap((m) => m.data as Placed[]);
    expect(dots.filter((p) => p.col === 1 && p.row === 1).map((p) => p.year)).toEqual([2021, 2025]);
  });

  it("leaves the gap empty in the SVG: one path per run", () => {
    const svg = renderedChart(trends(), chartId.kecamatanTrends("seko"), "id").svg!;
    const groups = [...svg.matchAll(/<g[^>]*stroke-width="3" stroke="var\(--chart-main\)" fill="none">(.*?)<\/g>/g)].map(
      (m) => m[1]!.match(/<path/g)?.length ?? 0,
    );
    expect(groups).toEqual([2, 1, 1]);
  });

  it("writes the first and the latest value of each panel, formatted for the locale", () => {
    const labels = (locale: "id" | "en") =>
      chartState(trends(), chartId.kecamatanTrends("seko"), locale)
        .spec!.marks.filter((m) => m.type === "text" && m.options.text === "label")
        .flatMap((m) => (m.data as { label: string }[]).map((d) => d.label));
    expect(labels("id").sort()).toEqual(["1.100", "1.149", "14,0", "16,3", "40,2", "46,4", "627", "702"]);
    expect(labels("en")).toContain("1,149");
  });
});

describe("the two HDI series are never joined", () => {
  it("draws the old series beside the new one, each in its own line mark, with no run spanning both", () => {
    const spec = chartState(ipm(), chartId.trend("ipm-sp2020"), "en").spec!;
    const [old, revised] = [
      lines(spec).find((m) => linePoints(m).every((p) => p.year <= 2022))!,
      lines(spec).find((m) => linePoints(m).some((p) => p.year === 2025))!,
    ];
    expect(linePoints(old).map((p) => p.year)).toEqual([2013, 2014, 2015, 2021, 2022]);
    expect(linePoints(revised).map((p) => p.year)).toEqual([2023, 2024, 2025]);
    for (const m of lines(spec))
      for (const run of Map.groupBy(linePoints(m), (p) => p.run).values())
        expect(run.every((p, i) => i === 0 || p.year === run[i - 1]!.year + 1)).toBe(true);
    expect(old).not.toBe(revised);
  });

  it("says so in a note", () => {
    expect(chartState(ipm(), chartId.trend("ipm-sp2020"), "en").notes).toContain(
      "HDI (old series) is a separate series that cannot be joined with HDI (SP2020 series); the two are drawn apart.",
    );
  });

  it("keeps March with March: the province's September value is neither drawn nor listed", () => {
    const state = chartState(poverty(), chartId.trend("p0"), "id");
    const province = state.table.rows.filter((r) => r.cells.series === "Sulawesi Selatan").map((r) => r.cells.value);
    expect(province).toEqual([8.63, 8.7, 8.06]);
    const dots = state.spec!.marks.filter((m) => m.type === "dot").flatMap((m) => (m.data as { value: number }[]).map((p) => p.value));
    expect(dots).not.toContain(8.66);
  });
});

describe("rankings stay the same size however many kecamatan there are", () => {
  const items = Array.from({ length: 1500 }, (_, i) => ({ key: `k${i}`, label: `K${i}`, value: 1500 - i }));

  it("keeps the top, the bottom and the highlighted one's neighbours, with gap rows counting the rest", () => {
    const rows = capRanked(items, { highlight: "k700" });
    expect(rows.length).toBeLessThanOrEqual(20);
    expect(rows.filter((r) => !r.gap).map((r) => r.key)).toEqual([
      "k0",
      "k1",
      "k2",
      "k3",
      "k4",
      "k5",
      "k6",
      "k7",
      "k698",
      "k699",
      "k700",
      "k701",
      "k702",
      "k1495",
      "k1496",
      "k1497",
      "k1498",
      "k1499",
    ]);
    expect(rows.filter((r) => r.gap).reduce((s, r) => s + (r.gap ?? 0), 0)).toBe(1500 - 18);
  });

  it("draws at most about twenty bars", () => {
    const spec = rankingSpec(items, { locale: "id" });
    const bars = spec.marks.find((m) => m.type === "barX")!;
    expect(bars.data!.length).toBeLessThanOrEqual(20);
  });
});
