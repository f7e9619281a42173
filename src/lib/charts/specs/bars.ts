import type { Locale } from "../../data/types.ts";
import { formatRupiahShort } from "../../format.ts";
import { FONT, SMALL, WIDTH, textWidth, truncate } from "../layout.ts";
import { color } from "../palette.ts";
import type { LegendItem, MarkSpec, PlotSpec } from "../types.ts";

/**
 * Budget bars: one horizontal bar per category (strategy, agency, funding
 * source), largest first, optionally stacked by a second key (the funding
 * source) with a legend, and the total written at the end in words people
 * say (Rp1,58 miliar). Stacks are computed here rather than by Plot's stack
 * transform, so the spec is plain data a test can read.
 */
export interface BarSegment {
  readonly category: string;
  readonly label: string;
  readonly stack?: string;
  readonly value: number;
}

export interface StackedOptions {
  readonly locale: Locale;
  /** Order and colour of the stack keys, with their legend labels. */
  readonly stacks?: readonly { readonly key: string; readonly label: string; readonly color: string }[];
  readonly width?: number;
}

const BAR = 30;
/** Row labels: at most this wide, then cut with an ellipsis; 8 px to spare beyond the estimated width (textWidth is an estimate). */
const LABEL_MAX = 200;

export function stackedBarsSpec(segments: readonly BarSegment[], options: StackedOptions): PlotSpec {
  const { locale, stacks = [], width = WIDTH } = options;
  const totals = new Map<string, { label: string; total: number }>();
  for (const s of segments) {
    const t = totals.get(s.category) ?? { label: s.label, total: 0 };
    totals.set(s.category, { label: t.label, total: t.total + s.value });
  }
  const order = [...totals].sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0])).map(([k]) => k);
  const stackIndex = new Map(stacks.map((s, i) => [s.key, i]));
  const rects: { category: string; x1: number; x2: number; fill: string }[] = [];
  for (const category of order) {
    let x = 0;
    const parts = segments
      .filter((s) => s.category === category)
      .sort((a, b) => (stackIndex.get(a.stack ?? "") ?? 0) - (stackIndex.get(b.stack ?? "") ?? 0));
    for (const p of parts) {
      rects.push({ category, x1: x, x2: x + p.value, fill: stacks[stackIndex.get(p.stack ?? "") ?? -1]?.color ?? color("main") });
      x += p.value;
    }
  }
  const max = Math.max(1, ...[...totals.values()].map((t) => t.total));
  const labelWidth = Math.min(LABEL_MAX, Math.max(...[...totals.values()].map((t) => textWidth(t.label, FONT)))) + 16;
  const valueRoom = Math.max(...[...totals.values()].map((t) => textWidth(formatRupiahShort(t.total, locale), SMALL))) + 12;
  const names = new Map([...totals].map(([k, t]) => [k, truncate(t.label, labelWidth - 16, FONT)]));
  const marks: MarkSpec[] = [
    { type: "axisY", options: { tickSize: 0, tickPadding: 8, fontSize: FONT, label: null, tickFormat: (k: string) => names.get(k) } },
    {
      type: "rect",
      data: rects,
      options: { y: "category", x1: "x1", x2: "x2", fill: "fill", stroke: color("bg"), strokeWidth: 1, insetTop: 0, insetBottom: 0 },
    },
    {
      type: "text",
      data: order.map((k) => ({ category: k, total: totals.get(k)!.total })),
      options: {
        y: "category",
        x: "total",
        text: (d: { total: number }) => formatRupiahShort(d.total, locale),
        textAnchor: "start",
        dx: 6,
        fontSize: SMALL,
      },
    },
    { type: "ruleX", data: [0], options: { stroke: color("muted") } },
  ];
  const used = new Set(segments.map((s) => s.stack));
  const legend: LegendItem[] = stacks.filter((s) => used.has(s.key)).map((s) => ({ label: s.label, swatch: "rect", color: s.color }));
  return {
    options: {
      width,
      height: order.length * BAR + 16,
      marginLeft: labelWidth,
      marginRight: valueRoom,
      marginTop: 8,
      marginBottom: 8,
      x: { domain: [0, max], axis: null },
      y: { domain: order, padding: 0.2, axis: null },
      color: { type: "identity" },
    },
    marks,
    legend: legend.length > 1 ? legend : [],
  };
}

/**
 * Planned against realised: a light bar for the budget and, on it, a strong
 * bar for what was spent, with the share written at the end. A category with
 * nothing spent yet says so in words.
 */
export interface ProgressRow {
  readonly key: string;
  readonly label: string;
  readonly planned: number;
  readonly realised: number | undefined;
}

export interface ProgressOptions {
  readonly locale: Locale;
  readonly format: (row: ProgressRow) => string;
  readonly legend: { readonly planned: string; readonly realised: string };
  readonly width?: number;
}

