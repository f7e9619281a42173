import { useTranslations } from "../../../i18n/index.ts";
import type { Area, Indicator, Locale, Model, Observation, Source } from "../../data/types.ts";
import { formatList, formatNumber, formatValue } from "../../format.ts";
import { chartId } from "../../charts/ids.ts";
import { adjacency } from "../adjacency.ts";
import { compareToRegency, rankAmong, rankSentence } from "../compare.ts";
import { fill } from "../fill.ts";
import { kindLabel } from "../kind.ts";
import { actionsIn, kecamatanIndicators, kecamatanValues, latest } from "../query.ts";
import { indicatorPath, kecamatanPath, strategyPath } from "../routes.ts";
import { when } from "../sentences.ts";
import { actionRow, type ActionRow, type Link } from "./actions.ts";
import { chartIf, home, type Crumb } from "./common.ts";
import { chartPath } from "../../charts/files.ts";

/**
 * A kecamatan profile on the Census Reporter model: the facts with their year
 * and source, each indicator beside the regency with a plain comparison and a
 * rank, the actions located there, the neighbours.
 */

export interface SourceRef {
  readonly label: string;
  readonly url: string | undefined;
}

export interface ProfileItem {
  readonly label: string;
  /** Undefined shows the "no data yet" notice. */
  readonly value: string | undefined;
  readonly year: string | undefined;
  readonly sources: readonly SourceRef[];
  readonly kind: string | undefined;
}

export interface IndicatorRow {
  readonly id: string;
  readonly name: string;
  readonly path: string;
  readonly year: string;
  readonly value: string | undefined;
  readonly regency: string | undefined;
  readonly comparison: string | undefined;
  readonly rank: string | undefined;
  readonly kind: string;
  readonly sample: boolean;
  /** The page of this kecamatan's trend chart for the indicator, when there is one. */
  readonly trend: string | undefined;
}

export interface ActionGroup {
  readonly strategy: Link;
  /** Actions located in this kecamatan, in full. */
  readonly rows: readonly ActionRow[];
  /** Regency-wide actions, which reach every kecamatan: listed briefly, each linking to its row on the strategy page. */
  readonly wide: readonly ActionRow[];
}

export interface KecamatanView {
  readonly slug: string;
  readonly title: string;
  readonly name: string;
  readonly description: string;
  readonly crumbs: readonly Crumb[];
  readonly lead: string;
  readonly altNames: string | undefined;
  readonly note: string | undefined;
  readonly profile: readonly ProfileItem[];
  readonly indicators: readonly IndicatorRow[];
  readonly actions: readonly ActionGroup[];
  readonly actionCounts: { readonly here: number; readonly regencyWide: number };
  /** Undefined when there are no boundaries to compute neighbours from. */
  readonly neighbours: readonly Link[] | undefined;
  readonly charts: { readonly locator: string | undefined; readonly profile: string | undefined };
  /** What kind of numbers the profile figure shows: the kinds of its indicators. */
  readonly profileKind: string;
  readonly sample: boolean;
}

