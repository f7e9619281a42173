import { ticks as d3ticks } from "d3";
import type { Locale, Status } from "../../data/types.ts";
import { formatNumber } from "../../format.ts";
import { FONT, SMALL, WIDTH, textWidth, truncate } from "../layout.ts";
import { color, type Token } from "../palette.ts";
import { runs } from "../../years.ts";
import type { LegendItem, MarkSpec, PlotSpec } from "../types.ts";
import type { TrendPoint } from "./trend.ts";

/**
 * Kecamatan trends: small multiples, one panel per indicator, the kecamatan's
 * series a strong line with dots and the regency's a grey line (none for
 * counts, whose regency figure is the sum of its kecamatan). Indicators have
 * different units, so each panel is scaled to its own lowest and highest value
 * (from zero when the values are spread widely) and shows no value axis; the
 * kecamatan's first and latest values are written at their dots instead (a
 * change in the last digit does not fill the panel: MIN_SPAN). The panels
 * share the years, so a year sits at the same place in every panel, unless an
 * indicator measured years before the others would squeeze the rest into a
 * corner; then each panel spans its own years, which its year labels say.
 * As in trend.ts, runs of consecutive years are joined, a missing year breaks
 * the line, a lone year is a dot, the two series are never joined to each
 * other, and provisional and estimated values are hollow.
 */
export interface TrendsPanel {
  readonly key: string;
  readonly title: string;
  /** "Seko: 46,4 % (2025)". */
  readonly caption: string;
  /** The kecamatan's values, oldest first. */
  readonly main: readonly TrendPoint[];
  /** The regency's values, oldest first; absent for counts. */
  readonly reference?: readonly TrendPoint[];
  readonly decimals: number;
}

export interface TrendsOptions {
  readonly locale: Locale;
  readonly labels: { readonly main: string; readonly reference: string; readonly provisional: string };
  readonly columns?: number;
  readonly width?: number;
}

/** Height of a panel's plotting area, the space above it for the title and caption, and below it for the years. */
const PANEL = 104;
const HEAD = 56;
const FOOT = 24;
const GAP_X = 28;
const MARGIN_X = 4;
/** Room at either end of a panel, so a year label centred under the first or last dot stays inside the chart. */
const INSET = 20;
/** The normalised values run from 0 to 1; room below and above for the value labels. */
const Y_DOMAIN: readonly [number, number] = [-0.3, 1.22];
const LABEL_DY = 13;
/** A panel spans at least this share of its largest value, so a change in the last digit does not fill it. */
const MIN_SPAN = 0.02;

const HOLLOW: ReadonlySet<Status> = new Set(["provisional", "estimate"]);

interface Cell {
  readonly col: number;
  readonly row: number;
}
/** A point placed in its panel: `u` the year from 0 to 1 across the panel's years, `v` the value from 0 to 1. */
type Placed = TrendPoint & Cell & { readonly u: number; readonly v: number; readonly run: number };
type Label = Placed & { readonly label: string; readonly anchor: "start" | "end"; readonly below: boolean };

