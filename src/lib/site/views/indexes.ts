import { useTranslations } from "../../../i18n/index.ts";
import { placeWords, type PlaceWords } from "../../place.ts";
import type { Indicator, Locale, Model } from "../../data/types.ts";
import { formatNumber, formatRupiahShort, formatValue } from "../../format.ts";
import { fill } from "../../../i18n/fill.ts";
import { kindLabel } from "../kind.ts";
import { actionsIn, actionsOfAgency } from "../query.ts";
import { latestOf } from "../../compare/index.ts";
import { statusFlag, when } from "../sentences.ts";
import { actionTotals, type Link } from "./actions.ts";
import { chartRef, home, regencySeries, sampleNotice, type ChartRef, type Crumb } from "./common.ts";
import { chartId } from "../../charts/ids.ts";
import { strategiesIntro, strategyCard, type StrategyCard } from "./strategy.ts";
import { pathOf } from "../../routing/paths.ts";
import { planYearsLine, type PlanYearsLine } from "./plan.ts";

/** The four index pages: strategies, kecamatan, indicators, agencies. */

interface IndexBase {
  /** Words for the place ({place}, {placeWord}, {PlaceWord}), for the UI strings that speak of it. */
  readonly place: PlaceWords;
  readonly title: string;
  readonly description: string;
  readonly crumbs: readonly Crumb[];
}

export interface StrategyIndexView extends IndexBase {
  readonly strategies: readonly StrategyCard[];
  /** How many strategies, and their legal basis. */
  readonly intro: string;
  readonly sampleNotice: string | undefined;
  readonly chart: ChartRef;
}

export function strategyIndexView(model: Model, locale: Locale): StrategyIndexView {
  const t = useTranslations(locale);
  const regency = model.regency.name[locale];
  const strategies = model.strategies.map((s) => strategyCard(model, s, locale));
  return {
    place: placeWords(model, locale),
    title: t("strategy.index.title"),
    description: fill(t("strategy.index.description"), { regency }),
    crumbs: [home(locale)],
    strategies,
    intro: strategiesIntro(model, locale),
    sampleNotice: sampleNotice(
      model,
      locale,
      strategies.some((s) => s.sample),
    ),
    chart: chartRef(model, chartId.budgetByStrategy(), locale),
  };
}

export interface KecamatanRow {
  readonly link: Link;
  readonly capital: string | undefined;
  readonly desa: string | undefined;
  readonly kelurahan: string | undefined;
  readonly actions: string;
  readonly altNames: readonly string[];
}

export interface KecamatanIndexView extends IndexBase {
  readonly rows: readonly KecamatanRow[];
  readonly count: number;
  readonly regency: string;
  readonly chart: ChartRef;
}

export function kecamatanIndexView(model: Model, locale: Locale): KecamatanIndexView {
  const t = useTranslations(locale);
  const regency = model.regency.name[locale];
  const n = (v: number | undefined) => (v === undefined ? undefined : formatNumber(v, locale));
  return {
    place: placeWords(model, locale),
    title: fill(t("kec.index.title"), { regency }),
    description: fill(t("kec.index.description"), { ...placeWords(model, locale), n: model.kecamatan.length }),
    crumbs: [home(locale)],
    count: model.kecamatan.length,
    regency,
    chart: chartRef(model, chartId.actionsMap(), locale),
    rows: [...model.kecamatan]
      .sort((a, b) => a.name[locale].localeCompare(b.name[locale], locale))
      .map((k) => ({
        link: { label: k.name[locale], path: pathOf("kecamatan", k.slug) },
        capital: k.capital,
        desa: n(k.desa),
        kelurahan: n(k.kelurahan),
        actions: formatNumber(actionsIn(model, k).filter((a) => !a.regencyWide).length, locale),
        altNames: k.altNames,
      })),
  };
}

export interface IndicatorRow {
  readonly link: Link;
  readonly latest: string | undefined;
  readonly kind: string;
  readonly kecamatan: boolean;
}

export interface IndicatorIndexView extends IndexBase {
  readonly groups: readonly { readonly title: string; readonly path: string | undefined; readonly rows: readonly IndicatorRow[] }[];
}

export function indicatorIndexView(model: Model, locale: Locale): IndicatorIndexView {
  const t = useTranslations(locale);
  const codes = new Set(model.kecamatan.map((k) => k.code));
  const row = (i: Indicator): IndicatorRow => {
    const last = regencySeries(model, i.id).at(-1);
    return {
      link: { label: i.name[locale], path: pathOf("indicator", i.id) },
      latest: last && `${formatValue(last.value, i, locale)} (${when(last, locale)})${statusFlag(last.status, locale)}`,
      kind: kindLabel(i, last?.status, locale),
      kecamatan: model.observations.some((o) => o.indicator === i.id && codes.has(o.area)),
    };
  };
  return {
    place: placeWords(model, locale),
    title: t("ind.index.title"),
    description: fill(t("ind.index.description"), { n: model.indicators.length, regency: model.regency.name[locale] }),
    crumbs: [home(locale)],
    groups: [
      { title: t("ind.group.context"), path: undefined, rows: model.indicators.filter((i) => !i.strategy).map(row) },
      ...model.strategies.map((s) => ({
        title: s.name[locale],
        path: pathOf("strategy", s.id),
        rows: model.indicators.filter((i) => i.strategy === s.id).map(row),
      })),
    ].filter((g) => g.rows.length > 0),
  };
}

export interface AgencyRow {
  readonly link: Link;
  readonly name: string;
  readonly actions: string;
  readonly budget: string;
  readonly sample: boolean;
}

export interface AgencyIndexView extends IndexBase {
  readonly rows: readonly AgencyRow[];
  readonly planYear: number;
  /** Links to every year's plan. */
  readonly planYears: PlanYearsLine | undefined;
  readonly sampleNotice: string | undefined;
  readonly chart: ChartRef;
}

export function agencyIndexView(model: Model, locale: Locale): AgencyIndexView {
  const t = useTranslations(locale);
  const rows = [...model.agencies]
    .sort((a, b) => a.short.localeCompare(b.short, locale))
    .map((a) => {
      const totals = actionTotals(actionsOfAgency(model, a.id));
      return {
        link: { label: a.short, path: pathOf("agency", a.id) },
        name: a.name[locale],
        actions: formatNumber(totals.count, locale),
        budget: formatRupiahShort(totals.budget, locale),
        sample: totals.sample,
      };
    });
  return {
    place: placeWords(model, locale),
    title: fill(t("opd.index.title"), placeWords(model, locale)),
    description: fill(t("opd.index.description"), { regency: model.regency.name[locale], year: model.planYear }),
    crumbs: [home(locale)],
    rows,
    planYear: model.planYear,
    planYears: planYearsLine(model, locale),
    sampleNotice: sampleNotice(
      model,
      locale,
      rows.some((r) => r.sample),
    ),
    chart: chartRef(model, chartId.budgetByAgency(), locale),
  };
}

/** The latest regency value of an indicator, for short mentions. */
export const latestRegency = (model: Model, i: Indicator) => latestOf(model, i.id, model.regency.code);
