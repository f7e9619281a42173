import type { Action, Area, Indicator, Model, Observation, Period, Target } from "../data/types.ts";

/**
 * Small questions pages ask of the model. Pure functions over the frozen model;
 * results are new arrays, sorted the way pages show them.
 */

/** One series: an indicator in an area (and a survey period, when given), oldest year first. */
export function series(model: Model, indicator: string, area: string, period?: Period): Observation[] {
  return model.observations
    .filter((o) => o.indicator === indicator && o.area === area && (period === undefined || o.period === period))
    .sort((a, b) => a.year - b.year || a.period.localeCompare(b.period));
}

/** The latest value of a series, or undefined when there is none. */
export const latest = (model: Model, indicator: string, area: string, period?: Period): Observation | undefined =>
  series(model, indicator, area, period).at(-1);

export const targetsFor = (model: Model, indicator: string, area: string): Target[] =>
  model.targets.filter((t) => t.indicator === indicator && t.area === area).sort((a, b) => a.year - b.year);

/** Indicators that have values for kecamatan of this regency. */
export function kecamatanIndicators(model: Model): Indicator[] {
  const codes = new Set(model.kecamatan.map((k) => k.code));
  const ids = new Set(model.observations.filter((o) => codes.has(o.area)).map((o) => o.indicator));
  return model.indicators.filter((i) => ids.has(i.id));
}

/** Values of one indicator for every kecamatan in a year (the latest year with any, by default). */
export function kecamatanValues(model: Model, indicator: string, year?: number): { year: number | undefined; values: Map<string, Observation> } {
  const codes = new Set(model.kecamatan.map((k) => k.code));
  const rows = model.observations.filter((o) => o.indicator === indicator && codes.has(o.area));
  const y = year ?? rows.reduce<number | undefined>((m, o) => (m === undefined || o.year > m ? o.year : m), undefined);
  return { year: y, values: new Map(rows.filter((o) => o.year === y).map((o) => [o.area, o])) };
}

export const actionsOfStrategy = (model: Model, strategy: string): Action[] => model.actions.filter((a) => a.strategy === strategy);
export const actionsOfAgency = (model: Model, agency: string): Action[] => model.actions.filter((a) => a.agency === agency);

/** Actions located in a kecamatan, including those that cover the whole regency. */
export const actionsIn = (model: Model, kecamatan: Area): Action[] =>
  model.actions.filter((a) => a.regencyWide || a.locations.includes(kecamatan.code));

export const sum = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0);
