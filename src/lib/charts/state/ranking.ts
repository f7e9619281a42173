import type { Locale, Model } from "../../data/types.ts";
import { formatList, formatNumber, formatValue } from "../../format.ts";
import { midSentence } from "../../../i18n/fill.ts";
import { chartId } from "../ids.ts";
import { isCount, kecamatanComparison, type KecamatanComparison } from "../../compare/index.ts";
import { capRanked, rankingSpec, type RankedItem } from "../specs/ranking.ts";
import { rankRule } from "../../compare/index.ts";
import type { ChartEntry, ChartState, Column, Row } from "../types.ts";
import { emptyState, remarks, sourcesOf, statusWord, texts } from "./common.ts";

/**
 * State of the kecamatan ranking of an indicator: every kecamatan with a value
 * in the comparison year, in rank order (rank 1 first, by the site's one
 * convention in src/lib/compare/rank.ts), the regency value as reference. The
 * table and the CSV list all kecamatan with their ranks, also when the chart
 * leaves some out.
 */
export const rankingEntries = (model: Model): ChartEntry[] =>
  model.indicators.map((i) => ({ id: chartId.ranking(i.id), kind: "ranking" as const, indicator: i.id }));

/** The ranked kecamatan as the ranking and profile specs take them, made once per comparison and language. */
const itemsCache = new WeakMap<KecamatanComparison, Map<Locale, RankedItem[]>>();
export function rankedItems(cmp: KecamatanComparison, locale: Locale): RankedItem[] {
  let byLocale = itemsCache.get(cmp);
  if (!byLocale) itemsCache.set(cmp, (byLocale = new Map()));
  let items = byLocale.get(locale);
  if (!items)
    byLocale.set(locale, (items = cmp.ranked.map((k) => ({ key: k.code, label: k.name[locale], value: cmp.values.get(k.code)!.value }))));
  return items;
}

/** "Seko mencatat rumah tangga desil 1 tertinggi (34,2 %) dan Masamba terendah (7,7 %). Angka Luwu Utara: 13,2 %." */
export function rankingSentence(model: Model, cmp: KecamatanComparison, locale: Locale): string {
  const ind = cmp.indicator;
  const { f } = texts(locale);
  const list = [...rankedItems(cmp, locale)].sort((a, b) => b.value - a.value);
  const top = list.filter((r) => r.value === list[0]!.value);
  const bottom = list.filter((r) => r.value === list.at(-1)!.value);
  const parts = [
    f("chart.ranking.sentence", {
      top: formatList(
        top.map((r) => r.label),
        locale,
      ),
      bottom: formatList(
        bottom.map((r) => r.label),
        locale,
      ),
      indicator: midSentence(ind.name[locale]),
      topValue: formatValue(top[0]!.value, ind, locale),
      bottomValue: formatValue(bottom[0]!.value, ind, locale),
    }),
  ];
  if (cmp.regency)
    parts.push(
      f(isCount(ind.unit) ? "chart.ranking.sentence.total" : "chart.ranking.sentence.regency", {
        regency: model.regency.name[locale],
        value: formatValue(cmp.regency.value, ind, locale),
      }),
    );
  return parts.join(" ");
}

export function rankingColumns(locale: Locale, unit: string, decimals: number): Column[] {
  const { t, f } = texts(locale);
  return [
    { key: "rank", label: t("chart.col.rank"), type: "number", decimals: 0 },
    { key: "kecamatan", label: t("chart.col.kecamatan"), type: "text" },
    { key: "code", label: t("chart.col.code"), type: "text", csvOnly: true },
    { key: "value", label: f("chart.col.value", { unit }), type: "number", decimals },
    { key: "note", label: t("chart.col.note"), type: "text" },
  ];
}

export function rankingRows(cmp: KecamatanComparison, locale: Locale): Row[] {
  return cmp.ranked.map((k) => {
    const o = cmp.values.get(k.code)!;
    return {
      cells: {
        rank: cmp.ranks.get(k.code)!.rank,
        kecamatan: k.name[locale],
        code: k.code,
        value: o.value,
        note: remarks(statusWord(o.status, locale), o.note?.[locale]),
      },
      sample: o.status === "sample",
    };
  });
}

export function rankingState(model: Model, entry: ChartEntry, locale: Locale): ChartState {
  const ind = model.indicatorById[entry.indicator!]!;
  const { f } = texts(locale);
  const cmp = kecamatanComparison(model, ind.id);
  if (!cmp) return emptyState(entry, locale, f("chart.ranking.title", { indicator: ind.name[locale], year: "" }));
  const unit = ind.unit.label[locale];
  const rows = rankingRows(cmp, locale);
  const regencyRow: Row[] = cmp.regency
    ? [
        {
          cells: {
            rank: undefined,
            kecamatan: model.regency.name[locale],
            code: model.regency.code,
            value: cmp.regency.value,
            note: remarks(statusWord(cmp.regency.status, locale), cmp.regency.note?.[locale]),
          },
          sample: cmp.regency.status === "sample",
        },
      ]
    : [];
  const list = rankedItems(cmp, locale);
  const notes: string[] = [f("chart.note.rank", { rule: rankRule(ind.better, locale) })];
  const shown = capRanked(list).filter((r) => !r.gap).length;
  if (shown < list.length) notes.push(f("chart.note.capped", { shown, total: list.length }));
  if (cmp.missing.length)
    notes.push(
      f("chart.note.missing", {
        list: formatList(
          cmp.missing.map((k) => k.name[locale]),
          locale,
        ),
      }),
    );
  return {
    entry,
    locale,
    title: f("chart.ranking.title", { indicator: ind.name[locale], year: cmp.year }),
    subtitle: f(cmp.regency && !isCount(ind.unit) ? "chart.ranking.subtitle" : "chart.ranking.subtitlePlain", {
      unit,
      regency: model.regency.name[locale],
    }),
    sentence: rankingSentence(model, cmp, locale),
    notes,
    sources: sourcesOf(model, [cmp.regency?.source, ...cmp.values.values().map((o) => o.source)]),
    sample: [...rows, ...regencyRow].some((r) => r.sample),
    table: { columns: rankingColumns(locale, unit, ind.decimals), rows: [...rows, ...regencyRow] },
    indicators: [ind],
    spec: rankingSpec(list, {
      locale,
      decimals: ind.decimals,
      unit,
      reference: cmp.regency && !isCount(ind.unit) ? { label: model.regency.name[locale], value: cmp.regency.value } : undefined,
      gapLabel: (n) => f("chart.ranking.others", { n: formatNumber(n, locale) }),
    }),
  };
}
