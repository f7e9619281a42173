import type { Locale, Model } from "../../data/types.ts";
import { formatList, formatNumber, formatValue, UNIT_LABEL } from "../../format.ts";
import { midSentence } from "../../site/fill.ts";
import { chartId } from "../ids.ts";
import { isCount, snapshot, type Snapshot } from "../snapshot.ts";
import { capRanked, rankingSpec } from "../specs/ranking.ts";
import type { ChartEntry, ChartState, Column, Row } from "../types.ts";
import { emptyState, remarks, sourcesOf, statusWord, texts } from "./common.ts";

/**
 * State of the kecamatan ranking of an indicator: every kecamatan with a value
 * in the snapshot year, highest first, the regency value as reference. The
 * table and the CSV list all kecamatan, also when the chart leaves some out.
 */
export const rankingEntries = (model: Model): ChartEntry[] =>
  model.indicators.map((i) => ({ id: chartId.ranking(i.id), kind: "ranking" as const, indicator: i.id }));

export interface Ranked {
  readonly code: string;
  readonly name: string;
  readonly value: number;
  readonly rank: number;
}

const rankedCache = new WeakMap<Snapshot, Map<Locale, { list: Ranked[]; byCode: Map<string, Ranked> }>>();

/** Kecamatan of a snapshot, highest value first; ties keep code order. Computed once per snapshot and language. */
export function rankedIndex(model: Model, snap: Snapshot, locale: Locale): { list: Ranked[]; byCode: Map<string, Ranked> } {
  let byLocale = rankedCache.get(snap);
  if (!byLocale) rankedCache.set(snap, (byLocale = new Map()));
  let hit = byLocale.get(locale);
  if (!hit) {
    const list = model.kecamatan
      .filter((k) => snap.values.has(k.code))
      .map((k) => ({ code: k.code, name: k.name[locale], value: snap.values.get(k.code)!.value }))
      .sort((a, b) => b.value - a.value || a.code.localeCompare(b.code))
      .map((r, i) => ({ ...r, rank: i + 1 }));
    hit = { list, byCode: new Map(list.map((r) => [r.code, r])) };
    byLocale.set(locale, hit);
  }
  return hit;
}

export const ranked = (model: Model, snap: Snapshot, locale: Locale): Ranked[] => rankedIndex(model, snap, locale).list;

/** "Seko mencatat rumah tangga desil 1 tertinggi (34,2 %) dan Masamba terendah (7,7 %). Angka Luwu Utara: 13,2 %." */
export function rankingSentence(model: Model, snap: Snapshot, indicator: string, locale: Locale): string {
  const ind = model.indicatorById[indicator]!;
  const { f } = texts(locale);
  const list = ranked(model, snap, locale);
  const top = list.filter((r) => r.value === list[0]!.value);
  const bottom = list.filter((r) => r.value === list.at(-1)!.value);
  const parts = [
    f("chart.ranking.sentence", {
      top: formatList(top.map((r) => r.name), locale),
      bottom: formatList(bottom.map((r) => r.name), locale),
      indicator: midSentence(ind.name[locale]),
      topValue: formatValue(top[0]!.value, ind, locale),
      bottomValue: formatValue(bottom[0]!.value, ind, locale),
    }),
  ];
  if (snap.regency) parts.push(f(isCount(ind.unit) ? "chart.ranking.sentence.total" : "chart.ranking.sentence.regency", { regency: model.regency.name[locale], value: formatValue(snap.regency.value, ind, locale) }));
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

export function rankingRows(model: Model, snap: Snapshot, locale: Locale): Row[] {
  return ranked(model, snap, locale).map((r) => {
    const o = snap.values.get(r.code)!;
    return { cells: { rank: r.rank, kecamatan: r.name, code: r.code, value: r.value, note: remarks(statusWord(o.status, locale), o.note?.[locale]) }, sample: o.status === "sample" };
  });
}

export function rankingState(model: Model, entry: ChartEntry, locale: Locale): ChartState {
  const ind = model.indicatorById[entry.indicator!]!;
  const { f } = texts(locale);
  const snap = snapshot(model, ind.id);
  if (!snap) return emptyState(entry, locale, f("chart.ranking.title", { indicator: ind.name[locale], year: "" }));
  const unit = UNIT_LABEL[ind.unit][locale];
  const rows = rankingRows(model, snap, locale);
  const regencyRow: Row[] = snap.regency
    ? [{ cells: { rank: undefined, kecamatan: model.regency.name[locale], code: model.regency.code, value: snap.regency.value, note: remarks(statusWord(snap.regency.status, locale), snap.regency.note?.[locale]) }, sample: snap.regency.status === "sample" }]
    : [];
  const list = ranked(model, snap, locale);
  const notes: string[] = [];
  const shown = capRanked(list.map((r) => ({ key: r.code, label: r.name, value: r.value }))).filter((r) => !r.gap).length;
  if (shown < list.length) notes.push(f("chart.note.capped", { shown, total: list.length }));
  if (snap.missing.length) notes.push(f("chart.note.missing", { list: formatList(snap.missing.map((k) => k.name[locale]), locale) }));
  return {
    entry,
    locale,
    title: f("chart.ranking.title", { indicator: ind.name[locale], year: snap.year }),
    subtitle: f(snap.regency && !isCount(ind.unit) ? "chart.ranking.subtitle" : "chart.ranking.subtitlePlain", { unit, regency: model.regency.name[locale] }),
    sentence: rankingSentence(model, snap, ind.id, locale),
    notes,
    sources: sourcesOf(model, [snap.regency?.source, ...snap.values.values().map((o) => o.source)]),
    sample: [...rows, ...regencyRow].some((r) => r.sample),
    table: { columns: rankingColumns(locale, unit, ind.decimals), rows: [...rows, ...regencyRow] },
    indicators: [ind],
    spec: rankingSpec(
      list.map((r) => ({ key: r.code, label: r.name, value: r.value })),
      {
        locale,
        decimals: ind.decimals,
        unit,
        reference: snap.regency && !isCount(ind.unit) ? { label: model.regency.name[locale], value: snap.regency.value } : undefined,
        gapLabel: (n) => f("chart.ranking.others", { n: formatNumber(n, locale) }),
      },
    ),
  };
}