export function trendsSpec(panels: readonly TrendsPanel[], options: TrendsOptions): PlotSpec {
  const { locale, labels, columns = panels.length > 1 ? 2 : 1, width = WIDTH } = options;
  const panelWidth = (width - 2 * MARGIN_X - (columns - 1) * GAP_X) / columns;
  const px = (u: number): number => INSET + u * (panelWidth - 2 * INSET);
  const py = (v: number): number => PANEL - ((v - Y_DOMAIN[0]) / (Y_DOMAIN[1] - Y_DOMAIN[0])) * PANEL;

  // The panels share their years, so a year sits at the same place in each; unless that would squeeze a panel
  // into less than half its width (one indicator measured years before the others): then each panel has its own.
  const spans = panels.map((p) => yearSpan([...p.main, ...(p.reference ?? [])]));
  const all = yearSpan(panels.flatMap((p) => [...p.main, ...(p.reference ?? [])]));
  const shared = spans.every(([a, b]) => b - a >= (all[1] - all[0]) / 2);

  const mainPts: Placed[] = [];
  const refPts: Placed[] = [];
  const valueLabels: Label[] = [];
  const heads: (Cell & { title: string; caption: string })[] = [];
  const tickData: (Cell & { u: number; year: number })[] = [];

  panels.forEach((p, i) => {
    const cell = { col: i % columns, row: Math.floor(i / columns) };
    const [x0, x1] = shared ? all : spans[i]!;
    const across = (year: number): number => (x1 === x0 ? 0.5 : (year - x0) / (x1 - x0));
    const values = [...p.main, ...(p.reference ?? [])].map((x) => x.value);
    let lo = Math.min(...values);
    let hi = Math.max(...values);
    // From zero when the values are spread widely relative to their level (trend.ts does the same); otherwise zoomed in.
    if (lo >= 0 && lo <= hi / 2) lo = 0;
    const least = MIN_SPAN * Math.max(Math.abs(lo), Math.abs(hi));
    if (hi - lo < least) [lo, hi] = [(lo + hi - least) / 2, (lo + hi + least) / 2];
    const norm = (value: number): number => (hi === lo ? 0.5 : (value - lo) / (hi - lo));
    const place = (points: readonly TrendPoint[], out: Placed[]): Placed[] => {
      const placed = runs(points).flatMap((r, run) => r.map((x) => ({ ...x, ...cell, u: across(x.year), v: norm(x.value), run })));
      out.push(...placed);
      return placed;
    };
    const main = place(p.main, mainPts);
    if (p.reference) place(p.reference, refPts);
    valueLabels.push(...endLabels(main, (x) => formatNumber(x.value, locale, p.decimals), px, py));
    heads.push({ ...cell, title: truncate(p.title, panelWidth, FONT), caption: truncate(p.caption, panelWidth, SMALL) });
    for (const year of yearTicks(x0, x1, (y) => px(across(y)))) tickData.push({ ...cell, u: across(year), year });
  });

  const rows = Math.ceil(panels.length / columns);
  const facet = { fx: "col", fy: "row" };
  const marks: MarkSpec[] = [
    { type: "ruleY", data: heads, options: { ...facet, y: Y_DOMAIN[0], stroke: color("grid") } },
    {
      type: "text",
      data: tickData,
      options: {
        ...facet,
        x: "u",
        text: (d: { year: number }) => String(d.year),
        frameAnchor: "bottom",
        lineAnchor: "top",
        dy: 5,
        fontSize: SMALL,
        fill: color("muted"),
      },
    },
    ...series(refPts, "comp1", 2, 2.5),
    ...series(mainPts, "main", 3, 3.5),
  ];
  const valueLabel = {
    ...facet,
    x: "u",
    y: "v",
    text: "label",
    fontSize: SMALL,
    fontWeight: 600,
    fill: color("main"),
    stroke: color("bg"),
    strokeWidth: 4,
  };
  for (const below of [false, true])
    for (const anchor of ["start", "end"] as const) {
      const data = valueLabels.filter((d) => d.below === below && d.anchor === anchor);
      if (data.length)
        marks.push({
          type: "text",
          data,
          options: { ...valueLabel, dy: below ? LABEL_DY : -LABEL_DY, textAnchor: anchor, dx: anchor === "start" ? -6 : 6 },
        });
    }
  marks.push(
    {
      type: "text",
      data: heads,
      options: { ...facet, text: "title", frameAnchor: "top-left", dy: -42, fontSize: FONT, fontWeight: 700, textAnchor: "start" },
    },
    {
      type: "text",
      data: heads,
      options: { ...facet, text: "caption", frameAnchor: "top-left", dy: -22, fontSize: SMALL, textAnchor: "start" },
    },
  );

  const legend: LegendItem[] = [{ label: labels.main, swatch: "line", color: color("main") }];
  if (refPts.length) legend.push({ label: labels.reference, swatch: "line", color: color("comp1") });
  if ([...mainPts, ...refPts].some((x) => HOLLOW.has(x.status)))
    legend.push({ label: labels.provisional, swatch: "hollow", color: color("main") });

  const step = panelWidth + GAP_X;
  const rowStep = PANEL + FOOT + HEAD;
  return {
    options: {
      width,
      height: HEAD + rows * PANEL + (rows - 1) * (FOOT + HEAD) + FOOT,
      marginTop: HEAD,
      marginBottom: FOOT,
      marginLeft: MARGIN_X,
      marginRight: MARGIN_X,
      x: { domain: [0, 1], axis: null, inset: INSET },
      y: { domain: [...Y_DOMAIN], axis: null },
      // A band scale of one facet would still take the inner padding off its only band.
      fx: {
        domain: Array.from({ length: columns }, (_, i) => i),
        axis: null,
        paddingInner: columns > 1 ? GAP_X / step : 0,
        paddingOuter: 0,
      },
      fy: {
        domain: Array.from({ length: rows }, (_, i) => i),
        axis: null,
        paddingInner: rows > 1 ? (FOOT + HEAD) / rowStep : 0,
        paddingOuter: 0,
      },
    },
    marks,
    legend,
  };
}

