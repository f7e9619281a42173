import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chartPageView } from "../../src/lib/charts/page.ts";
import { charts } from "../../src/lib/charts/catalog.ts";
import { renderedChart } from "../../src/lib/charts/chart.ts";
import type { ChartRef } from "../../src/lib/charts/figure.ts";
import { folderSource, loadRegency, type Model } from "../../src/lib/data/index.ts";
import { LOCALES } from "../../src/lib/data/types.ts";
import { cardSvg } from "../../src/lib/og/card.ts";
import { ogCard } from "../../src/lib/og/cards.ts";
import { pageRoutes, pageView } from "../../src/lib/routing/index.ts";
import { UNUSUAL, writePlace } from "../helpers/places.ts";

/**
 * The cheap layer of "no valid data folder can crash the build": data folders
 * with unusual but valid content (test/helpers/places.ts) pass the data path,
 * then every page view, preview card, chart and chart page of both languages
 * is built in-process, without Astro. Nothing may throw, and no text may read
 * "NaN" or "undefined".
 */
const BAD = /\bNaN\b|\bundefined\b|\bInfinity\b/;

/**
 * Every string inside a view, with where it sits. A chart reference (`{ id,
 * figure }`) is followed: its figure is what the page places, so it is built
 * too, as Figure.astro does.
 */
function strings(value: unknown, path = "", out: Array<[string, string]> = [], seen = new Set<unknown>()): Array<[string, string]> {
  if (typeof value === "string") out.push([path, value]);
  else if (isChartRef(value) && !seen.has(value)) {
    seen.add(value);
    strings(value.figure(0), `${path}<${value.id}>`, out, seen);
  } else if (typeof value === "number") {
    if (!Number.isFinite(value)) out.push([path, String(value)]);
  } else if (value && typeof value === "object" && !seen.has(value)) {
    seen.add(value);
    if (value instanceof Map) for (const [k, v] of value) strings(v, `${path}.${String(k)}`, out, seen);
    else for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out, seen);
  }
  return out;
}

const isChartRef = (v: unknown): v is ChartRef =>
  typeof v === "object" && v !== null && typeof (v as ChartRef).id === "string" && typeof (v as ChartRef).figure === "function";

const bad = (value: unknown): string[] =>
  strings(value)
    .filter(([, s]) => BAD.test(s))
    .map(([p, s]) => `${p}: ${s.slice(0, 160)}`);

describe.each(UNUSUAL)("a valid data folder: $name", (variant) => {
  let model: Model;
  let remove: () => void;

  beforeAll(async () => {
    const place = writePlace(variant);
    remove = place.remove;
    const result = await loadRegency(folderSource(place.dir));
    if (!result.ok) throw new Error(result.errors.map((e) => `${e.file}: ${e.what.en}`).join("\n"));
    expect(result.warnings.every((w) => w.code === "no-rows")).toBe(true);
    model = result.model;
  }, 120_000);
  afterAll(() => remove?.());

  it("has the kind and kecamatan it was made with", () => {
    expect(model.settings.kind).toBe(variant.kind);
    expect(model.kecamatan).toHaveLength(variant.kecamatan);
  });

  it("builds every page view and preview card in both languages, with no NaN or undefined", { timeout: 120_000 }, () => {
    const routes = pageRoutes(model);
    expect(routes.filter((r) => r.kind === "kecamatan")).toHaveLength(variant.kecamatan);
    const problems: string[] = [];
    for (const route of routes)
      for (const locale of LOCALES) {
        const at = `${locale} ${route.kind} ${route.id ?? ""}`;
        const view = pageView(model, route, locale);
        problems.push(...bad(view).map((p) => `${at} view${p}`));
        const card = ogCard(model, route, locale, "example.org");
        problems.push(...bad(card).map((p) => `${at} card${p}`));
        const svg = cardSvg(card);
        if (BAD.test(svg)) problems.push(`${at} card svg`);
      }
    expect(problems).toEqual([]);
  });

  // 60 kecamatan make about a thousand charts: half a minute on a 2-core machine.
  it("renders every chart and chart page in both languages, with no NaN or undefined", { timeout: 180_000 }, () => {
    const problems: string[] = [];
    for (const { id } of charts(model))
      for (const locale of LOCALES) {
        const chart = renderedChart(model, id, locale);
        expect(chart.svg, `${id} ${locale}`).toBeTruthy();
        if (BAD.test(chart.svg!)) problems.push(`${locale} ${id} svg: ${BAD.exec(chart.svg!)![0]}`);
        problems.push(...bad(chart.state).map((p) => `${locale} ${id} state${p}`));
        problems.push(...bad(chartPageView(model, id, locale, "https://example.org/")).map((p) => `${locale} ${id} page${p}`));
      }
    expect(problems).toEqual([]);
  });
});
