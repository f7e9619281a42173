import type { LegendItem } from "./types.ts";

/**
 * Sizes shared by every chart kind. Charts are designed at 480 px and scale
 * with the page (width 100%, height auto). On a phone the chart runs to 6 px
 * from the screen's edges (charts.css), so on a 360 px phone everything is
 * drawn at 0.725 times its size and the type sizes below are large on
 * purpose: 16 px becomes 11.6 px there and 14.5 px 10.5 px. On a wider screen
 * a chart grows to at most 560 px (1.17 times, 18.7 px type), on its own page
 * and in an embed to 680 and 640 px.
 */
export const WIDTH = 480;
export const FONT = 16;
export const SMALL = 14.5;
export const LINE = 22;

/**
 * Plot does not measure text, and neither can we without a browser. This is
 * the width of a string in Arial's metrics (charts.css draws charts in Arial
 * or a phone's UI face of about the same widths), 4 % generous, used to size
 * margins, cut labels and wrap. Characters not listed count as wide as "n".
 */
const EM: Readonly<Record<string, number>> = Object.fromEntries(
  (
    [
      [" .,:;'!|ijlI", 0.278],
      ["frt()[]-", 0.333],
      ["csvxyzkJ", 0.5],
      ["m", 0.833],
      ["w", 0.722],
      ["ABEKPSVXY", 0.667],
      ["CDHNRU", 0.722],
      ["GOQ", 0.778],
      ["FTZL", 0.611],
      ["M", 0.833],
      ["W", 0.944],
      ["%", 0.889],
    ] as const
  ).flatMap(([chars, em]) => [...chars].map((c) => [c, em])),
);
export function textWidth(text: string, size = FONT): number {
  let em = 0;
  for (const ch of text) em += EM[ch] ?? 0.556;
  return em * size * 1.04;
}

/** Greedy word wrap to a width in pixels. */
export function wrap(text: string, width: number, size = FONT): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Shortens a label to fit a width, ending with an ellipsis. */
export function truncate(text: string, width: number, size = FONT): string {
  if (textWidth(text, size) <= width) return text;
  let out = text;
  while (out.length > 1 && textWidth(`${out}…`, size) > width) out = out.slice(0, -1);
  return `${out.trimEnd()}…`;
}

export interface PlacedLegendItem extends LegendItem {
  readonly x: number;
  readonly y: number;
}

const SWATCH = 22;
const GAP = 18;

/** Flows legend entries left to right, wrapping at the width; returns the positions and the height used. */
export function layoutLegend(items: readonly LegendItem[], width = WIDTH, left = 0): { items: PlacedLegendItem[]; height: number } {
  const placed: PlacedLegendItem[] = [];
  let x = left;
  let row = 0;
  for (const item of items) {
    const w = SWATCH + 6 + textWidth(item.label, SMALL);
    if (x > left && x + w > width) {
      row += 1;
      x = left;
    }
    placed.push({ ...item, x, y: row * LINE + LINE / 2 });
    x += w + GAP;
  }
  return { items: placed, height: items.length ? (row + 1) * LINE + 8 : 0 };
}
export const LEGEND_SWATCH = SWATCH;
