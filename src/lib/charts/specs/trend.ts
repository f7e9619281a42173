import { scaleLinear, ticks as d3ticks } from "d3";
import type { Locale, Status } from "../../data/types.ts";
import { formatNumber, formatTick } from "../../format.ts";
import { FONT, SMALL, WIDTH, textWidth } from "../layout.ts";
import { color, type Token } from "../palette.ts";
import { runs } from "../../years.ts";
import type { LegendItem, MarkSpec, PlotSpec } from "../types.ts";

/**
 * Trend: values over the years. One strong line for the place the chart is
 * about, grey lines for comparisons, each labelled at the right edge; targets
 * as orange dashes (a single year), dashed spans (a multi-year period) or
 * dashed bars (a range). Runs of consecutive years are joined; a missing year
 * breaks the line and a lone year is a dot. Provisional and estimated values
 * are hollow dots. Series never join one another, so two series that cannot
 * be compared (the old and new HDI) sit side by side without a bridge.
 */
export interface TrendPoint {
  readonly year: number;
  readonly value: number;
  readonly status: Status;
}

export interface TrendSeries {
  readonly key: string;
  readonly label: string;
  /** main: the place the chart is about; comp1/comp2: comparisons; sibling: a related series that must not be joined. */
  readonly role: "main" | "comp1" | "comp2" | "sibling";
  readonly points: readonly TrendPoint[];
}

export interface TrendTarget {
  readonly year: number;
  readonly yearEnd?: number;
  readonly value: number;
  readonly valueMax?: number;
}

export interface TrendOptions {
  readonly locale: Locale;
  readonly decimals?: number;
  readonly unit?: string;
  readonly targets?: readonly TrendTarget[];
  readonly labels?: { readonly target: string; readonly provisional: string };
  readonly width?: number;
  readonly height?: number;
}

const STYLE: Readonly<Record<TrendSeries["role"], { token: Token; width: number; r: number }>> = {
  main: { token: "main", width: 3, r: 4 },
  comp1: { token: "comp1", width: 2, r: 3 },
  comp2: { token: "comp2", width: 2, r: 3 },
  sibling: { token: "comp1", width: 2, r: 3.5 },
};

const HOLLOW: ReadonlySet<Status> = new Set(["provisional", "estimate"]);

