import type { Locale, Model } from "../../data/types.ts";
import { formatList, formatNumber, formatValue } from "../../format.ts";
import { midSentence } from "../../../i18n/fill.ts";
import { chartId } from "../ids.ts";
import { comparableIndicators, isCount, rankShort } from "../../compare/index.ts";
import { profileSpec, type ProfilePanel } from "../specs/profile.ts";
import type { ChartEntry, ChartState, Row } from "../types.ts";
import { emptyState, remarks, sourcesOf, statusWord, texts } from "./common.ts";
import { rankedItems } from "./ranking.ts";

/**
 * State of a kecamatan profile: for each indicator with a kecamatan comparison,
 * where this kecamatan stands among all of them and against the regency. The
 * table has one row per indicator (this kecamatan's value, rank and the
 * regency value), so its size does not grow with the number of kecamatan.
 */
export const profileEntries = (model: Model): ChartEntry[] =>
  model.kecamatan.map((k) => ({ id: chartId.profile(k.slug), kind: "profile" as const, slug: k.slug }));

export function profileState(model: Model, entry: ChartEntry, locale: Locale): ChartState {
  const { t, f } = texts(locale);
  const k = model.areaBySlug[entry.slug!]!;
  const name = k.name[locale];
  const title = f("chart.profile.title", { name });
  const usable = comparableIndicators(model);
  if (!usable.length) return emptyState(entry, locale, title);
  const panels: ProfilePanel[] = [];
  const rows: Row[] = [];
  const parts: string[] = [];
  for (const cmp of usable) {
    const { indicator: ind } = cmp;
    const o = cmp.values.get(k.code);
    const own = cmp.ranks.get(k.code);
    const caption = `${name}: ${o ? formatValue(o.value, ind, locale) : t("chart.legend.noData")}`;
    const items = rankedItems(cmp, locale);
    const index = cmp.position.get(k.code);
    panels.push({
      key: ind.id,
      title: ind.short[locale],
      caption,
      rank: own && rankShort(own, locale),
      items,
      index,
      reference: isCount(ind.unit) ? undefined : cmp.regency?.value,
    });
    rows.push({
      cells: {
        indicator: ind.name[locale],
        year: String(cmp.year),
        value: o?.value,
        unit: ind.unit.label[locale],
        rank: own?.rank,
        of: own?.of ?? cmp.ranked.length,
        regency: cmp.regency?.value,
        note: o ? remarks(statusWord(o.status, locale)) : t("chart.legend.noData"),
      },
      decimals: { value: ind.decimals, regency: ind.decimals },
      sample: o?.status === "sample" || cmp.regency?.status === "sample",
    });
    if (own && o)
      parts.push(
        f("chart.profile.part", {
          rank: formatNumber(own.rank, locale),
          indicator: midSentence(ind.name[locale]),
          value: formatValue(o.value, ind, locale),
        }),
      );
  }
  const n = model.kecamatan.length;
  return {
    entry,
    locale,
    title,
    subtitle: f("chart.profile.subtitle", { name, regency: model.regency.name[locale] }),
    sentence: parts.length
      ? f("chart.profile.sentence", { n: formatNumber(n, locale), name, parts: formatList(parts, locale), rule: t("rank.rule.short") })
      : t("chart.empty"),
    notes: [],
    sources: sourcesOf(
      model,
      usable.flatMap((cmp) => [cmp.values.get(k.code)?.source, cmp.regency?.source]),
    ),
    sample: rows.some((r) => r.sample),
    table: {
      columns: [
        { key: "indicator", label: t("chart.col.indicator"), type: "text" },
        { key: "year", label: t("chart.col.year"), type: "text" },
        { key: "value", label: name, type: "number" },
        { key: "unit", label: t("chart.col.unit"), type: "text" },
        { key: "rank", label: t("chart.col.rank"), type: "number", decimals: 0 },
        { key: "of", label: t("chart.col.kecamatan"), type: "number", decimals: 0 },
        { key: "regency", label: model.regency.name[locale], type: "number" },
        { key: "note", label: t("chart.col.note"), type: "text" },
      ],
      rows,
    },
    indicators: usable.map((u) => u.indicator),
    spec: profileSpec(panels, { highlight: k.code }),
  };
}