export function progressSpec(rows: readonly ProgressRow[], options: ProgressOptions): PlotSpec {
  const { format, legend, width = WIDTH } = options;
  const max = Math.max(1, ...rows.map((r) => Math.max(r.planned, r.realised ?? 0)));
  const labelWidth = Math.min(LABEL_MAX, Math.max(...rows.map((r) => textWidth(r.label, FONT)))) + 16;
  const valueRoom = Math.max(...rows.map((r) => textWidth(format(r), SMALL))) + 12;
  const names = new Map(rows.map((r) => [r.key, truncate(r.label, labelWidth - 16, FONT)]));
  const marks: MarkSpec[] = [
    { type: "axisY", options: { tickSize: 0, tickPadding: 8, fontSize: FONT, label: null, tickFormat: (k: string) => names.get(k) } },
    { type: "barX", data: rows, options: { y: "key", x: "planned", fill: color("planned"), stroke: color("muted"), strokeWidth: 1 } },
    {
      type: "barX",
      data: rows.filter((r) => r.realised),
      options: { y: "key", x: "realised", fill: color("main"), insetTop: 5, insetBottom: 5 },
    },
    {
      type: "text",
      data: rows,
      options: {
        y: "key",
        x: (r: ProgressRow) => Math.max(r.planned, r.realised ?? 0),
        text: format,
        textAnchor: "start",
        dx: 6,
        fontSize: SMALL,
      },
    },
    { type: "ruleX", data: [0], options: { stroke: color("muted") } },
  ];
  return {
    options: {
      width,
      height: rows.length * BAR + 16,
      marginLeft: labelWidth,
      marginRight: valueRoom,
      marginTop: 8,
      marginBottom: 8,
      x: { domain: [0, max], axis: null },
      y: { domain: rows.map((r) => r.key), padding: 0.2, axis: null },
    },
    marks,
    legend: [
      { label: legend.planned, swatch: "rect", color: color("planned") },
      { label: legend.realised, swatch: "rect", color: color("main") },
    ],
  };
}

/**
 * Shares per row and measure (budget spent, output delivered), as bars on a
 * 0–100 % track in side-by-side panels; an empty share is written as words.
 */
export interface ShareRow {
  readonly key: string;
  readonly label: string;
  readonly measure: string;
  /** 0–1 and above; undefined when nothing is recorded yet. */
  readonly share: number | undefined;
}

export interface SharesOptions {
  readonly measures: readonly { readonly key: string; readonly label: string }[];
  readonly formatShare: (share: number) => string;
  readonly none: string;
  readonly width?: number;
}

const INSIDE = 0.3;

export function sharesSpec(rows: readonly ShareRow[], options: SharesOptions): PlotSpec {
  const { measures, formatShare, none, width = WIDTH } = options;
  const keys = [...new Set(rows.map((r) => r.key))];
  const labels = new Map(rows.map((r) => [r.key, r.label]));
  const labelWidth = Math.min(LABEL_MAX, Math.max(...rows.map((r) => textWidth(r.label, SMALL)))) + 14;
  const names = new Map([...labels].map(([k, l]) => [k, truncate(l, labelWidth - 14, SMALL)]));
  const track = keys.flatMap((key) => measures.map((m) => ({ key, measure: m.key })));
  const marks: MarkSpec[] = [
    { type: "axisY", options: { tickSize: 0, tickPadding: 6, fontSize: SMALL, label: null, tickFormat: (k: string) => names.get(k) } },
    {
      type: "axisFx",
      options: { label: null, fontSize: FONT, anchor: "top", tickFormat: (k: string) => measures.find((m) => m.key === k)?.label ?? k },
    },
    { type: "barX", data: track, options: { y: "key", fx: "measure", x: () => 1, fill: color("planned") } },
    {
      type: "barX",
      data: rows.filter((r) => r.share !== undefined),
      options: { y: "key", fx: "measure", x: (r: ShareRow) => Math.min(1, r.share!), fill: color("main") },
    },
    // Shares written inside long bars (in the background colour) and after short ones.
    {
      type: "text",
      data: rows.filter((r) => r.share !== undefined && r.share >= INSIDE),
      options: {
        y: "key",
        fx: "measure",
        x: (r: ShareRow) => Math.min(1, r.share!),
        text: (r: ShareRow) => formatShare(r.share!),
        textAnchor: "end",
        dx: -5,
        fontSize: SMALL,
        fill: color("bg"),
      },
    },
    {
      type: "text",
      data: rows.filter((r) => r.share === undefined || r.share < INSIDE),
      options: {
        y: "key",
        fx: "measure",
        x: (r: ShareRow) => r.share ?? 0,
        text: (r: ShareRow) => (r.share === undefined ? none : formatShare(r.share)),
        textAnchor: "start",
        dx: 5,
        fontSize: SMALL,
      },
    },
  ];
  return {
    options: {
      width,
      height: keys.length * 26 + 44,
      marginLeft: labelWidth,
      marginRight: 8,
      marginTop: 36,
      marginBottom: 8,
      x: { domain: [0, 1], axis: null },
      y: { domain: keys, padding: 0.2, axis: null },
      fx: { domain: measures.map((m) => m.key), padding: 0.08 },
    },
    marks,
  };
}
