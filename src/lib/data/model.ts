import type { Cell } from "./cast.ts";
import type { Catalogue, TableResource } from "./catalogue.ts";
import type { TypedRow, ValidatedTable } from "./table.ts";
import type * as T from "./types.ts";

/** Makes a URL slug from a name: "Bone-Bone" -> "bone-bone", "Malangke Barat" -> "malangke-barat". */
export function slugify(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

const str = (r: TypedRow, k: string): string => r.values[k] as string;
const opt = (r: TypedRow, k: string): string | undefined => r.values[k] as string | undefined;
const num = (r: TypedRow, k: string): number => r.values[k] as number;
const optNum = (r: TypedRow, k: string): number | undefined => r.values[k] as number | undefined;
const strings = (r: TypedRow, k: string): readonly string[] => (r.values[k] as readonly string[] | undefined) ?? [];
const text = (r: TypedRow, k: string): T.Text => ({ id: str(r, `${k}_id`), en: str(r, `${k}_en`) });
const optText = (r: TypedRow, k: string): T.Text | undefined => {
  const id = opt(r, `${k}_id`);
  const en = opt(r, `${k}_en`);
  return id || en ? { id: id ?? en!, en: en ?? id! } : undefined;
};

/** Recursively freezes plain objects and arrays, so no page can change the model another page reads. */
export function deepFreeze<V>(value: V): V {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const indexBy = <V, K extends keyof V>(items: readonly V[], key: K): Record<string, V> =>
  Object.fromEntries(items.map((item) => [String(item[key]), item]));

/**
 * Builds the model from tables that passed validation. Rows are typed here
 * once; nothing downstream converts a cell again.
 */
export function buildModel(catalogue: Catalogue, tables: ReadonlyMap<string, ValidatedTable>, geo: T.Geo | undefined): T.Model {
  const rows = (name: string): readonly TypedRow[] => tables.get(name)?.rows ?? [];
  const { settings, lists } = catalogue;
  const fundingById = indexBy(lists.funding, "id");

  const areas: T.Area[] = rows("areas").map((r) => ({
    code: str(r, "code"),
    level: str(r, "level") as T.Level,
    parent: opt(r, "parent"),
    slug: slugify(str(r, "name")),
    name: { id: str(r, "name"), en: opt(r, "name_en") ?? str(r, "name") },
    altNames: (opt(r, "alt_names") ?? "")
      .split(";")
      .map((s) => s.trim())
      .filter(Boolean),
    bpsCode: opt(r, "bps_code"),
    capital: opt(r, "capital"),
    desa: optNum(r, "desa"),
    kelurahan: optNum(r, "kelurahan"),
    sources: strings(r, "source"),
    note: optText(r, "note"),
  }));
  const areaByCode = indexBy(areas, "code");
  const kecamatan = areas.filter((a) => a.level === "kecamatan" && a.parent === settings.regency).sort((a, b) => a.code.localeCompare(b.code));

  const strategies: T.Strategy[] = rows("strategies")
    .map((r) => ({
      id: str(r, "id"),
      order: num(r, "order"),
      name: text(r, "name"),
      short: text(r, "short"),
      summary: text(r, "summary"),
      sources: strings(r, "source"),
    }))
    .sort((a, b) => a.order - b.order);

  const indicators: T.Indicator[] = rows("indicators").map((r) => ({
    id: str(r, "id"),
    name: text(r, "name"),
    short: text(r, "short"),
    unit: lists.units[str(r, "unit")]!,
    decimals: num(r, "decimals"),
    better: str(r, "better") as T.Better,
    strategy: opt(r, "strategy"),
    family: opt(r, "family"),
    kind: str(r, "kind") as T.IndicatorKind,
    minimum: optNum(r, "minimum"),
    maximum: optNum(r, "maximum"),
    definition: text(r, "definition"),
    source: opt(r, "source"),
  }));

  const observations: T.Observation[] = rows("observations").map((r) => ({
    area: str(r, "area"),
    indicator: str(r, "indicator"),
    year: num(r, "year"),
    period: lists.periods[str(r, "period")]!,
    value: num(r, "value"),
    source: str(r, "source"),
    status: str(r, "status") as T.Status,
    note: optText(r, "note"),
  }));

  const targets: T.Target[] = rows("targets").map((r) => ({
    area: str(r, "area"),
    indicator: str(r, "indicator"),
    year: num(r, "year"),
    yearEnd: optNum(r, "year_end"),
    value: num(r, "value"),
    valueMax: optNum(r, "value_max"),
    document: str(r, "document"),
    source: str(r, "source"),
    note: optText(r, "note"),
  }));

  const sources: T.Source[] = rows("sources").map((r) => ({
    id: str(r, "id"),
    title: str(r, "title"),
    publisher: str(r, "publisher"),
    url: opt(r, "url"),
    published: opt(r, "published"),
    accessed: str(r, "accessed"),
  }));

  const agencies: T.Agency[] = rows("agencies").map((r) => ({
    id: str(r, "id"),
    short: str(r, "short"),
    name: text(r, "name"),
    sources: strings(r, "source"),
  }));

  const allActions: T.Action[] = rows("actions").map((r) => {
    const locations = strings(r, "locations");
    const regencyWide = locations.includes(settings.regency);
    return {
      id: str(r, "id"),
      year: num(r, "year"),
      strategy: str(r, "strategy"),
      agency: str(r, "agency"),
      programme: text(r, "programme"),
      activity: text(r, "activity"),
      targetGroup: text(r, "target_group"),
      locations: regencyWide ? [] : [...locations].sort(),
      regencyWide,
      output: text(r, "output"),
      outputTarget: num(r, "output_target"),
      outputUnit: text(r, "output_unit"),
      budget: num(r, "budget"),
      funding: fundingById[str(r, "funding")]!,
      realisedBudget: optNum(r, "realised_budget"),
      realisedOutput: optNum(r, "realised_output"),
      status: str(r, "status") as T.ActionStatus,
      sample: str(r, "data_status") === "sample",
      source: opt(r, "source"),
      note: optText(r, "note"),
    };
  });

  const { plans, planYear, actions } = plansOf(allActions, settings.planYear);

  const published: T.PublishedTable[] = catalogue.resources
    .filter((r): r is TableResource => r.kind === "table")
    .map((res) => ({
      name: res.name,
      path: res.path,
      title: res.title,
      fields: res.schema.fields.map((f) => ({ name: f.name, type: f.type, description: f.description })),
      rows: rows(res.name).map((r) => r.values as Readonly<Record<string, Cell>>),
    }));

  return deepFreeze({
    settings,
    catalogue: { name: catalogue.name, title: catalogue.title, version: catalogue.version },
    regency: areaByCode[settings.regency]!,
    comparisons: settings.comparisons.map((c) => areaByCode[c]!).filter(Boolean),
    kecamatan,
    areas,
    strategies,
    indicators,
    observations,
    targets,
    sources,
    agencies,
    actions,
    planYear,
    plans,
    geo,
    tables: published,
    areaByCode,
    areaBySlug: indexBy(areas, "slug"),
    indicatorById: indexBy(indicators, "id"),
    strategyById: indexBy(strategies, "id"),
    sourceById: indexBy(sources, "id"),
    agencyById: indexBy(agencies, "id"),
    units: lists.units,
    periods: lists.periods,
    funding: lists.funding,
  });
}

/**
 * The one place where actions are split by year: every plan year with its actions (oldest first), the
 * current year (the settings' `planYear` when named, else the latest), and the current plan's actions,
 * which are all that the site shows as "the plan". The data check guarantees there is a year to use
 * (src/lib/data/rules.ts, checkPlanYears).
 */
export function plansOf(actions: readonly T.Action[], named: number | undefined): { plans: T.Plan[]; planYear: number; actions: readonly T.Action[] } {
  const byYear = new Map<number, T.Action[]>();
  for (const a of actions) {
    const list = byYear.get(a.year);
    if (list) list.push(a);
    else byYear.set(a.year, [a]);
  }
  const plans = [...byYear].sort(([a], [b]) => a - b).map(([year, list]) => ({ year, actions: list }));
  const planYear = named ?? plans.at(-1)?.year;
  if (planYear === undefined) throw new Error("buildModel: no plan year (the data check refuses an empty actions.csv without lentera.planYear)");
  return { plans, planYear, actions: byYear.get(planYear) ?? [] };
}
