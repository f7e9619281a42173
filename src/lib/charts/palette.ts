/**
 * The chart colours, as CSS custom properties. Marks are drawn with
 * `var(--chart-…)` so an inline chart follows the page's colour scheme
 * (charts.css defines every token for light and dark); the standalone SVG and
 * the PNG, which have no page around them, get the light values substituted.
 *
 * One strong hue (blue) carries "this place", greys carry comparisons, an
 * orange marks targets, and ordered data (maps, funding sources) uses a
 * single-hue lightness ramp, which stays readable for colour-blind readers and
 * in greyscale print. Colour is never the only carrier: every series, bar and
 * area also has a text label, a dash pattern or a legend entry.
 */
export const TOKENS = {
  fg: { light: "#1a1a1a", dark: "#eeeeee" },
  muted: { light: "#595959", dark: "#a8a8a8" },
  bg: { light: "#ffffff", dark: "#111111" },
  grid: { light: "#e2e2e2", dark: "#333333" },
  main: { light: "#0b5cad", dark: "#7fb8ff" },
  comp1: { light: "#6e6e6e", dark: "#b4b4b4" },
  comp2: { light: "#8c8c8c", dark: "#8c8c8c" },
  target: { light: "#b35806", dark: "#f4a259" },
  bar: { light: "#a9a9a9", dark: "#6a6a6a" },
  planned: { light: "#d6d6d6", dark: "#3d3d3d" },
  nodata: { light: "#f0f0f0", dark: "#262626" },
  area: { light: "#e4e4e4", dark: "#2e2e2e" },
  sample: { light: "#8a4b00", dark: "#ffb86b" },
  seq1: { light: "#deebf7", dark: "#1d3557" },
  seq2: { light: "#9ecae1", dark: "#2f5f94" },
  seq3: { light: "#6baed6", dark: "#4f8fd0" },
  seq4: { light: "#3182bd", dark: "#8dbfee" },
  seq5: { light: "#08519c", dark: "#d2e6fb" },
} as const;

export type Token = keyof typeof TOKENS;

/** `var(--chart-main)`: the value a mark's fill or stroke takes. */
export const color = (token: Token): string => `var(--chart-${token})`;

/** The ordered ramp, lightest first in light mode (strongest last in both modes). */
export const RAMP: readonly Token[] = ["seq1", "seq2", "seq3", "seq4", "seq5"];

/** The ramp colours for `n` ordered classes (1 to 5), spread over the ramp. */
export function ramp(n: number): string[] {
  if (n <= 0) return [];
  if (n === 1) return [color("seq4")];
  return Array.from({ length: n }, (_, i) => color(RAMP[Math.round((i * (RAMP.length - 1)) / (n - 1))]!));
}

/** Replaces every `var(--chart-…)` and `currentColor` by its light value, for files that stand alone. */
export function resolveColors(svg: string): string {
  return svg
    .replace(/var\(--chart-([a-z0-9]+)\)/g, (m, name: string) => (name in TOKENS ? TOKENS[name as Token].light : m))
    .replace(/currentColor/g, TOKENS.fg.light);
}
