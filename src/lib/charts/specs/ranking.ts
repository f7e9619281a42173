import type { Locale } from "../../data/types.ts";
import { formatNumber } from "../../format.ts";
import { FONT, SMALL, WIDTH, textWidth, truncate } from "../layout.ts";
import { color } from "../palette.ts";
import type { MarkSpec, PlotSpec } from "../types.ts";
import { unitLabel } from "./trend.ts";

/**
 * Ranking: kecamatan as horizontal bars, highest first, each with its value
 * written at the end, the regency value as a dashed reference line. The
 * highlighted kecamatan (on its own page) is the one coloured bar, with its
 * name in bold. With more than `max` kecamatan only the top, the bottom and
 * the highlighted one's neighbours are drawn, with a line saying how many are
 * left out, so the chart's size does not grow with the regency.
 */
export interface RankedItem {
  readonly key: string;
  readonly label: string;
  readonly value: number;
}

export type RankedRow =
  | (RankedItem & { readonly rank: number; readonly gap?: undefined })
  | { readonly key: string; readonly gap: number; readonly label: string };

/**
 * Top `head`, bottom `tail` and `around` neighbours of the highlighted item,
 * with gap rows for what is left out. Touches only the rows it keeps (and
 * finds the highlighted one through `index` when given), so a profile of
 * each of 1,500 kecamatan stays linear overall.
 */
export function capRanked(
  items: readonly RankedItem[],
  {
    max = 20,
    head = 8,
    tail = 5,
    around = 2,
    highlight,
    index,
  }: { max?: number; head?: number; tail?: number; around?: number; highlight?: string; index?: number } = {},
): RankedRow[] {
  if (items.length <= max) return items.map((it, i) => ({ ...it, rank: i + 1 }));
  const keep = new Set<number>();
  for (let i = 0; i < head; i++) keep.add(i);
  for (let i = items.length - tail; i < items.length; i++) keep.add(i);
  const h = index ?? (highlight === undefined ? -1 : items.findIndex((r) => r.key === highlight));
  if (h >= 0) for (let i = Math.max(0, h - around); i <= Math.min(items.length - 1, h + around); i++) keep.add(i);
  const out: RankedRow[] = [];
  let previous = -1;
  for (const i of [...keep].sort((a, b) => a - b)) {
    if (i - previous > 1) out.push({ key: `gap-${i}`, gap: i - previous - 1, label: "" });
    out.push({ ...items[i]!, rank: i + 1 });
    previous = i;
  }
  return out;
}

export interface RankingOptions {
  readonly locale: Locale;
  readonly decimals?: number;
  readonly unit?: string;
  readonly reference?: { readonly label: string; readonly value: number };
  readonly highlight?: string;
  /** Text of a gap row, given the number of kecamatan left out: "… 1.480 kecamatan lain". */
  readonly gapLabel?: (n: number) => string;
  readonly max?: number;
  readonly width?: number;
}

const BAR = 26;

export function rankingSpec(items: readonly RankedItem[], options: RankingOptions): PlotSpec {
  const { locale, decimals = 0, unit = "", reference, highlight, gapLabel = (n: number) => `… ${n}`, max = 20, width = WIDTH } = options;
  const rows = capRanked(items, { max, highlight }).map((r) => (r.gap ? { ...r, label: gapLabel(r.gap) } : r));
  const bars = rows.filter((r): r is RankedItem & { rank: number } => !r.gap);
  const labelWidth = Math.min(200, Math.max(...rows.map((r) => textWidth(r.label, FONT) + (r.key === highlight ? 14 : 0)))) + 16;
  const fmt = (v: number): string => formatNumber(v, locale, decimals);
  const values = [...bars.map((b) => b.value), ...(reference ? [reference.value] : [])];
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const valueRoom = Math.max(...bars.map((b) => textWidth(fmt(b.value), SMALL))) + 10;
  const marginTop = reference ? 40 : 30;
  const height = rows.length * BAR + marginTop + 8;
  const names = new Map(rows.map((r) => [r.key, r.key === highlight ? `▸ ${r.label}` : r.label]));
  const y = { domain: rows.map((r) => r.key), tickFormat: (k: string) => truncate(names.get(k)!, labelWidth - 16, FONT), padding: 0.25 };
  const valueText = {
    y: "key",
    x: "value",
    text: (b: RankedItem) => fmt(b.value),
    textAnchor: "start",
    dx: 5,
    fontSize: SMALL,
    fill: color("fg"),
    stroke: color("bg"),
    strokeWidth: 3,
  };
  const focus = bars.filter((b) => b.key === highlight);
  const marks: MarkSpec[] = [
    { type: "axisY", options: { tickSize: 0, tickPadding: 8, fontSize: FONT, label: null, tickFormat: y.tickFormat } },
    {
      type: "barX",
      data: bars,
      options: {
        y: "key",
        x: "value",
        fill: (b: RankedItem) => (highlight === undefined ? color("main") : b.key === highlight ? color("main") : color("bar")),
      },
    },
    unitLabel(unit, labelWidth),
  ];
  if (lo < 0) marks.push({ type: "ruleX", data: [0], options: { stroke: color("muted") } });
  // The reference line goes under the value labels, whose halo keeps them legible where it crosses.
  if (reference)
    marks.push({
      type: "ruleX",
      data: [reference.value],
      options: { stroke: color("fg"), strokeWidth: 1.5, strokeDasharray: "5,3", insetTop: -6 },
    });
  if (focus.length)
    marks.push({ type: "barX", data: focus, options: { y: "key", x: "value", fill: "none", stroke: color("fg"), strokeWidth: 1.5 } });
  marks.push({ type: "text", data: bars.filter((b) => b.key !== highlight), options: valueText });
  if (focus.length) marks.push({ type: "text", data: focus, options: { ...valueText, fontWeight: 700 } });
  if (reference)
    marks.push({
      type: "text",
      data: [reference],
      options: {
        x: "value",
        frameAnchor: "top",
        text: (r: { label: string; value: number }) => `${r.label} ${fmt(r.value)}`,
        dy: -12,
        fontSize: SMALL,
        fontWeight: 600,
        fill: color("fg"),
        stroke: color("bg"),
        strokeWidth: 3,
      },
    });
  return {
    options: {
      width,
      height,
      marginLeft: labelWidth,
      marginRight: valueRoom + 4,
      marginTop,
      marginBottom: 8,
      x: { domain: [lo, hi], nice: false, axis: null },
      y: { domain: y.domain, padding: y.padding, axis: null },
      color: { type: "identity" },
    },
    marks,
  };
}
