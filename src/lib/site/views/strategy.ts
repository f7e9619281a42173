import { useTranslations } from "../../../i18n/index.ts";
import { placeWords, type PlaceWords } from "../../place.ts";
import type { Indicator, Locale, Model, Strategy } from "../../data/types.ts";
import { formatNumber, formatRupiahShort } from "../../format.ts";
import { chartId } from "../../charts/ids.ts";
import { fill } from "../../../i18n/fill.ts";
import { kindLabel } from "../kind.ts";
import { actionsOfStrategy } from "../query.ts";
import { actionFacts, actionRow, actionTotals, type ActionRow, type Fact, type Link } from "./actions.ts";
import { chartIf, home, indicatorLink, regencySeries, seriesStory, type Crumb, chartRef, sampleNotice, type ChartRef } from "./common.ts";
import { pathOf } from "../../routing/paths.ts";
import { planYearsLine, type PlanYearsLine } from "./plan.ts";

/** What each strategy shows on the home page and the strategy index. */
export interface StrategyCard {
  readonly id: string;
  readonly number: string;
  readonly name: string;
  readonly summary: string;
  readonly path: string;
  readonly facts: readonly Fact[];
  readonly indicators: readonly Link[];
  readonly sample: boolean;
}

export const strategyIndicators = (model: Model, strategy: string): Indicator[] => model.indicators.filter((i) => i.strategy === strategy);

export function strategyCard(model: Model, s: Strategy, locale: Locale): StrategyCard {
  const t = useTranslations(locale);
  const totals = actionTotals(actionsOfStrategy(model, s.id));
  return {
    id: s.id,
    number: fill(t("strategy.number"), { n: s.order }),
    name: s.name[locale],
    summary: s.summary[locale],
    path: pathOf("strategy", s.id),
    facts: actionFacts(totals, locale, { kecamatan: false }),
    indicators: strategyIndicators(model, s.id).map((i) => indicatorLink(i, locale)),
    sample: totals.sample,
  };
}

export interface IndicatorTrend {
  readonly id: string;
  readonly name: string;
  readonly path: string;
  readonly kind: string;
  readonly sentences: readonly string[];
  /** The trend chart, when the regency has values; otherwise the page says there are none. */
  readonly chart: ChartRef | undefined;
}

export function indicatorTrend(model: Model, ind: Indicator, locale: Locale): IndicatorTrend {
  const rows = regencySeries(model, ind.id);
  return {
    id: ind.id,
    name: ind.name[locale],
    path: pathOf("indicator", ind.id),
    kind: kindLabel(ind, rows.at(-1)?.status, locale),
    sentences: seriesStory(model, ind, locale),
    chart: rows.length ? chartIf(model, chartId.trend(ind.id), locale) : undefined,
  };
}

export interface StrategyView {
  /** Words for the place ({place}, {placeWord}, {PlaceWord}), for the UI strings that speak of it. */
  readonly place: PlaceWords;
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly number: string;
  readonly crumbs: readonly Crumb[];
  readonly facts: readonly Fact[];
  readonly rows: readonly ActionRow[];
  readonly total: string;
  readonly sample: boolean;
  readonly sampleNotice: string | undefined;
  readonly planYear: number;
  /** Links to every year's plan. */
  readonly planYears: PlanYearsLine | undefined;
  readonly charts: { readonly byAgency: ChartRef; readonly byFunding: ChartRef; readonly realisation: ChartRef; readonly map: ChartRef };
  readonly indicators: readonly IndicatorTrend[];
  /** The poverty outcomes every strategy aims at. */
  readonly outcomes: readonly Link[];
  readonly places: readonly (Link & { readonly count: number })[];
  readonly regencyWide: number;
}

export function strategyView(model: Model, id: string, locale: Locale): StrategyView {
  const t = useTranslations(locale);
  const s = model.strategyById[id];
  if (!s) throw new Error(`strategyView: no strategy "${id}"`);
  const actions = actionsOfStrategy(model, id);
  const totals = actionTotals(actions);
  const counts = new Map<string, number>();
  for (const a of actions) for (const c of a.locations) counts.set(c, (counts.get(c) ?? 0) + 1);
  return {
    id,
    place: placeWords(model, locale),
    title: s.name[locale],
    description: s.summary[locale],
    number: fill(t("strategy.number"), { n: s.order }),
    crumbs: [home(locale), { label: t("nav.strategies"), path: pathOf("strategy-index") }],
    facts: actionFacts(totals, locale),
    rows: actions.map((a) => actionRow(model, a, locale)),
    total: formatRupiahShort(totals.budget, locale),
    sample: totals.sample,
    sampleNotice: sampleNotice(model, locale, totals.sample),
    planYear: model.planYear,
    planYears: planYearsLine(model, locale),
    charts: {
      byAgency: chartRef(model, chartId.budgetByAgency(id), locale),
      byFunding: chartRef(model, chartId.budgetByFunding(id), locale),
      realisation: chartRef(model, chartId.realisation(id), locale),
      map: chartRef(model, chartId.actionsMap(id), locale),
    },
    indicators: strategyIndicators(model, id).map((i) => indicatorTrend(model, i, locale)),
    // The poverty outcomes every strategy aims at: the headline and the outcomes beside it, as the settings name them.
    outcomes: [model.settings.headline.indicator, ...model.settings.outcomes].flatMap((o) =>
      model.indicatorById[o] ? [indicatorLink(model.indicatorById[o]!, locale)] : [],
    ),
    places: model.kecamatan
      .filter((k) => counts.has(k.code))
      .map((k) => ({ label: k.name[locale], path: pathOf("kecamatan", k.slug), count: counts.get(k.code)! }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, locale)),
    regencyWide: totals.regencyWide,
  };
}

/** What the plan's strategies are: how many, and the legal basis they follow when the settings name one. */
export function strategiesIntro(model: Model, locale: Locale): string {
  const t = useTranslations(locale);
  const basis = model.settings.strategyBasis;
  const intro = fill(t("home.strategies.intro"), { n: formatNumber(model.strategies.length, locale) });
  return basis ? `${intro} ${fill(t("home.strategies.basis"), { basis: basis[locale] })}` : intro;
}
