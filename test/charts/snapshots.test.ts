import { describe, expect, it } from "vitest";
import { renderedChart } from "../../src/lib/charts/chart.ts";
import { chartId } from "../../src/lib/charts/ids.ts";
import { renderSvg } from "../../src/lib/charts/render.ts";
import { rankingSpec } from "../../src/lib/charts/specs/ranking.ts";
import type { Locale, Model } from "../../src/lib/data/types.ts";
import { gaps, growth, ipm, kecamatan, plan, poverty, trends } from "./cases.ts";
import { makeModel } from "./model.ts";
import { matchSvgSnapshot } from "./svg-snapshot.ts";

/** One SVG snapshot per chart kind and named case (see svg-snapshot.ts for how changes are reviewed). */
const cases: readonly (readonly [string, () => Model, string, Locale])[] = [
  ["trend-comparisons", poverty, chartId.trend("p0"), "id"],
  ["trend-comparisons-en", poverty, chartId.trend("p0"), "en"],
  ["trend-gaps-and-periods", gaps, chartId.trend("p0"), "id"],
  ["trend-ipm-two-series", ipm, chartId.trend("ipm-sp2020"), "id"],
  ["trend-range-and-two-targets", growth, chartId.trend("pertumbuhan"), "en"],
  ["kecamatan-trends", trends, chartId.kecamatanTrends("seko"), "id"],
  ["kecamatan-trends-en", trends, chartId.kecamatanTrends("seko"), "en"],
  ["kecamatan-trends-one-panel", kecamatan, chartId.kecamatanTrends("seko"), "id"],
  ["ranking-share", kecamatan, chartId.ranking("air"), "id"],
  ["ranking-count-missing", kecamatan, chartId.ranking("rtlh"), "en"],
  ["map-choropleth", kecamatan, chartId.map("air"), "id"],
  ["map-choropleth-missing", kecamatan, chartId.map("rtlh"), "id"],
  ["map-actions", plan, chartId.actionsMap(), "id"],
  ["map-locator", kecamatan, chartId.locator("seko"), "en"],
  ["profile", kecamatan, chartId.profile("seko"), "id"],
  ["budget-by-strategy", plan, chartId.budgetByStrategy(), "id"],
  ["budget-by-agency", plan, chartId.budgetByAgency(), "en"],
  ["budget-by-funding", plan, chartId.budgetByFunding("beban-pengeluaran"), "id"],
  ["realisation-by-strategy", plan, chartId.realisation(), "id"],
  ["realisation-per-action", plan, chartId.realisation("beban-pengeluaran"), "en"],
  ["agency-budget", plan, chartId.agencyBudget("dinas-sosial"), "id"],
];

describe("chart SVG snapshots", () => {
  for (const [name, model, id, locale] of cases)
    it(name, () => {
      const { svg } = renderedChart(model(), id, locale);
      expect(svg).toBeDefined();
      matchSvgSnapshot(name, svg!);
    });

  it("ranking-capped-highlight: 40 kecamatan keep the top, the bottom and the highlighted one's neighbours", () => {
    const items = Array.from({ length: 40 }, (_, i) => ({ key: `k${i}`, label: `Kecamatan ${i + 1}`, value: 100 - i * 2 }));
    const spec = rankingSpec(items, {
      locale: "id",
      decimals: 0,
      unit: "%",
      reference: { label: "Kabupaten", value: 61 },
      highlight: "k20",
      gapLabel: (n) => `… ${n} lainnya`,
    });
    matchSvgSnapshot("ranking-capped-highlight", renderSvg(spec, { prefix: "g-test", role: "img", label: "test" }));
  });

  it("renders the same bytes whatever was rendered before (ids renumbered per chart)", () => {
    const a = renderedChart(poverty(), chartId.trend("p0"), "id").svg;
    renderedChart(kecamatan(), chartId.map("air"), "id");
    renderedChart(makeModel(), chartId.locator("malangke"), "id");
    const b = renderedChart(poverty(), chartId.trend("p0"), "id").svg;
    expect(b).toBe(a);
  });
});
