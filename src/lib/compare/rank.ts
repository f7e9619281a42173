import type { Better } from "../data/types.ts";

/**
 * The one rank convention of the site: rank 1 is the best value by the
 * indicator's `better` (the lowest when lower is better, the highest when
 * higher is better); for an indicator where neither direction is better,
 * rank 1 is the highest value. Ties share a rank ("1, 2, 2, 4"). Tables,
 * charts, sentences and preview cards all take ranks from here, and the
 * methodology page states the rule from the same UI strings (`rank.rule.*`).
 */
export interface Rank {
  readonly rank: number;
  /** How many areas were ranked. */
  readonly of: number;
}

/** Orders two values so that the better one (rank 1 side) comes first. */
export const byRank =
  (better: Better) =>
  (a: number, b: number): number =>
    better === "lower" ? a - b : b - a;

/** Competition ranks of every area at once, by the indicator's direction: one sort, not a scan per area. */
export function rankAll(values: ReadonlyMap<string, number>, better: Better): Map<string, Rank> {
  const order = byRank(better);
  const sorted = [...values].sort((a, b) => order(a[1], b[1]) || a[0].localeCompare(b[0]));
  const ranks = new Map<string, Rank>();
  sorted.forEach(([code, v], i) => {
    const previous = sorted[i - 1];
    ranks.set(code, { rank: previous && previous[1] === v ? ranks.get(previous[0])!.rank : i + 1, of: sorted.length });
  });
  return ranks;
}
