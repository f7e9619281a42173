import type { Action, Area, Indicator, Model, Observation, Target } from "../data/types.ts";
import { indexOf, observationsOf, targetsOf } from "../model-index.ts";

/**
 * Small questions pages ask of the model, answered from the index built once
 * per model (src/lib/model-index.ts), so a page costs the same whether the
 * regency has 15 kecamatan or 1,500. Results are new arrays, sorted the way
 * pages show them.
 */

/** One series: an indicator in an area (and a survey period, by its id, when given), oldest year first. */
export function series(model: Model, indicator: string, area: string, period?: string): Observation[] {
  const all = observationsOf(model, indicator, area);
  return period === undefined ? [...all] : all.filter((o) => o.period.id === period);
}

/** The latest value of a series, or undefined when there is none. */
export function latest(model: Model, indicator: string, area: string, period?: string): Observation | undefined {
  const all = observationsOf(model, indicator, area);
  if (period === undefined) return all.at(-1);
  for (let i = all.length - 1; i >= 0; i--) if (all[i]!.period.id === period) return all[i];
  return undefined;
}

/** The value of a series in one year (the first period of that year when there are several). */
export const valueIn = (model: Model, indicator: string, area: string, year: number): Observation | undefined =>
  observationsOf(model, indicator, area).find((o) => o.year === year);

export const targetsFor = (model: Model, indicator: string, area: string): Target[] => [...targetsOf(model, indicator, area)];

/** Indicators that have values for kecamatan of this regency. */
export const kecamatanIndicators = (model: Model): Indicator[] => [...indexOf(model).kecamatanIndicators];

export const actionsOfStrategy = (model: Model, strategy: string): Action[] => [...(indexOf(model).actionsByStrategy.get(strategy) ?? [])];
export const actionsOfAgency = (model: Model, agency: string): Action[] => [...(indexOf(model).actionsByAgency.get(agency) ?? [])];

/** Actions located in a kecamatan, including those that cover the whole regency, in plan order. */
export function actionsIn(model: Model, kecamatan: Area): Action[] {
  const { actionsByKecamatan, regencyWideActions, actionPosition } = indexOf(model);
  return [...(actionsByKecamatan.get(kecamatan.code) ?? []), ...regencyWideActions].sort(
    (a, b) => actionPosition.get(a)! - actionPosition.get(b)!,
  );
}

export const sum = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0);