const yearSpan = (points: readonly { readonly year: number }[]): [number, number] => [
  Math.min(...points.map((p) => p.year)),
  Math.max(...points.map((p) => p.year)),
];

/**
 * The first and the latest value, each on the side of its dot away from the
 * line (below when the line climbs away from it; Y_DOMAIN leaves room for a
 * label below the lowest dot); when the two labels would meet, the first
 * changes side.
 */
function endLabels(main: readonly Placed[], text: (p: Placed) => string, px: (u: number) => number, py: (v: number) => number): Label[] {
  const first = main[0]!;
  const last = main.at(-1)!;
  const a = { ...first, label: text(first), anchor: "start" as const, below: (main[1]?.v ?? first.v) > first.v };
  const b = { ...last, label: text(last), anchor: "end" as const, below: (main.at(-2)?.v ?? last.v) > last.v };
  const y = (l: Label): number => py(l.v) + (l.below ? LABEL_DY : -LABEL_DY);
  const meet =
    px(a.u) - 6 + textWidth(a.label, SMALL) + 4 > px(b.u) + 6 - textWidth(b.label, SMALL) && Math.abs(y(a) - y(b)) < LABEL_DY + 4;
  return [meet ? { ...a, below: !a.below } : a, b];
}

/** One series over all panels: lines within runs of consecutive years (a run per panel and series, never across), solid and hollow dots. */
function series(points: readonly Placed[], token: Token, strokeWidth: number, r: number): MarkSpec[] {
  if (!points.length) return [];
  const facet = { fx: "col", fy: "row" };
  const marks: MarkSpec[] = [];
  const byRun = Map.groupBy(points, (x) => `${x.col}:${x.row}:${x.run}`);
  const joined = points.filter((x) => byRun.get(`${x.col}:${x.row}:${x.run}`)!.length > 1);
  if (joined.length)
    marks.push({ type: "line", data: joined, options: { ...facet, x: "u", y: "v", z: "run", stroke: color(token), strokeWidth } });
  const solid = points.filter((x) => !HOLLOW.has(x.status));
  const hollow = points.filter((x) => HOLLOW.has(x.status));
  if (solid.length) marks.push({ type: "dot", data: solid, options: { ...facet, x: "u", y: "v", r, fill: color(token) } });
  if (hollow.length)
    marks.push({
      type: "dot",
      data: hollow,
      options: { ...facet, x: "u", y: "v", r: r + 0.5, fill: color("bg"), stroke: color(token), strokeWidth: 2 },
    });
  return marks;
}

/** The first and the last year, and round years between them that leave room for their labels. */
function yearTicks(x0: number, x1: number, px: (year: number) => number): number[] {
  if (x0 === x1) return [x0];
  const room = textWidth("2000", SMALL) + 10;
  const out = [x0];
  for (const y of d3ticks(x0, x1, Math.min(4, x1 - x0)).filter(Number.isInteger))
    if (px(y) - px(out.at(-1)!) >= room && px(x1) - px(y) >= room) out.push(y);
  out.push(x1);
  return out;
}
