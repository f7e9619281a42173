import type { LegendItem } from "./types.ts";

/**
 * Sizes shared by every chart kind. Charts are designed at 560 px and scale
 * with the page (width 100%, height auto): on a 360 px phone everything is
 * drawn at about 0.6 times its size, so the type sizes below are large on
 * purpose (16 px becomes about 9.5 px there, and 18 px on a desktop).
 */
export const WIDTH = 560;
export const FONT = 16;
export const SMALL = 14.5;
export const LINE = 22;

/**
 * Plot does not measure text, and neither can we without a browser; this is
 * the width of a string in a sans-serif face, a little generous (0.56 em per
 * character on average, wider for capitals), used to size margins and wrap.
 */
export function textWidth(text: string, size = FONT): number {
  let em = 0;
  for (const ch of text) em += /[A-Z0-9MW%]/.test(ch) ? (ch === "M" || ch === "W" ? 0.85 : 0.62) : /[ .,:;'ijl|!]/.test(ch) ? 0.28 : 0.52;
  return em * size;
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
