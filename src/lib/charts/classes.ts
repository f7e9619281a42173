import { ticks } from "d3";
import type { Locale } from "../data/types.ts";
import { formatNumber } from "../format.ts";
import { ramp } from "./palette.ts";

/**
 * Classes for a map: at most five, with round breaks (d3 ticks) so the legend
 * reads "10–15", not "10,37–14,82". Counts get whole-number classes.
 */
export interface Classes {
  readonly thresholds: readonly number[];
  readonly colors: readonly string[];
  readonly labels: readonly string[];
  classOf(value: number): number;
}

export function classify(
  values: readonly number[],
  locale: Locale,
  { decimals = 0, integer = false }: { decimals?: number; integer?: boolean } = {},
): Classes {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  let thresholds: number[] = [];
  if (integer && hi - lo <= 4) thresholds = Array.from({ length: hi - lo }, (_, i) => lo + i + 1);
  else
    for (let n = 5; n >= 1; n--) {
      thresholds = ticks(lo, hi, n).filter((t) => t > lo && t <= hi && (!integer || Number.isInteger(t)));
      if (thresholds.length <= 4) break;
    }
  const colors = ramp(thresholds.length + 1);
  const tickDecimals = Math.max(0, ...thresholds.map((t) => (String(t).split(".")[1] ?? "").length));
  const d = integer ? 0 : Math.min(decimals, tickDecimals);
  const fmt = (v: number): string => formatNumber(v, locale, d);
  const labels = colors.map((_, i) => {
    const from = i === 0 ? lo : thresholds[i - 1]!;
    const to = i === thresholds.length ? hi : thresholds[i]!;
    if (integer) {
      const a = from;
      const b = i === thresholds.length ? to : to - 1;
      return a === b ? fmt(a) : `${fmt(a)}–${fmt(b)}`;
    }
    return `${fmt(from)}–${fmt(to)}`;
  });
  return {
    thresholds,
    colors,
    labels,
    classOf: (v) => {
      let i = 0;
      while (i < thresholds.length && v >= thresholds[i]!) i++;
      return i;
    },
  };
}
