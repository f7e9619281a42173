import { useTranslations } from "../../../i18n/index.ts";
import { placeWords, type PlaceWords } from "../../place.ts";
import type { Locale, Model } from "../../data/types.ts";
import { formatValue } from "../../format.ts";
import { chartId } from "../../charts/ids.ts";
import { fill } from "../../../i18n/fill.ts";
import { kindLabel } from "../kind.ts";
import { statusFlag, when } from "../sentences.ts";
import { actionsOfStrategy } from "../query.ts";
import type { Link } from "./actions.ts";
import { chartRef, regencySeries, sampleNotice, seriesStory, type ChartRef } from "./common.ts";
import { strategyCard, type StrategyCard, strategiesIntro } from "./strategy.ts";
import { pathOf } from "../../routing/paths.ts";
import { planYearsLine, type PlanYearsLine } from "./plan.ts";

/**
 * The home page: the regency's story for a phone reader, in sections. Every
 * sentence with a number is generated from the data.
 */
export interface HomeView {
  /** Words for the place ({place}, {placeWord}, {PlaceWord}), for the UI strings that speak of it. */
  readonly place: PlaceWords;
  readonly title: string;
  readonly description: string;
  /** The headline figure in large type ("10,74 %"), what it is and when, or undefined without data. */
  readonly figure: { readonly value: string; readonly label: string; readonly kind: string } | undefined;
  readonly headline: readonly string[];
  readonly trendChart: ChartRef;
  /** Depth (P1) and extreme poverty: each with its sentences and chart, when the indicator exists. */
  readonly depth: readonly {
    readonly title: string;
    readonly definition: string;
    readonly sentences: readonly string[];
    readonly chart: ChartRef;
  }[];
  readonly strategies: readonly StrategyCard[];
  /** How many strategies, and their legal basis. */
  readonly strategiesIntro: string;
  readonly budgetChart: ChartRef;
  readonly mapChart: ChartRef;
  readonly kecamatan: readonly Link[];
  readonly sample: boolean;
  readonly planYear: number;
  /** Links to every year's plan. */
  readonly planYears: PlanYearsLine | undefined;
  readonly sampleNotice: string | undefined;
}

export function homeView(model: Model, locale: Locale): HomeView {
  const t = useTranslations(locale);
  const regency = model.regency.name[locale];
  const { indicator: headlineId, period } = model.settings.headline;
  const headline = model.indicatorById[headlineId];
  const rows = headline ? regencySeries(model, headline.id, period) : [];
  const last = rows.at(-1);
  // The outcomes beside the headline (poverty depth, extreme poverty), as the settings name them; a place without them has no such section.
  const depthIds = model.settings.outcomes.filter((id) => model.indicatorById[id]);
  const sample = model.strategies.some((s) => actionsOfStrategy(model, s.id).some((a) => a.sample));
  return {
    place: placeWords(model, locale),
    title: fill(t("home.title"), { regency }),
    description: fill(t("home.description"), placeWords(model, locale)),
    figure:
      headline && last
        ? {
            value: formatValue(last.value, headline, locale),
            label: `${headline.short[locale]}, ${when(last, locale)}${statusFlag(last.status, locale)}`,
            kind: kindLabel(headline, last.status, locale),
          }
        : undefined,
    headline: headline ? seriesStory(model, headline, locale, { period, targetDocument: model.settings.targetDocument }) : [],
    trendChart: chartRef(model, chartId.trend(headlineId), locale),
    depth: depthIds.map((id) => {
      const ind = model.indicatorById[id]!;
      return {
        title: ind.name[locale],
        definition: ind.definition[locale],
        sentences: seriesStory(model, ind, locale),
        chart: chartRef(model, chartId.trend(id), locale),
      };
    }),
    strategies: model.strategies.map((s) => strategyCard(model, s, locale)),
    strategiesIntro: strategiesIntro(model, locale),
    budgetChart: chartRef(model, chartId.budgetByStrategy(), locale),
    mapChart: chartRef(model, chartId.actionsMap(), locale),
    kecamatan: [...model.kecamatan]
      .sort((a, b) => a.name[locale].localeCompare(b.name[locale], locale))
      .map((k) => ({ label: k.name[locale], path: pathOf("kecamatan", k.slug) })),
    sample,
    planYear: model.planYear,
    planYears: planYearsLine(model, locale),
    sampleNotice: sampleNotice(model, locale, sample),
  };
}
