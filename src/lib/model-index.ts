import type { Action, Indicator, Model, Observation, Target } from "./data/types.ts";

/**
 * Lookups the charts and the pages need, built once per model. There are pages
 * and charts per kecamatan and per indicator, so no question may be answered
 * by scanning all observations again: with 1,500 kecamatan those scans made the
 * build quadratic (every kecamatan page scanning every kecamatan's values).
 */
export interface ModelIndex {
  /** Observations by indicator, then area; each list sorted by year (then period). */
  readonly obs: ReadonlyMap<string, ReadonlyMap<string, readonly Observation[]>>;
  /** Targets by indicator, then area; each list sorted by year. */
  readonly targets: ReadonlyMap<string, ReadonlyMap<string, readonly Target[]>>;
  readonly kecamatanCodes: ReadonlySet<string>;
  /** Indicators with values for kecamatan of the regency, in catalogue order. */
  readonly kecamatanIndicators: readonly Indicator[];
  readonly actionsByStrategy: ReadonlyMap<string, readonly Action[]>;
  readonly actionsByAgency: ReadonlyMap<string, readonly Action[]>;
  /** Actions placed in a kecamatan by code (regency-wide actions are not repeated here). */
  readonly actionsByKecamatan: ReadonlyMap<string, readonly Action[]>;
  readonly regencyWideActions: readonly Action[];
  /** Each action's place in the plan (its row order). */
  readonly actionPosition: ReadonlyMap<Action, number>;
}

const cache = new WeakMap<Model, ModelIndex>();

export function indexOf(model: Model): ModelIndex {
  let index = cache.get(model);
  if (!index) cache.set(model, (index = build(model)));
  return index;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function byIndicatorAndArea<T extends { indicator: string; area: string }>(
  rows: readonly T[],
  order: (a: T, b: T) => number,
): Map<string, Map<string, T[]>> {
  const out = new Map<string, Map<string, T[]>>();
  for (const row of rows) {
    let byArea = out.get(row.indicator);
    if (!byArea) out.set(row.indicator, (byArea = new Map()));
    push(byArea, row.area, row);
  }
  for (const byArea of out.values()) for (const list of byArea.values()) list.sort(order);
  return out;
}

function build(model: Model): ModelIndex {
  const obs = byIndicatorAndArea(model.observations, (a, b) => a.year - b.year || a.period.id.localeCompare(b.period.id));
  const targets = byIndicatorAndArea(model.targets, (a, b) => a.year - b.year || a.value - b.value);
  const kecamatanCodes = new Set(model.kecamatan.map((k) => k.code));
  const kecamatanIndicators = model.indicators.filter((i) => [...(obs.get(i.id)?.keys() ?? [])].some((a) => kecamatanCodes.has(a)));

  const actionsByStrategy = new Map<string, Action[]>();
  const actionsByAgency = new Map<string, Action[]>();
  const actionsByKecamatan = new Map<string, Action[]>();
  const regencyWideActions: Action[] = [];
  const actionPosition = new Map<Action, number>();
  for (const [i, a] of model.actions.entries()) {
    actionPosition.set(a, i);
    push(actionsByStrategy, a.strategy, a);
    push(actionsByAgency, a.agency, a);
    if (a.regencyWide) regencyWideActions.push(a);
    for (const code of a.locations) push(actionsByKecamatan, code, a);
  }
  return {
    obs,
    targets,
    kecamatanCodes,
    kecamatanIndicators,
    actionsByStrategy,
    actionsByAgency,
    actionsByKecamatan,
    regencyWideActions,
    actionPosition,
  };
}

export const observationsOf = (model: Model, indicator: string, area: string): readonly Observation[] =>
  indexOf(model).obs.get(indicator)?.get(area) ?? [];

export const targetsOf = (model: Model, indicator: string, area: string): readonly Target[] =>
  indexOf(model).targets.get(indicator)?.get(area) ?? [];
