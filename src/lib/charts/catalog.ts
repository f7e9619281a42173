import type { Locale, Model } from "../data/types.ts";
import {
  agencyBudgetState,
  budgetAgencyState,
  budgetEntries,
  budgetFundingState,
  budgetStrategyState,
  realisationState,
} from "./state/budget.ts";
import { actionsMapEntries, actionsMapState, locatorEntries, locatorState, mapEntries, mapState } from "./state/maps.ts";
import { profileEntries, profileState } from "./state/profile.ts";
import { rankingEntries, rankingState } from "./state/ranking.ts";
import { trendEntries, trendState } from "./state/trend.ts";
import { kecamatanTrendsEntries, kecamatanTrendsState } from "./state/trends.ts";
import type { ChartEntry, ChartKind, ChartState } from "./types.ts";

/**
 * Every chart of the site, from the model: one list from which the chart
 * pages, embed pages, downloads and the sitemap are made. A candidate chart
 * whose state has nothing to draw is not in the catalogue, so no page and no
 * file exists for it; a page that still asks for it gets the notice.
 */
interface Kind {
  readonly entries: (model: Model) => ChartEntry[];
  readonly state: (model: Model, entry: ChartEntry, locale: Locale) => ChartState;
}

const byKind = (kind: ChartKind) => (model: Model) => budgetEntries(model).filter((e) => e.kind === kind);

/** Each kind: the charts it could make from the model, and the state of one. Order here is the catalogue's order. */
const KINDS: Readonly<Record<ChartKind, Kind>> = {
  trend: { entries: trendEntries, state: trendState },
  ranking: { entries: rankingEntries, state: rankingState },
  map: { entries: mapEntries, state: mapState },
  "actions-map": { entries: actionsMapEntries, state: actionsMapState },
  "budget-strategy": { entries: byKind("budget-strategy"), state: budgetStrategyState },
  "budget-agency": { entries: byKind("budget-agency"), state: budgetAgencyState },
  "budget-funding": { entries: byKind("budget-funding"), state: budgetFundingState },
  realisation: { entries: byKind("realisation"), state: realisationState },
  "agency-budget": { entries: byKind("agency-budget"), state: agencyBudgetState },
  locator: { entries: locatorEntries, state: locatorState },
  profile: { entries: profileEntries, state: profileState },
  "kecamatan-trends": { entries: kecamatanTrendsEntries, state: kecamatanTrendsState },
};

interface Catalogue {
  readonly candidates: ReadonlyMap<string, ChartEntry>;
  readonly charts: readonly ChartEntry[];
  readonly ids: ReadonlySet<string>;
  readonly states: Map<string, ChartState>;
}

const cache = new WeakMap<Model, Catalogue>();

function catalogue(model: Model): Catalogue {
  let c = cache.get(model);
  if (!c) {
    const candidates = new Map<string, ChartEntry>();
    for (const kind of Object.values(KINDS)) for (const e of kind.entries(model)) candidates.set(e.id, e);
    const states = new Map<string, ChartState>();
    const building = { candidates, charts: [] as ChartEntry[], ids: new Set<string>(), states };
    cache.set(model, building);
    building.charts = [...candidates.values()].filter((e) => !chartState(model, e.id, "id").empty);
    building.ids = new Set(building.charts.map((e) => e.id));
    c = building;
  }
  return c;
}

/** The charts that have data, in a stable order (by kind, then as the model lists their subjects). */
export const charts = (model: Model): readonly ChartEntry[] => catalogue(model).charts;

/** True when the chart exists (has data). Pages ask before placing a figure they could leave out. */
export const hasChart = (model: Model, id: string): boolean => catalogue(model).ids.has(id);

/**
 * The state of a chart in one language, computed once per build. Throws for
 * an id no chart kind produces: that is a typo in a page, not missing data.
 */
export function chartState(model: Model, id: string, locale: Locale): ChartState {
  const c = catalogue(model);
  const key = `${id}\u0000${locale}`;
  let state = c.states.get(key);
  if (!state) {
    const entry = c.candidates.get(id);
    if (!entry) throw new Error(`Unknown chart id "${id}". Use the functions in src/lib/charts/ids.ts to make chart ids.`);
    state = KINDS[entry.kind].state(model, entry, locale);
    c.states.set(key, state);
  }
  return state;
}
