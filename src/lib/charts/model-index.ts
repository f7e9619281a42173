import type { Action, Area, Indicator, Model, Observation, Target } from "../data/types.ts";

/**
 * Lookups the chart states need, built once per model. Charts exist per
 * kecamatan and per indicator, so every question here must be answered
 * without scanning all observations again: with 1,500 kecamatan the scans
 * would make the build quadratic.
 */
export interface ModelIndex {
  /** Observations by indicator, then area; each list sorted by year. */
  readonly obs: ReadonlyMap<string, ReadonlyMap<string, readonly Observation[]>>;
  readonly targets: ReadonlyMap<string, ReadonlyMap<string, readonly Target[]>>;
  readonly kecamatanCodes: ReadonlySet<string>;
  /** Indicators with values for kecamatan of the regency, in catalogue order. */
  readonly kecamatanIndicators: readonly Indicator[];
  readonly actionsByStrategy: ReadonlyMap<string, readonly Action[]>;
  readonly actionsByAgency: ReadonlyMap<string, readonly Action[]>;
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

function build(model: Model): ModelIndex {
  const obs = new Map<string, Map<string, Observation[]>>();
  for (const o of model.observations) {
    let byArea = obs.get(o.indicator);
    if (!byArea) obs.set(o.indicator, (byArea = new Map()));
    push(byArea, o.area, o);
  }
  for (const byArea of obs.values()) for (const list of byArea.values()) list.sort((a, b) => a.year - b.year || a.period.localeCompare(b.period));

  const targets = new Map<string, Map<string, Target[]>>();
  for (const t of model.targets) {
    let byArea = targets.get(t.indicator);
    if (!byArea) targets.set(t.indicator, (byArea = new Map()));
    push(byArea, t.area, t);
  }
  for (const byArea of targets.values()) for (const list of byArea.values()) list.sort((a, b) => a.year - b.year || a.value - b.value);

  const kecamatanCodes = new Set(model.kecamatan.map((k) => k.code));
  const kecamatanIndicators = model.indicators.filter((i) => [...(obs.get(i.id)?.keys() ?? [])].some((a) => kecamatanCodes.has(a)));

  const actionsByStrategy = new Map<string, Action[]>();
  const actionsByAgency = new Map<string, Action[]>();
  for (const a of model.actions) {
    push(actionsByStrategy, a.strategy, a);
    push(actionsByAgency, a.agency, a);
  }
  return { obs, targets, kecamatanCodes, kecamatanIndicators, actionsByStrategy, actionsByAgency };
}

export const observationsOf = (model: Model, indicator: string, area: string): readonly Observation[] =>
  indexOf(model).obs.get(indicator)?.get(area) ?? [];

export const targetsOf = (model: Model, indicator: string, area: string): readonly Target[] => indexOf(model).targets.get(indicator)?.get(area) ?? [];

/** Name of an area as people write it in the page's language. */
export const areaName = (area: Area, locale: "id" | "en"): string => area.name[locale];
