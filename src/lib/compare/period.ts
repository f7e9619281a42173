import type { Observation, Status } from "../data/types.ts";

/**
 * The main period of a series, one rule for the whole site. A series keeps one
 * survey period: March figures are compared with March figures, never with
 * September ones. Yearly figures of different making (annual, mid-year,
 * census) count as one period. Charts, sentences, tables and preview cards
 * all take the series of an indicator through `mainSeries`, so "the latest
 * value" is the same figure everywhere. The groups, and which period belongs
 * to which, are the catalogue's (the categories of `observations.period`).
 */
export type PeriodGroup = string;

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
    const g = o.period.group.id;
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
    if (o.period.group.id !== group) continue;
    const had = byYear.get(o.year);
    // Within a group, the figure kept when a year has several is the period listed first in the catalogue.
    if (!had || o.period.rank < had.period.rank) byYear.set(o.year, o);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year).map((o) => ({ year: o.year, value: o.value, status: o.status, obs: o }));
}

/** A series in its main period (or the given group), one observation per year, oldest first. */
export function mainSeries(obs: readonly Observation[], group: PeriodGroup | undefined = mainGroup(obs)): Observation[] {
  return group === undefined ? [] : pointsIn(obs, group).map((p) => p.obs);
}

/** The one observation of a year that stands for it: the yearly figure when there is one, else the first period. */
export function yearValue(obs: readonly Observation[], year: number): Observation | undefined {
  const inYear = obs.filter((o) => o.year === year);
  return inYear.find((o) => o.period.group.yearly) ?? inYear[0];
}
