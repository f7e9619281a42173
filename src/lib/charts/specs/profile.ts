import { FONT, SMALL, WIDTH } from "../layout.ts";
import { color } from "../palette.ts";
import type { MarkSpec, PlotSpec } from "../types.ts";
import { capRanked, type RankedItem } from "./ranking.ts";

/**
 * Profile: small multiples, one panel per indicator, each the kecamatan as
 * columns sorted from the highest value, the highlighted kecamatan a strong,
 * outlined column, the regency value a dashed line. Indicators have different
 * units, so each panel is scaled to its own largest value and shows no axis;
 * the panel's text gives the highlighted value and its rank in words. With
 * many kecamatan a panel keeps the top, the bottom and the neighbours.
 */
export interface ProfilePanel {
  readonly key: string;
  readonly title: string;
  /** "Seko: 34,2 %", then on its own line "peringkat 1 dari 15" (a panel is half the chart wide). */
  readonly caption: string;
  readonly rank?: string;
  readonly items: readonly RankedItem[];
  /** Position of the highlighted kecamatan in `items`, when known (saves a search). */
  readonly index?: number;
  readonly reference?: number;
}

export interface ProfileOptions {
  readonly highlight: string;
  readonly columns?: number;
  readonly width?: number;
}

const PANEL = 132;
/** Room above each panel for its title, value and rank lines. */
const HEAD = 74;

export function profileSpec(panels: readonly ProfilePanel[], options: ProfileOptions): PlotSpec {
  const { highlight, columns = 2, width = WIDTH } = options;
  const bars: { panel: string; slot: number; value: number; key: string; col: number; row: number }[] = [];
  const gaps: { panel: string; slot: number; col: number; row: number }[] = [];
  const refs: { panel: string; value: number; col: number; row: number }[] = [];
  const texts: { panel: string; title: string; caption: string; rank: string; col: number; row: number }[] = [];
  let slots = 0;
  panels.forEach((p, i) => {
    const col = i % columns;
    const row = Math.floor(i / columns);
    // Items are sorted from the highest, so the scale needs only the two ends.
    const max = Math.max(Math.abs(p.items[0]?.value ?? 0), Math.abs(p.items.at(-1)?.value ?? 0), Math.abs(p.reference ?? 0)) || 1;
    const rows = capRanked(p.items, { max: 20, head: 6, tail: 4, around: 2, highlight, index: p.index });
    slots = Math.max(slots, rows.length);
    rows.forEach((r, slot) => {
      if (r.gap !== undefined) gaps.push({ panel: p.key, slot, col, row });
      else bars.push({ panel: p.key, slot, value: r.value / max, key: r.key, col, row });
    });
    if (p.reference !== undefined) refs.push({ panel: p.key, value: p.reference / max, col, row });
    texts.push({ panel: p.key, title: p.title, caption: p.caption, rank: p.rank ?? "", col, row });
  });
  const rowsCount = Math.ceil(panels.length / columns);
  const facet = { fx: "col", fy: "row" };
  const marks: MarkSpec[] = [
    { type: "barY", data: bars.filter((b) => b.key !== highlight), options: { ...facet, x: "slot", y: "value", fill: color("bar") } },
    {
      type: "barY",
      data: bars.filter((b) => b.key === highlight),
      options: { ...facet, x: "slot", y: "value", fill: color("main"), stroke: color("fg"), strokeWidth: 1.5 },
    },
    { type: "text", data: gaps, options: { ...facet, x: "slot", y: 0, text: () => "…", dy: -6, fontSize: FONT } },
    { type: "ruleY", data: refs, options: { ...facet, y: "value", stroke: color("fg"), strokeWidth: 1.5, strokeDasharray: "5,3" } },
    { type: "ruleY", data: texts, options: { ...facet, y: 0, stroke: color("muted") } },
    {
      type: "text",
      data: texts,
      options: { ...facet, text: "title", frameAnchor: "top-left", dy: -62, fontSize: FONT, fontWeight: 700, textAnchor: "start" },
    },
    {
      type: "text",
      data: texts,
      options: { ...facet, text: "caption", frameAnchor: "top-left", dy: -42, fontSize: SMALL, textAnchor: "start" },
    },
    {
      type: "text",
      data: texts.filter((x) => x.rank),
      options: { ...facet, text: "rank", frameAnchor: "top-left", dy: -24, fontSize: SMALL, textAnchor: "start" },
    },
  ];
  return {
    options: {
      width,
      height: rowsCount * (PANEL + HEAD) + 8,
      marginTop: HEAD,
      marginBottom: 8,
      marginLeft: 4,
      marginRight: 4,
      x: { domain: Array.from({ length: slots }, (_, i) => i), axis: null, padding: 0.15 },
      y: { domain: [0, 1.05], axis: null },
      fx: { domain: Array.from({ length: columns }, (_, i) => i), axis: null, padding: 0.1 },
      fy: { domain: Array.from({ length: rowsCount }, (_, i) => i), axis: null, padding: HEAD / (PANEL + HEAD) },
    },
    marks,
  };
}
