import { useTranslations } from "../../../i18n/index.ts";
import { placeWords, type PlaceWords } from "../../place.ts";
import type { Area, Locale, Model } from "../../data/types.ts";
import { formatList, formatValue } from "../../format.ts";
import { chartState } from "../../charts/catalog.ts";
import { chartId } from "../../charts/ids.ts";
import { adjacency } from "../adjacency.ts";
import { comparableIndicators, compareToRegency, rankSentence } from "../../compare/index.ts";
import { fill } from "../../../i18n/fill.ts";
import { kindLabel } from "../kind.ts";
import { actionsIn } from "../query.ts";
import { actionRow, type ActionRow, type Link } from "./actions.ts";
import { planYearsLine, type PlanYearsLine } from "./plan.ts";
import { kecamatanProfile, type ProfileItem } from "./profile.ts";
import { chartIf, home, type Crumb, sampleNotice, type ChartRef } from "./common.ts";
import { pathOf } from "../../routing/paths.ts";

/**
 * A kecamatan profile on the Census Reporter model: the facts with their year
 * and source (profile.ts), each indicator beside the regency with a plain
 * comparison and a rank, the actions located there, the neighbours.
 */
export type { ProfileItem };

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
}

export interface ActionGroup {
  readonly strategy: Link;
  /** Actions located in this kecamatan, in full. */
  readonly rows: readonly ActionRow[];
  /** Regency-wide actions, which reach every kecamatan: listed briefly, each linking to its row on the strategy page. */
  readonly wide: readonly ActionRow[];
}

export interface KecamatanView {
  /** Words for the place ({place}, {placeWord}, {PlaceWord}), for the UI strings that speak of it. */
  readonly place: PlaceWords;
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
  readonly charts: {
    readonly locator: ChartRef | undefined;
    readonly profile: ChartRef | undefined;
    readonly trends: ChartRef | undefined;
  };
  /** What kind of numbers the profile figure shows: the kinds of its indicators. */
  readonly profileKind: string;
  /** The same for the trends figure, whose indicators may differ (it draws every indicator with two years of values). */
  readonly trendsKind: string;
  readonly sample: boolean;
  readonly sampleNotice: string | undefined;
  readonly planYear: number;
  /** The other years' plans, linked under this year's activities. */
  readonly planYears: PlanYearsLine | undefined;
  /** How many kecamatan the place has: the ranks are among them. */
  readonly kecamatanCount: number;
  /** The kecamatan's code, which its narrative text is filed under. */
  readonly code: string;
}

const neighbourCache = new WeakMap<Model, Map<string, string[]>>();
function neighboursOf(model: Model, code: string): string[] | undefined {
  if (!model.geo) return undefined;
  let adj = neighbourCache.get(model);
  if (!adj) neighbourCache.set(model, (adj = adjacency(model.geo.kecamatan)));
  return adj.get(code) ?? [];
}

export function kecamatanView(model: Model, slug: string, locale: Locale): KecamatanView {
  const t = useTranslations(locale);
  const area = model.areaBySlug[slug];
  if (!area || area.level !== "kecamatan") throw new Error(`kecamatanView: no kecamatan "${slug}"`);
  const province = model.regency.parent ? model.areaByCode[model.regency.parent]?.name[locale] : undefined;
  const name = area.name[locale];

  const indicators: IndicatorRow[] = comparableIndicators(model).map(({ indicator: ind, year, values, ranks, regency: reg }) => {
    const mine = values.get(area.code);
    const rank = ranks.get(area.code);
    return {
      id: ind.id,
      name: ind.short[locale],
      path: pathOf("indicator", ind.id),
      year: String(year),
      value: mine && formatValue(mine.value, ind, locale),
      regency: reg && formatValue(reg.value, ind, locale),
      comparison: mine && compareToRegency(mine.value, reg?.value, ind.unit, locale, placeWords(model, locale).placeWord),
      rank: rank && rankSentence(rank, ind.better, locale),
      // The kind of figure it is; whether it is sample data is marked separately.
      kind: kindLabel(ind, mine?.status === "sample" ? undefined : mine?.status, locale),
      sample: mine?.status === "sample" || reg?.status === "sample",
    };
  });

  const located = actionsIn(model, area);
  const groups: ActionGroup[] = model.strategies.flatMap((s) => {
    const mine = located.filter((a) => a.strategy === s.id).sort((a, b) => a.id.localeCompare(b.id));
    if (!mine.length) return [];
    return [
      {
        strategy: { label: s.name[locale], path: pathOf("strategy", s.id) },
        rows: mine.filter((a) => !a.regencyWide).map((a) => actionRow(model, a, locale)),
        wide: mine.filter((a) => a.regencyWide).map((a) => actionRow(model, a, locale)),
      },
    ];
  });
  const neighbours = neighboursOf(model, area.code);
  const sample = indicators.some((i) => i.sample) || located.some((a) => a.sample);
  const trends = chartIf(model, chartId.kecamatanTrends(slug), locale);
  const trendsState = trends && chartState(model, trends.id, locale);

  return {
    slug,
    place: placeWords(model, locale),
    name,
    title: fill(t("kec.title"), { name }),
    description: fill(t("kec.description"), { ...placeWords(model, locale), name, n: model.kecamatan.length }),
    crumbs: [home(locale), { label: t("nav.kecamatan"), path: pathOf("kecamatan-index") }],
    lead: fill(t(province ? "kec.lead" : "kec.leadNoProvince"), {
      ...placeWords(model, locale),
      n: model.kecamatan.length,
      province: province ?? "",
    }),
    altNames: area.altNames.length ? fill(t("kec.altNames"), { names: formatList(area.altNames, locale) }) : undefined,
    note: area.note?.[locale],
    profile: kecamatanProfile(model, area, locale),
    indicators,
    actions: groups,
    actionCounts: { here: located.filter((a) => !a.regencyWide).length, regencyWide: located.filter((a) => a.regencyWide).length },
    neighbours:
      neighbours &&
      neighbours
        .map((c) => model.areaByCode[c])
        .filter((k): k is Area => !!k)
        .map((k) => ({ label: k.name[locale], path: pathOf("kecamatan", k.slug) }))
        .sort((a, b) => a.label.localeCompare(b.label, locale)),
    charts: { locator: chartIf(model, chartId.locator(slug), locale), profile: chartIf(model, chartId.profile(slug), locale), trends },
    profileKind:
      [...new Set(indicators.map((i) => i.kind))].join(", ") + (indicators.some((i) => i.sample) ? ` · ${t("kind.sample")}` : ""),
    trendsKind: trendsState
      ? [...new Set(trendsState.indicators.map((i) => kindLabel(i, undefined, locale)))].join(", ") +
        (trendsState.sample ? ` · ${t("kind.sample")}` : "")
      : "",
    sample,
    sampleNotice: sampleNotice(model, locale, sample),
    planYear: model.planYear,
    planYears: planYearsLine(model, locale),
    kecamatanCount: model.kecamatan.length,
    code: area.code,
  };
}
