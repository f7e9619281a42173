import type { Area, Model, Observation, Unit } from "../data/types.ts";
import { indexOf, observationsOf } from "../model-index.ts";
import { PERIOD_GROUP } from "./series.ts";

/**
 * The kecamatan values of an indicator for one year, as rankings, maps and
 * profiles show them: the latest year in which at least half the kecamatan
 * (and at least two) have a value, so a year with one stray figure does not
 * make a map of blanks. The regency value of the same year comes along for the
 * reference line.
 */
export interface Snapshot {
  readonly year: number;
  readonly values: ReadonlyMap<string, Observation>;
  readonly regency: Observation | undefined;
  readonly missing: readonly Area[];
}

const cache = new WeakMap<Model, Map<string, Snapshot | undefined>>();

export function snapshot(model: Model, indicator: string): Snapshot | undefined {
  let byInd = cache.get(model);
  if (!byInd) cache.set(model, (byInd = new Map()));
  if (byInd.has(indicator)) return byInd.get(indicator);
  const result = compute(model, indicator);
  byInd.set(indicator, result);
  return result;
}

function compute(model: Model, indicator: string): Snapshot | undefined {
  const byArea = indexOf(model).obs.get(indicator);
  if (!byArea) return undefined;
  const counts = new Map<number, number>();
  for (const k of model.kecamatan) for (const y of new Set((byArea.get(k.code) ?? []).map((o) => o.year))) counts.set(y, (counts.get(y) ?? 0) + 1);
  const need = Math.max(2, Math.ceil(model.kecamatan.length / 2));
  const year = Math.max(...[...counts].filter(([, n]) => n >= need).map(([y]) => y));
  if (!Number.isFinite(year)) return undefined;
  const pick = (list: readonly Observation[]): Observation | undefined => {
    const inYear = list.filter((o) => o.year === year);
    return inYear.find((o) => PERIOD_GROUP[o.period] === "year") ?? inYear[0];
  };
  const values = new Map<string, Observation>();
  const missing: Area[] = [];
  for (const k of model.kecamatan) {
    const o = pick(byArea.get(k.code) ?? []);
    if (o) values.set(k.code, o);
    else missing.push(k);
  }
  return { year, values, regency: pick(observationsOf(model, indicator, model.regency.code)), missing };
}

/**
 * Counts (people, houses, families) add up: the regency figure is the sum of
 * its kecamatan, so it is no yardstick for one kecamatan and is not drawn as
 * a reference line. Rates and averages are.
 */
const COUNTS: ReadonlySet<Unit> = new Set(["persons", "thousand_persons", "million_persons", "households", "houses", "families", "customers", "km2"]);
export const isCount = (unit: Unit): boolean => COUNTS.has(unit);