export function trendSpec(series: readonly TrendSeries[], options: TrendOptions): PlotSpec {
  const {
    locale,
    decimals = 2,
    unit = "",
    targets = [],
    labels = { target: "target", provisional: "provisional" },
    width = WIDTH,
    height = 300,
  } = options;
  const points = series.flatMap((s) => s.points);
  const years = [...points.map((p) => p.year), ...targets.flatMap((t) => [t.year, t.yearEnd ?? t.year])];
  const x0 = Math.min(...years);
  const x1 = Math.max(...years);
  const values = [...points.map((p) => p.value), ...targets.flatMap((t) => [t.value, t.valueMax ?? t.value])];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  // Start at zero when the values are spread widely relative to their level; otherwise zoom in.
  const zero = lo >= 0 && lo <= hi / 2;
  const y = scaleLinear()
    .domain(zero ? [0, hi] : lo === hi ? [lo - 1, hi + 1] : [lo, hi])
    .nice(5);
  const [y0, y1] = y.domain() as [number, number];
  const yTicks = d3ticks(y0, y1, 5);
  const tickDecimals = Math.max(0, ...yTicks.map((v) => (String(v).split(".")[1] ?? "").length));
  const yFormat = (v: number): string => formatTick(v, locale, Math.min(tickDecimals, 3));
  const xTicks = d3ticks(x0, x1, Math.min(7, x1 - x0 || 1)).filter(Number.isInteger);

  const endLabels = series.map((s) => ({ s, last: s.points.at(-1)! })).filter((e) => e.last);
  const marginLeft = Math.ceil(Math.max(textWidth(unit, SMALL) / 2, ...yTicks.map((v) => textWidth(yFormat(v), FONT)))) + 14;
  const marginRight = Math.ceil(Math.max(24, ...endLabels.map((e) => textWidth(e.s.label, FONT)))) + 20;
  const marginTop = 36;
  const marginBottom = 32;

  // Direct labels at the right edge, nudged apart so they never overlap.
  const px = scaleLinear()
    .domain([y0, y1])
    .range([height - marginBottom, marginTop]);
  const placed = endLabels.map((e) => ({ label: e.s.label, role: e.s.role, py: px(e.last.value) })).sort((a, b) => a.py - b.py);
  for (let i = 1; i < placed.length; i++) placed[i]!.py = Math.max(placed[i]!.py, placed[i - 1]!.py + LABEL_GAP);
  const overflow = (placed.at(-1)?.py ?? 0) - (height - marginBottom);
  if (overflow > 0) for (const p of placed) p.py -= overflow;
  for (let i = placed.length - 2; i >= 0; i--) placed[i]!.py = Math.min(placed[i]!.py, placed[i + 1]!.py - LABEL_GAP);

  const marks: MarkSpec[] = [
    { type: "gridY", options: { ticks: yTicks, stroke: color("grid"), strokeOpacity: 1 } },
    { type: "axisY", options: { ticks: yTicks, tickFormat: yFormat, tickSize: 0, label: null, fontSize: FONT } },
    unitLabel(unit, marginLeft),
    { type: "axisX", options: { ticks: xTicks, tickFormat: (d: number) => String(d), label: null, fontSize: FONT } },
  ];
  if (y0 <= 0 && y1 >= 0) marks.push({ type: "ruleY", data: [0], options: { stroke: color("muted") } });

  const dash = { stroke: color("target"), strokeWidth: 3, strokeDasharray: "6,4" };
  const single = targets.filter((t) => t.yearEnd === undefined && t.valueMax === undefined);
  const spans = targets.filter((t) => t.yearEnd !== undefined && t.valueMax === undefined);
  const ranges = targets.filter((t) => t.valueMax !== undefined);
  if (single.length)
    marks.push({
      type: "ruleY",
      data: single,
      options: { ...dash, y: "value", x1: (t: TrendTarget) => t.year - 0.3, x2: (t: TrendTarget) => t.year + 0.3 },
    });
  if (spans.length) marks.push({ type: "ruleY", data: spans, options: { ...dash, y: "value", x1: "year", x2: "yearEnd" } });
  if (ranges.length) marks.push({ type: "ruleX", data: ranges, options: { ...dash, x: "year", y1: "value", y2: "valueMax" } });

  // Comparisons first, so the main series is drawn on top.
  const order = [...series].sort((a, b) => Number(a.role === "main") - Number(b.role === "main"));
  for (const s of order) {
    const st = STYLE[s.role];
    const segments = runs(s.points)
      .filter((r) => r.length > 1)
      .flatMap((r, i) => r.map((p) => ({ ...p, run: i })));
    if (segments.length)
      marks.push({
        type: "line",
        data: segments,
        options: {
          x: "year",
          y: "value",
          z: "run",
          stroke: color(st.token),
          strokeWidth: st.width,
          strokeDasharray: s.role === "sibling" ? "1,4" : undefined,
        },
      });
    const solid = s.points.filter((p) => !HOLLOW.has(p.status));
    const hollow = s.points.filter((p) => HOLLOW.has(p.status));
    if (solid.length) marks.push({ type: "dot", data: solid, options: { x: "year", y: "value", r: st.r, fill: color(st.token) } });
    if (hollow.length)
      marks.push({
        type: "dot",
        data: hollow,
        options: { x: "year", y: "value", r: st.r + 0.5, fill: color("bg"), stroke: color(st.token), strokeWidth: 2 },
      });
  }

  const main = series.find((s) => s.role === "main");
  if (main?.points.length) {
    // The first and the latest value, written above their dots; the latest ends at its dot so it stays clear of the labels on the right.
    const valueLabel = {
      x: "year",
      y: "value",
      text: (p: TrendPoint) => formatNumber(p.value, locale, decimals),
      dy: -14,
      fontSize: SMALL,
      fontWeight: 600,
      fill: color("main"),
      stroke: color("bg"),
      strokeWidth: 4,
    };
    const last = main.points.at(-1)!;
    if (main.points.length > 1)
      marks.push({ type: "text", data: [main.points[0]!], options: { ...valueLabel, textAnchor: "start", dx: -6 } });
    marks.push({ type: "text", data: [last], options: { ...valueLabel, textAnchor: "end", dx: 6 } });
  }
  const labelled = placed.map((p) => ({ ...p, value: px.invert(p.py) }));
  const edge = { x: () => x1, y: "value", text: "label", textAnchor: "start", dx: 16, fontSize: FONT };
  const mainLabels = labelled.filter((p) => p.role === "main");
  const otherLabels = labelled.filter((p) => p.role !== "main");
  if (otherLabels.length) marks.push({ type: "text", data: otherLabels, options: edge });
  if (mainLabels.length) marks.push({ type: "text", data: mainLabels, options: { ...edge, fill: color("main"), fontWeight: 700 } });

  const legend: LegendItem[] = [];
  if (targets.length) legend.push({ label: labels.target, swatch: "dash", color: color("target") });
  if (points.some((p) => HOLLOW.has(p.status))) legend.push({ label: labels.provisional, swatch: "hollow", color: color("main") });

  return {
    options: {
      width,
      height,
      marginLeft,
      marginRight,
      marginTop,
      marginBottom,
      x: { domain: [x0, x1], inset: 12 },
      y: { domain: [y0, y1] },
    },
    marks,
    legend,
  };
}

const LABEL_GAP = 19;

/** The unit above the y axis, at the left edge (Plot would put its axis label at the very top, under the legend). */
export const unitLabel = (unit: string, marginLeft: number): MarkSpec => ({
  type: "text",
  data: [unit],
  options: {
    text: (d: string) => d,
    frameAnchor: "top-left",
    textAnchor: "start",
    dx: 2 - marginLeft,
    dy: -24,
    fontSize: SMALL,
    fill: color("muted"),
  },
});
