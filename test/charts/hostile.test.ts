import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { renderedChart } from "../../src/lib/charts/chart.ts";
import { standaloneFor } from "../../src/lib/charts/downloads.ts";
import { chartId } from "../../src/lib/charts/ids.ts";
import { renderPngAsync } from "../../src/lib/charts/png.ts";
import { makeModel } from "./model.ts";

/** Text from the data that tries to become markup stays text in every SVG, inline and standalone. */
const HOSTILE = `Seko"><script>alert(1)</script><img src=x onerror=alert(1)> & co`;

const model = () =>
  makeModel({
    kecamatan: [
      { code: "73.22.01", name: "Malangke" },
      { code: "73.22.07", name: HOSTILE },
    ],
    indicators: [
      {
        id: "air",
        name: { id: HOSTILE, en: HOSTILE },
        short: { id: HOSTILE, en: HOSTILE },
        unit: "percent",
        decimals: 1,
        kind: "administrative",
      },
    ],
    observations: [
      { area: "73.22.01", indicator: "air", year: 2025, value: 70 },
      { area: "73.22.07", indicator: "air", year: 2024, value: 38 },
      { area: "73.22.07", indicator: "air", year: 2025, value: 40 },
      { area: "73.22", indicator: "air", year: 2025, value: 60 },
    ],
  });

function elementsAndAttributes(svg: string, xml: boolean): { tags: string[]; attrs: string[]; text: string } {
  const document = xml
    ? new (parseHTML("").DOMParser)().parseFromString(svg, "image/svg+xml")
    : parseHTML(`<!doctype html><body>${svg}</body>`).document;
  const all = [...document.querySelectorAll("*")];
  return {
    tags: all.map((e) => e.tagName.toLowerCase()),
    attrs: all.flatMap((e) => [...e.attributes].map((a) => a.name.toLowerCase())),
    text: document.documentElement?.textContent ?? "",
  };
}

describe("hostile text in the data", () => {
  const slug = model().kecamatan[1]!.slug;
  for (const id of [
    chartId.map("air"),
    chartId.locator(slug),
    chartId.ranking("air"),
    chartId.profile(slug),
    chartId.kecamatanTrends(slug),
  ])
    it(`stays text in ${id.slice(0, 24)}`, async () => {
      const m = model();
      const inline = renderedChart(m, id, "en").svg!;
      const standalone = standaloneFor(m, id, "en", "https://example.org/");
      for (const [svg, xml] of [
        [inline, false],
        [standalone, true],
      ] as const) {
        const { tags, attrs, text } = elementsAndAttributes(svg, xml);
        expect(tags).not.toContain("script");
        expect(tags).not.toContain("img");
        expect(attrs.filter((a) => a.startsWith("on"))).toEqual([]);
        expect(text).toContain("Seko");
      }
      expect(standalone).not.toMatch(/<script|<img/);
      // An XML reader (resvg, for the PNG) accepts the file: no raw "<" or "&" left in an attribute.
      expect((await renderPngAsync(standalone, 0.25)).length).toBeGreaterThan(0);
    });
});
