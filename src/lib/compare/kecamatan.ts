import type { Area, Indicator, Model, Observation } from "../data/types.ts";
import { indexOf, observationsOf } from "../model-index.ts";
import { yearValue } from "./period.ts";
import { byRank, rankAll, type Rank } from "./rank.ts";

/**
 * How the kecamatan compare on one indicator: the one answer every table,
 * chart, sentence and card on the site shows.
 *
 * The year compared is the latest year in which at least half the kecamatan
 * (and at least two) have a value, so a year with one stray figure does not
 * make a ranking of one or a map of blanks. Each kecamatan's value is its
 * figure of that year (the yearly one when a year has several periods); the
 * regency figure of the same year is the yardstick.
 */
export interface KecamatanComparison {
  readonly indicator: Indicator;
  readonly year: number;
  /** Each kecamatan's value in `year`, by code. */
  readonly values: ReadonlyMap<string, Observation>;
  /** The regency figure of `year`, when there is one. */
  readonly regency: Observation | undefined;
  /** Each kecamatan's rank among those with a value (see rank.ts for the convention). */
  readonly ranks: ReadonlyMap<string, Rank>;
  /** The kecamatan with a value, rank 1 first (ties in code order). */
  readonly ranked: readonly Area[];
  /** Each ranked kecamatan's index in `ranked`, by code. */
  readonly position: ReadonlyMap<string, number>;
  /** The kecamatan without a value in `year`. */
  readonly missing: readonly Area[];
}

const cache = new WeakMap<Model, Map<string, KecamatanComparison | undefined>>();

/** The comparison of one indicator across kecamatan, or undefined when too few kecamatan have values; computed once per model. */
export function kecamatanComparison(model: Model, indicator: string): KecamatanComparison | undefined {
  let byIndicator = cache.get(model);
  if (!byIndicator) cache.set(model, (byIndicator = new Map()));
  if (!byIndicator.has(indicator)) byIndicator.set(indicator, compute(model, indicator));
  return byIndicator.get(indicator);
}

/** Every indicator with a kecamatan comparison, in catalogue order. */
export const comparableIndicators = (model: Model): KecamatanComparison[] =>
  indexOf(model).kecamatanIndicators.flatMap((i) => kecamatanComparison(model, i.id) ?? []);

/** The year a comparison uses: the latest in which at least half the kecamatan, and at least two, have a value. */
export function comparisonYear(model: Model, indicator: string): number | undefined {
  const byArea = indexOf(model).obs.get(indicator);
  if (!byArea) return undefined;
  const counts = new Map<number, number>();
  for (const k of model.kecamatan)
    for (const y of new Set((byArea.get(k.code) ?? []).map((o) => o.year))) counts.set(y, (counts.get(y) ?? 0) + 1);
  const need = Math.max(2, Math.ceil(model.kecamatan.length / 2));
  const years = [...counts].filter(([, n]) => n >= need).map(([y]) => y);
  return years.length ? Math.max(...years) : undefined;
}

function compute(model: Model, id: string): KecamatanComparison | undefined {
  const indicator = model.indicatorById[id];
  const year = comparisonYear(model, id);
  if (!indicator || year === undefined) return undefined;
  const values = new Map<string, Observation>();
  const missing: Area[] = [];
  for (const k of model.kecamatan) {
    const o = yearValue(observationsOf(model, id, k.code), year);
    if (o) values.set(k.code, o);
    else missing.push(k);
  }
  const ranks = rankAll(new Map([...values].map(([code, o]) => [code, o.value])), indicator.better);
  const order = byRank(indicator.better);
  const ranked = model.kecamatan
    .filter((k) => values.has(k.code))
    .sort((a, b) => order(values.get(a.code)!.value, values.get(b.code)!.value) || a.code.localeCompare(b.code));
  const position = new Map(ranked.map((k, i) => [k.code, i]));
  return {
    indicator,
    year,
    values,
    regency: yearValue(observationsOf(model, id, model.regency.code), year),
    ranks,
    ranked,
    position,
    missing,
  };
}
