import type { Observation, Period, Status } from "../data/types.ts";

/**
 * Time series as charts draw them. A series keeps one survey period: March
 * figures are compared with March figures, never with September ones. Yearly
 * figures of different making (annual, mid-year, census) count as one period.
 * Missing years are gaps: a series is split into runs of consecutive years,
 * and a run of one year is drawn as a dot, never bridged by a line.
 */
export type PeriodGroup = "march" | "september" | "august" | "year";

export const PERIOD_GROUP: Readonly<Record<Period, PeriodGroup>> = {
  march: "march",
  september: "september",
  august: "august",
  annual: "year",
  midyear: "year",
  census: "year",
};

/** Within the yearly group, the figure kept when a year has several. */
const PREFERENCE: readonly Period[] = ["march", "september", "august", "annual", "midyear", "census"];

export interface Point {
  readonly year: number;
  readonly value: number;
  readonly status: Status;
  readonly obs: Observation;
}

/** The period group with the most values; on a tie, the one with the latest value. */
export function mainGroup(obs: readonly Observation[]): PeriodGroup | undefined {
  const stats = new Map<PeriodGroup, { n: number; last: number }>();
  for (const o of obs) {
    const g = PERIOD_GROUP[o.period];
    const s = stats.get(g) ?? { n: 0, last: -Infinity };
    stats.set(g, { n: s.n + 1, last: Math.max(s.last, o.year) });
  }
  let best: PeriodGroup | undefined;
  for (const [g, s] of stats) {
    const b = best && stats.get(best)!;
    if (!b || s.n > b.n || (s.n === b.n && s.last > b.last)) best = g;
  }
  return best;
}

/** The values of one period group, one per year, oldest first. */
export function pointsIn(obs: readonly Observation[], group: PeriodGroup): Point[] {
  const byYear = new Map<number, Observation>();
  for (const o of obs) {
    if (PERIOD_GROUP[o.period] !== group) continue;
    const had = byYear.get(o.year);
    if (!had || PREFERENCE.indexOf(o.period) < PREFERENCE.indexOf(had.period)) byYear.set(o.year, o);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year).map((o) => ({ year: o.year, value: o.value, status: o.status, obs: o }));
}

/** Splits a series into runs of consecutive years. */
export function runs<P extends { readonly year: number }>(points: readonly P[]): P[][] {
  const out: P[][] = [];
  for (const p of points) {
    const run = out.at(-1);
    if (run && p.year === run.at(-1)!.year + 1) run.push(p);
    else out.push([p]);
  }
  return out;
}

/** The years missing between the first and the last value. */
export function missingYears(points: readonly { readonly year: number }[]): number[] {
  const have = new Set(points.map((p) => p.year));
  const out: number[] = [];
  for (let y = points[0]?.year ?? 0; y < (points.at(-1)?.year ?? 0); y++) if (!have.has(y)) out.push(y);
  return out;
}

/** 2008–2012, 2014 (ranges of consecutive years, with an en dash). */
export function yearRanges(years: readonly number[]): string {
  return runs(years.map((year) => ({ year })))
    .map((r) => (r.length === 1 ? `${r[0]!.year}` : `${r[0]!.year}–${r.at(-1)!.year}`))
    .join(", ");
}
