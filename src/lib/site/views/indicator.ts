import { useTranslations } from "../../../i18n/index.ts";
import { placeWords, type PlaceWords } from "../../place.ts";
import type { Locale, Model, Observation } from "../../data/types.ts";
import { formatValue } from "../../format.ts";
import { chartId } from "../../charts/ids.ts";
import { compareToRegency, kecamatanComparison, latestOf, rankRule, yearValue } from "../../compare/index.ts";
import { observationsOf } from "../../model-index.ts";
import { kindLabel } from "../kind.ts";
import { series } from "../query.ts";
import { statusFlag, when } from "../sentences.ts";
import type { Fact, Link } from "./actions.ts";
import { chartIf, home, seriesStory, type Crumb, sampleNotice, type ChartRef } from "./common.ts";
import { shortPublisher, type SourceRef } from "./profile.ts";
import { pathOf } from "../../routing/paths.ts";

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
  /** Among the kecamatan with a value in the comparison year; undefined without one. */
  readonly rank: number | undefined;
  readonly link: Link;
  /** Undefined when the kecamatan has no value in the comparison year. */
  readonly value: string | undefined;
  /** The year of the value, when the rows are latest values of different years (no comparison, no ranks). */
  readonly year: string | undefined;
  readonly comparison: string | undefined;
  readonly sample: boolean;
}

export interface IndicatorView {
  /** Words for the place ({place}, {placeWord}, {PlaceWord}), for the UI strings that speak of it. */
  readonly place: PlaceWords;
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
  readonly trendChart: ChartRef | undefined;
  readonly kecamatan:
    | {
        /** The comparison year; undefined when too few kecamatan share a year to rank them, and each row gives its own. */
        readonly year: number | undefined;
        readonly rows: readonly KecamatanValueRow[];
        /** What rank 1 means for this indicator. */
        readonly rankRule: string;
        readonly ranking: ChartRef | undefined;
        readonly map: ChartRef | undefined;
      }
    | undefined;
  readonly targets: readonly {
    readonly years: string;
    readonly value: string;
    readonly document: string;
    readonly source: SourceRef | undefined;
    readonly note: string | undefined;
  }[];
  readonly observations: readonly ObservationRow[];
  readonly sample: boolean;
  readonly sampleNotice: string | undefined;
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
  // The kecamatan in the comparison year, the same year, values and ranks as the ranking chart and the map.
  const cmp = kecamatanComparison(model, id);
  const kecamatanRows: KecamatanValueRow[] = cmp
    ? [...cmp.ranked, ...cmp.missing].map((k) => {
        const o = cmp.values.get(k.code);
        return {
          rank: cmp.ranks.get(k.code)?.rank,
          link: { label: k.name[locale], path: pathOf("kecamatan", k.slug) },
          value: o && formatValue(o.value, ind, locale),
          year: undefined,
          comparison: o && compareToRegency(o.value, cmp.regency?.value, ind.unit, locale, placeWords(model, locale).placeWord),
          sample: o?.status === "sample",
        };
      })
    : model.kecamatan.flatMap((k) => {
        // Too few kecamatan share a year to rank them: each one's latest figure, with its year, unranked.
        const o = latestOf(model, id, k.code);
        if (!o) return [];
        const regency = yearValue(observationsOf(model, id, model.regency.code), o.year);
        return [
          {
            rank: undefined,
            link: { label: k.name[locale], path: pathOf("kecamatan", k.slug) },
            value: formatValue(o.value, ind, locale),
            year: String(o.year),
            comparison: compareToRegency(o.value, regency?.value, ind.unit, locale, placeWords(model, locale).placeWord),
            sample: o.status === "sample",
          },
        ];
      });

  const sample = rows.some((o) => o.status === "sample") || kecamatanRows.some((r) => r.sample);
  return {
    id,
    place: placeWords(model, locale),
    title: ind.name[locale],
    description: `${ind.name[locale]}: ${firstSentence(ind.definition[locale])}`,
    crumbs: [home(locale), { label: t("nav.indicators"), path: pathOf("indicator-index") }],
    definition: ind.definition[locale],
    facts: [
      { label: t("ind.unit"), value: ind.unit.label[locale] },
      { label: t("kind.label"), value: kindLabel(ind, latestOf(model, id, model.regency.code)?.status, locale) },
      { label: t("ind.better"), value: t(`better.${ind.better}`) },
    ],
    strategy: strategy && { label: strategy.name[locale], path: pathOf("strategy", strategy.id) },
    family: ind.family
      ? model.indicators
          .filter((o) => o.family === ind.family && o.id !== id)
          .map((o) => ({ label: o.name[locale], path: pathOf("indicator", o.id) }))
      : [],
    source: src(ind.source),
    story: seriesStory(model, ind, locale),
    trendChart: chartIf(model, chartId.trend(id), locale),
    kecamatan: kecamatanRows.length
      ? {
          year: cmp?.year,
          rows: kecamatanRows,
          rankRule: rankRule(ind.better, locale),
          ranking: chartIf(model, chartId.ranking(id), locale),
          map: chartIf(model, chartId.map(id), locale),
        }
      : undefined,
    targets: model.targets
      .filter((g) => g.indicator === id)
      .map((g) => ({
        years: `${g.year}${g.yearEnd ? `–${g.yearEnd}` : ""} · ${model.areaByCode[g.area]?.name[locale] ?? g.area}`,
        value:
          g.valueMax !== undefined
            ? `${formatValue(g.value, ind, locale)} – ${formatValue(g.valueMax, ind, locale)}`
            : formatValue(g.value, ind, locale),
        document: g.document,
        source: src(g.source),
        note: g.note?.[locale],
      })),
    observations: rows.map((o) => ({
      area: model.areaByCode[o.area]?.name[locale] ?? o.area,
      when: when(o, locale),
      value: formatValue(o.value, ind, locale),
      status:
        o.status === "final"
          ? ""
          : statusFlag(o.status, locale)
              .trim()
              .replace(/^\(|\)$/g, ""),
      sample: o.status === "sample",
      source: src(o.source),
      note: o.note?.[locale],
    })),
    sample,
    sampleNotice: sampleNotice(model, locale, sample),
  };
}
