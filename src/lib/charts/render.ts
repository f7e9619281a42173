import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { FONT, LEGEND_SWATCH, SMALL, layoutLegend } from "./layout.ts";
import { TABULAR_CLASS, postProcess, type RootAttributes } from "./svg.ts";
import type { MarkSpec, MarkType, PlotSpec } from "./types.ts";

/**
 * The one place that touches a DOM: turns a chart specification into an SVG
 * string at build time. Plot draws into a linkedom document (Plot's `document`
 * option); the legend is drawn into the same SVG so the standalone files
 * carry it; svg.ts then makes the markup CSP-safe, deterministic and small.
 */
const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");

const MARKS: Readonly<Record<MarkType, (data: never, options: never) => Plot.Markish>> = {
  line: Plot.line,
  dot: Plot.dot,
  text: Plot.text,
  ruleX: Plot.ruleX,
  ruleY: Plot.ruleY,
  barX: Plot.barX,
  barY: Plot.barY,
  rect: Plot.rect,
  geo: Plot.geo,
  link: Plot.link,
  tickX: Plot.tickX,
  tickY: Plot.tickY,
  axisX: Plot.axisX,
  axisY: Plot.axisY,
  axisFx: Plot.axisFx,
  gridX: Plot.gridX,
  gridY: Plot.gridY,
};

const toMark = (m: MarkSpec): Plot.Markish => MARKS[m.type]((m.data ?? undefined) as never, m.options as never);

export interface RenderOptions extends Omit<RootAttributes, "className"> {
  /** Prefix of every id inside the SVG; unique per chart (the chart id). */
  readonly prefix: string;
  readonly className?: string;
}

/** Renders a spec to a finished SVG string: legend drawn in, post-processed, with its accessible name. */
export function renderSvg(spec: PlotSpec, { prefix, className = "chart-svg", ...root }: RenderOptions): string {
  const legend = spec.legend?.length ? layoutLegend(spec.legend, spec.options.width) : undefined;
  const top = (spec.options.marginTop as number | undefined) ?? 20;
  const svg = Plot.plot({
    ...spec.options,
    height: spec.options.height + (legend?.height ?? 0),
    marginTop: top + (legend?.height ?? 0),
    marks: spec.marks.map(toMark),
    document,
  } as Plot.PlotOptions) as unknown as Element;
  svg.setAttribute("font-size", String(FONT));
  tabularByClass(svg);
  if (legend) svg.insertBefore(drawLegend(legend.items), svg.firstChild);
  return postProcess(svg.outerHTML, prefix, { className, ...root });
}

/** font-variant="tabular-nums" is not a valid SVG attribute value: the same request as a class (svg.ts, TABULAR_CLASS). */
function tabularByClass(svg: Element): void {
  for (const e of svg.querySelectorAll("[font-variant]")) {
    if (e.getAttribute("font-variant")?.trim() !== "tabular-nums") continue;
    e.removeAttribute("font-variant");
    e.setAttribute("class", [e.getAttribute("class"), TABULAR_CLASS].filter(Boolean).join(" "));
  }
}

const NS = "http://www.w3.org/2000/svg";
function el(name: string, attrs: Record<string, string | number>): Element {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

function drawLegend(items: ReturnType<typeof layoutLegend>["items"]): Element {
  const g = el("g", { class: "chart-legend", "font-size": SMALL, "text-anchor": "start" });
  for (const item of items) {
    const { x, y, color } = item;
    const mid = x + LEGEND_SWATCH / 2;
    switch (item.swatch) {
      case "rect":
        g.append(el("rect", { x, y: y - 7, width: LEGEND_SWATCH, height: 14, fill: color }));
        break;
      case "line":
        g.append(el("line", { x1: x, x2: x + LEGEND_SWATCH, y1: y, y2: y, stroke: color, "stroke-width": 3 }));
        break;
      case "dash":
        g.append(el("line", { x1: x, x2: x + LEGEND_SWATCH, y1: y, y2: y, stroke: color, "stroke-width": 3, "stroke-dasharray": "5,3" }));
        break;
      case "dot":
        g.append(el("circle", { cx: mid, cy: y, r: 4.5, fill: color }));
        break;
      case "hollow":
        g.append(el("circle", { cx: mid, cy: y, r: 4.5, fill: "var(--chart-bg)", stroke: color, "stroke-width": 2 }));
        break;
    }
    const text = el("text", { x: x + LEGEND_SWATCH + 6, y, dy: "0.32em" });
    text.textContent = item.label;
    g.append(text);
  }
  return g;
}
