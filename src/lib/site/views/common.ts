import { useTranslations } from "../../../i18n/index.ts";
import { fill } from "../../../i18n/fill.ts";
import type { Indicator, Locale, Model, Observation, Target } from "../../data/types.ts";
import { seriesOf } from "../../compare/index.ts";
import type { SeriesFacts } from "../sentences.ts";
import { changeSentence, comparisonSentence, latestSentence, targetSentence } from "../sentences.ts";
import { hasChart } from "../../charts/catalog.ts";
import { chartRef, type ChartRef } from "../../charts/figure.ts";
export { chartRef, type ChartRef };
import type { Link } from "./actions.ts";
import { pathOf } from "../../routing/paths.ts";

/** Helpers shared by the page views. */

/** The page's sample-data notice when it shows sample data (`shown`): what is invented, in words; `year` is the plan the page shows (the current one unless said). */
export function sampleNotice(model: Model, locale: Locale, shown: boolean, year: number | string = model.planYear): string | undefined {
  const t = useTranslations(locale);
  return shown ? `${fill(t("sample.plan"), { year })} ${t("sample.explain")}` : undefined;
}

/** One step of the breadcrumb trail: a label and a path without locale prefix ("" is home). */
export interface Crumb {
  readonly label: string;
  readonly path: string;
}

export const home = (locale: Locale): Crumb => ({ label: useTranslations(locale)("nav.home"), path: pathOf("home") });

/** The series of an indicator for the regency, in the group of the given period (by its id) or its main one (src/lib/compare/period.ts). */
export function regencySeries(model: Model, indicator: string, period?: string): Observation[] {
  return seriesOf(model, indicator, model.regency.code, period === undefined ? undefined : model.periods[period]?.group.id);
}

/** A single-year target for the year of the latest value: one of the given planning document (the settings' `targetDocument`) when named, else any. */
export function targetFor(model: Model, indicator: string, area: string, year: number | undefined, document?: string): Target | undefined {
  if (year === undefined) return undefined;
  return model.targets.find(
    (t) =>
      t.indicator === indicator &&
      t.area === area &&
      t.year === year &&
      t.yearEnd === undefined &&
      (!document || t.document.startsWith(document)),
  );
}

/**
 * The sentences about an indicator's regency series: latest value, change,
 * target, comparison with the province and the country.
 */
export function seriesStory(
  model: Model,
  indicator: Indicator,
  locale: Locale,
  { period, targetDocument }: { period?: string; targetDocument?: string } = {},
): string[] {
  const rows = regencySeries(model, indicator.id, period);
  const facts: SeriesFacts = { area: model.regency.name, indicator, series: rows };
  const last = rows.at(-1);
  const group = last?.period.group.id;
  const others = model.comparisons.map((c) => ({ area: c.name, series: seriesOf(model, indicator.id, c.code, group) }));
  return [
    latestSentence(facts, locale),
    changeSentence(facts, locale),
    targetSentence(facts, targetFor(model, indicator.id, model.regency.code, last?.year, targetDocument), locale),
    comparisonSentence(facts, others, locale),
  ].filter((s): s is string => s !== undefined);
}

export const indicatorLink = (i: Indicator, locale: Locale): Link => ({ label: i.short[locale], path: pathOf("indicator", i.id) });

/**
 * A chart id when the catalogue has that chart (it has data), else undefined,
 * so a page leaves out a figure it can do without instead of showing the
 * empty notice. Figures a page must always show are placed directly.
 */
export const chartIf = (model: Model, id: string, locale: Locale): ChartRef | undefined =>
  hasChart(model, id) ? chartRef(model, id, locale) : undefined;
