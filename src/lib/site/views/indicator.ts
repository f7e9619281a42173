import { useTranslations } from "../../../i18n/index.ts";
import type { Locale, Model, Observation } from "../../data/types.ts";
import { UNIT_LABEL, formatValue } from "../../format.ts";
import { chartId } from "../../charts/ids.ts";
import { compareToRegency, rankAll } from "../compare.ts";
import { kindLabel } from "../kind.ts";
import { latest, series, valueIn } from "../query.ts";
import { indicatorPath, kecamatanPath, strategyPath } from "../routes.ts";
import { statusFlag, when } from "../sentences.ts";
import type { Fact, Link } from "./actions.ts";
import { chartIf, home, seriesStory, type Crumb } from "./common.ts";
import { shortPublisher, type SourceRef } from "./profile.ts";

/** An indicator page: what it measures, how it is made, its trend and its values by kecamatan. */

export interface ObservationRow {
  readonly area: string;
  readonly when: string;
  readonly value: string;
  readonly status: string;
  readonly sample: boolean;
  readonly source: SourceRef | undefined;
  readonly note: string | undefined;
}

export interface KecamatanValueRow {
  /** Among the kecamatan with a value in the main year; undefined for a value from another year. */
  readonly rank: number | undefined;
  readonly year: string;
  readonly link: Link;
  readonly value: string;
  readonly comparison: string | undefined;
  readonly sample: boolean;
}

export interface IndicatorView {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly crumbs: readonly Crumb[];
  readonly definition: string;
  readonly facts: readonly Fact[];
  readonly strategy: Link | undefined;
  readonly family: readonly Link[];
  readonly source: SourceRef | undefined;
  readonly story: readonly string[];
  readonly trendChart: string | undefined;
  readonly kecamatan:
    | { readonly year: number; readonly rows: readonly KecamatanValueRow[]; readonly mixedYears: boolean; readonly ranking: string | undefined; readonly map: string | undefined }
    | undefined;
  readonly targets: readonly { readonly years: string; readonly value: string; readonly document: string; readonly source: SourceRef | undefined; readonly note: string | undefined }[];
  readonly observations: readonly ObservationRow[];
  readonly sample: boolean;
}

/** The first sentence of a text, for meta descriptions. */
const firstSentence = (text: string): string => /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;

export function indicatorView(model: Model, id: string, locale: Locale): IndicatorView {
  const t = useTranslations(locale);
  const ind = model.indicatorById[id];
  if (!ind) throw new Error(`indicatorView: no indicator "${id}"`);
  const src = (sid: string | undefined): SourceRef | undefined => {
    const s = sid ? model.sourceById[sid] : undefined;
    return s && { label: shortPublisher(s.publisher), url: s.url };
  };
  const strategy = ind.strategy ? model.strategyById[ind.strategy] : undefined;
  const wide = [model.regency, ...model.comparisons];
  const rows: Observation[] = wide.flatMap((a) => series(model, id, a.code));
  // Each kecamatan's latest value; ranks and the charts use the year most kecamatan have (the latest of equals).
  const perKecamatan = model.kecamatan.flatMap((k) => {
    const o = latest(model, id, k.code);
    return o ? [{ k, o }] : [];
  });
  const years = new Map<number, number>();
  for (const { o } of perKecamatan) years.set(o.year, (years.get(o.year) ?? 0) + 1);
  const year = [...years].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
  const ranks = rankAll(new Map(perKecamatan.filter(({ o }) => o.year === year).map(({ k, o }) => [k.code, o.value])), ind.better);
  const regencyIn = (y: number) => valueIn(model, id, model.regency.code, y);
  const kecamatanRows: KecamatanValueRow[] = perKecamatan
    .map(({ k, o }) => ({
      rank: o.year === year ? ranks.get(k.code)!.rank : undefined,
      link: { label: k.name[locale], path: kecamatanPath(k.slug) },
      year: String(o.year),
      value: formatValue(o.value, ind, locale),
      comparison: compareToRegency(o.value, regencyIn(o.year)?.value, ind.unit, locale),
      sample: o.status === "sample",
    }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.link.label.localeCompare(b.link.label, locale));

  return {
    id,
    title: ind.name[locale],
    description: `${ind.name[locale]}: ${firstSentence(ind.definition[locale])}`,
    crumbs: [home(locale), { label: t("nav.indicators"), path: "indikator/" }],
    definition: ind.definition[locale],
    facts: [
      { label: t("ind.unit"), value: UNIT_LABEL[ind.unit][locale] },
      { label: t("kind.label"), value: kindLabel(ind, rows.at(-1)?.status, locale) },
      { label: t("ind.better"), value: t(`better.${ind.better}`) },
    ],
    strategy: strategy && { label: strategy.name[locale], path: strategyPath(strategy.id) },
    family: ind.family
      ? model.indicators.filter((o) => o.family === ind.family && o.id !== id).map((o) => ({ label: o.name[locale], path: indicatorPath(o.id) }))
      : [],
    source: src(ind.source),
    story: seriesStory(model, ind, locale),
    trendChart: chartIf(model, chartId.trend(id)),
    kecamatan:
      year !== undefined
        ? { year, rows: kecamatanRows, mixedYears: years.size > 1, ranking: chartIf(model, chartId.ranking(id)), map: chartIf(model, chartId.map(id)) }
        : undefined,
    targets: model.targets
      .filter((g) => g.indicator === id)
      .map((g) => ({
        years: `${g.year}${g.yearEnd ? `–${g.yearEnd}` : ""} · ${model.areaByCode[g.area]?.name[locale] ?? g.area}`,
        value: g.valueMax !== undefined ? `${formatValue(g.value, ind, locale)} – ${formatValue(g.valueMax, ind, locale)}` : formatValue(g.value, ind, locale),
        document: g.document,
        source: src(g.source),
        note: g.note?.[locale],
      })),
    observations: rows.map((o) => ({
      area: model.areaByCode[o.area]?.name[locale] ?? o.area,
      when: when(o, locale),
      value: formatValue(o.value, ind, locale),
      status: o.status === "final" ? "" : statusFlag(o.status, locale).trim().replace(/^\(|\)$/g, ""),
      sample: o.status === "sample",
      source: src(o.source),
      note: o.note?.[locale],
    })),
    sample: rows.some((o) => o.status === "sample") || perKecamatan.some(({ o }) => o.status === "sample"),
  };
}