/** A publisher as a short label: "Dinas ... Sulsel (document on Scribd)" -> "Dinas ... Sulsel"; "cahyadsn/wilayah (GitHub, ...), compiled ..." -> "cahyadsn/wilayah". */
export const shortPublisher = (publisher: string): string => publisher.split(/ \(|, /)[0]!.trim();
const sourceRef = (s: Source | undefined): SourceRef[] => (s ? [{ label: shortPublisher(s.publisher), url: s.url }] : []);
const uniqueRefs = (refs: readonly SourceRef[]): SourceRef[] => refs.filter((r, i) => refs.findIndex((o) => o.label === r.label) === i);
const yearOf = (s: Source | undefined): string | undefined => s?.published?.slice(0, 4);

const neighbourCache = new WeakMap<Model, Map<string, string[]>>();
function neighboursOf(model: Model, code: string): string[] | undefined {
  if (!model.geo) return undefined;
  let adj = neighbourCache.get(model);
  if (!adj) neighbourCache.set(model, (adj = adjacency(model.geo.kecamatan)));
  return adj.get(code) ?? [];
}

/** The indicators compared across kecamatan: those with values for at least half of them in their latest year. */
export function comparableIndicators(model: Model): { indicator: Indicator; year: number; values: Map<string, Observation> }[] {
  return kecamatanIndicators(model).flatMap((indicator) => {
    const { year, values } = kecamatanValues(model, indicator.id);
    return year !== undefined && values.size * 2 >= model.kecamatan.length ? [{ indicator, year, values }] : [];
  });
}

function observed(model: Model, area: Area, id: string, label: string, locale: Locale): ProfileItem {
  const ind = model.indicatorById[id];
  const o = ind && latest(model, id, area.code);
  return {
    label,
    value: o && ind ? formatValue(o.value, ind, locale) : undefined,
    year: o && when(o, locale),
    sources: sourceRef(o && model.sourceById[o.source]),
    kind: o && ind ? kindLabel(ind, o.status, locale) : undefined,
  };
}

export function kecamatanView(model: Model, slug: string, locale: Locale): KecamatanView {
  const t = useTranslations(locale);
  const area = model.areaBySlug[slug];
  if (!area || area.level !== "kecamatan") throw new Error(`kecamatanView: no kecamatan "${slug}"`);
  const regency = model.regency.name[locale];
  const province = model.regency.parent ? model.areaByCode[model.regency.parent]?.name[locale] : undefined;
  const name = area.name[locale];
  const codeList = model.sourceById[area.sources[0] ?? ""];
  const admin = (label: string, value: number | string | undefined, kind = true): ProfileItem => ({
    label,
    value: value === undefined ? undefined : typeof value === "number" ? formatNumber(value, locale) : value,
    year: value === undefined ? undefined : yearOf(codeList),
    sources: value === undefined ? [] : sourceRef(codeList),
    kind: value === undefined || !kind ? undefined : t("kind.administrative"),
  });
  const capitalSources = area.sources.slice(1).map((id) => model.sourceById[id]).filter((s): s is Source => !!s && !/wilayah|bps-wilayah|archive/i.test(s.title));

  const indicators: IndicatorRow[] = comparableIndicators(model).map(({ indicator: ind, year, values }) => {
    const mine = values.get(area.code);
    const reg = model.observations.find((o) => o.indicator === ind.id && o.area === model.regency.code && o.year === year);
    const rank = mine && rankAmong(new Map([...values].map(([c, o]) => [c, o.value])), area.code, ind.better);
    return {
      id: ind.id,
      name: ind.short[locale],
      path: indicatorPath(ind.id),
      year: String(year),
      value: mine && formatValue(mine.value, ind, locale),
      regency: reg && formatValue(reg.value, ind, locale),
      comparison: mine && compareToRegency(mine.value, reg?.value, ind.unit, locale),
      rank: rank && rankSentence(rank, ind.better, locale),
      // The kind of figure it is; whether it is sample data is marked separately.
      kind: kindLabel(ind, mine?.status === "sample" ? undefined : mine?.status, locale),
      sample: mine?.status === "sample" || reg?.status === "sample",
      trend: chartIf(model, chartId.kecamatanTrend(slug, ind.id)) && chartPath(chartId.kecamatanTrend(slug, ind.id)),
    };
  });

  const located = actionsIn(model, area);
  const groups: ActionGroup[] = model.strategies.flatMap((s) => {
    const mine = located.filter((a) => a.strategy === s.id).sort((a, b) => a.id.localeCompare(b.id));
    if (!mine.length) return [];
    return [
      {
        strategy: { label: s.name[locale], path: strategyPath(s.id) },
        rows: mine.filter((a) => !a.regencyWide).map((a) => actionRow(model, a, locale)),
        wide: mine.filter((a) => a.regencyWide).map((a) => actionRow(model, a, locale)),
      },
    ];
  });
  const neighbours = neighboursOf(model, area.code);

  return {
    slug,
    name,
    title: fill(t("kec.title"), { name }),
    description: fill(t("kec.description"), { name, regency, n: model.kecamatan.length }),
    crumbs: [home(locale), { label: t("nav.kecamatan"), path: "kecamatan/" }],
    lead: fill(t(province ? "kec.lead" : "kec.leadNoProvince"), { n: model.kecamatan.length, regency, province: province ?? "" }),
    altNames: area.altNames.length ? fill(t("kec.altNames"), { names: formatList(area.altNames, locale) }) : undefined,
    note: area.note?.[locale],
    profile: [
      { label: t("kecamatan.capital"), value: area.capital, year: undefined, sources: area.capital ? uniqueRefs(capitalSources.flatMap(sourceRef)) : [], kind: undefined },
      observed(model, area, "luas-wilayah", t("kec.area"), locale),
      observed(model, area, "penduduk", t("kec.population"), locale),
      admin(t("kecamatan.desa"), area.desa),
      admin(t("kecamatan.kelurahan"), area.kelurahan),
      admin(t("kecamatan.codes"), `${area.code} / ${area.bpsCode ?? "–"}`, false),
    ],
    indicators,
    actions: groups,
    actionCounts: { here: located.filter((a) => !a.regencyWide).length, regencyWide: located.filter((a) => a.regencyWide).length },
    neighbours:
      neighbours &&
      neighbours
        .map((c) => model.areaByCode[c])
        .filter((k): k is Area => !!k)
        .map((k) => ({ label: k.name[locale], path: kecamatanPath(k.slug) }))
        .sort((a, b) => a.label.localeCompare(b.label, locale)),
    charts: { locator: chartIf(model, chartId.locator(slug)), profile: chartIf(model, chartId.profile(slug)) },
    profileKind: [...new Set(indicators.map((i) => i.kind))].join(", ") + (indicators.some((i) => i.sample) ? ` · ${t("kind.sample")}` : ""),
    sample: indicators.some((i) => i.sample) || located.some((a) => a.sample),
  };
}
