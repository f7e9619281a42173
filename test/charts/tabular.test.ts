import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { renderedChart } from "../../src/lib/charts/chart.ts";
import { chartId } from "../../src/lib/charts/ids.ts";
import { standaloneSvg } from "../../src/lib/charts/standalone.ts";
import { TABULAR_CLASS } from "../../src/lib/charts/svg.ts";
import { poverty } from "./cases.ts";

/**
 * Tabular figures without an invalid attribute: Plot writes
 * font-variant="tabular-nums" on axis and number groups, which the SVG
 * font-variant attribute does not allow. The rendered SVG carries a class
 * instead, and a stylesheet gives that class tabular figures: charts.css on the
 * pages, the standalone file's own <style>.
 */
const chart = (): { svg: string; standalone: string } => {
  const { state, svg } = renderedChart(poverty(), chartId.trend("p0"), "id");
  expect(svg).toBeDefined();
  return { svg: svg!, standalone: standaloneSvg(state, svg!, "https://lentera.example/grafik/tren-p0/") };
};

/** The declarations a stylesheet gives a class, from every rule whose selector names it. */
function declarationsFor(css: string, cls: string): string {
  const out: string[] = [];
  for (const m of css.replace(/\/\*[\s\S]*?\*\//g, "").matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    if (m[1]!.split(",").some((sel) => new RegExp(`\\.${cls}(?![\\w-])`).test(sel))) out.push(m[2]!);
  }
  return out.join(";");
}

describe("tabular figures in charts", () => {
  it("the rendered SVG has no font-variant attribute; the axes that asked for tabular figures carry the class", () => {
    const { svg } = chart();
    expect(svg).not.toMatch(/\sfont-variant=/);
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    expect(doc.querySelectorAll(`.${TABULAR_CLASS}`).length).toBeGreaterThan(0);
  });

  it("the pages' charts.css gives the class tabular figures", () => {
    const css = readFileSync(join(import.meta.dirname, "..", "..", "src", "styles", "charts.css"), "utf8");
    expect(declarationsFor(css, TABULAR_CLASS)).toMatch(/font-variant-numeric:\s*tabular-nums/);
  });

  it("the standalone SVG has no font-variant attribute and gets tabular figures from its own <style>", () => {
    const { standalone } = chart();
    expect(standalone).not.toMatch(/\sfont-variant=/);
    const doc = new DOMParser().parseFromString(standalone, "image/svg+xml");
    expect(doc.querySelectorAll(`.${TABULAR_CLASS}`).length).toBeGreaterThan(0);
    const css = [...doc.querySelectorAll("style")].map((s) => s.textContent ?? "").join("\n");
    expect(declarationsFor(css, TABULAR_CLASS)).toMatch(/font-variant-numeric:\s*tabular-nums/);
  });
});
