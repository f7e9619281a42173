import { useTranslations, type UiKey } from "../../../i18n/index.ts";
import type { Locale, Model, Observation, Source } from "../../data/types.ts";
import { formatDate, formatValue } from "../../format.ts";
import { fill } from "../../../i18n/fill.ts";
import type { ChartEntry, ChartState, ChartTable } from "../types.ts";

/** The interface strings of one language, and `{placeholder}` filling, for the chart states. */
export function texts(locale: Locale): {
  t: (key: UiKey) => string;
  f: (key: UiKey, values: Readonly<Record<string, string | number>>) => string;
} {
  const t = useTranslations(locale);
  return { t, f: (key, values) => fill(t(key), values) };
}

/**
 * The sources behind the rows a chart shows, each once, in the order given:
 * callers list the main series first and its latest value first, so the
 * source of the figure people quote leads the line.
 */
export function sourcesOf(model: Model, ids: Iterable<string | undefined>): Source[] {
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const id of ids) {
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const s = model.sourceById[id];
    if (s) out.push(s);
  }
  return out;
}

/** "(angka sementara)" and the like, for a value in a sentence or a table cell. */
export function flagged(o: Pick<Observation, "value" | "status">, indicator: Parameters<typeof formatValue>[1], locale: Locale): string {
  const { t } = texts(locale);
  return `${formatValue(o.value, indicator, locale)}${o.status === "final" ? "" : t(`say.flag.${o.status}`)}`;
}

/** The status word in a table cell: empty for final figures. */
export function statusWord(status: Observation["status"], locale: Locale): string {
  return status === "final" ? "" : texts(locale).t(`status.${status}`);
}

/** Joins remarks for one table cell, leaving out empty ones. */
export const remarks = (...parts: (string | undefined)[]): string => parts.filter(Boolean).join("; ");

/** The state of a chart with nothing to draw: shown as a notice, left out of the catalogue. */
export function emptyState(entry: ChartEntry, locale: Locale, title: string): ChartState {
  const { t } = texts(locale);
  const table: ChartTable = { columns: [], rows: [] };
  return {
    entry,
    locale,
    title,
    subtitle: "",
    sentence: t("chart.empty"),
    notes: [],
    sources: [],
    sample: false,
    table,
    indicators: [],
    empty: t("chart.empty"),
  };
}

/** "Diakses 28 November 2026": the latest date any of the sources was read. */
export function accessedDate(sources: readonly Source[]): string | undefined {
  return sources.reduce<string | undefined>((m, s) => (!m || s.accessed > m ? s.accessed : m), undefined);
}

export const formatAccessed = (sources: readonly Source[], locale: Locale): string | undefined => {
  const d = accessedDate(sources);
  return d ? formatDate(d, locale) : undefined;
};

/**
 * The action plan itself as the source of the budget charts: the regency's
 * publisher and the plan year, marked as sample data when its rows are. The
 * programme sources of individual actions follow it in the source line.
 */
export function planSource(model: Model, locale: Locale, sample: boolean): Source {
  const { t, f } = texts(locale);
  const title = f("chart.source.plan", { year: model.planYear });
  return {
    id: "plan",
    title: sample ? `${title} (${t("chart.sample.row")})` : title,
    publisher: model.settings.publisher[locale],
    url: undefined,
    published: undefined,
    accessed: model.sources.reduce((m, s) => (s.accessed > m ? s.accessed : m), ""),
  };
}
