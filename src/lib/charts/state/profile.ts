import type { Locale, Model } from "../../data/types.ts";
import { formatList, formatNumber, formatValue, UNIT_LABEL } from "../../format.ts";
import { midSentence } from "../../site/fill.ts";
import { chartId } from "../ids.ts";
import { indexOf } from "../../model-index.ts";
import { isCount, snapshot } from "../snapshot.ts";
import { profileSpec, type ProfilePanel } from "../specs/profile.ts";
import type { ChartEntry, ChartState, Row } from "../types.ts";
import { emptyState, remarks, sourcesOf, statusWord, texts } from "./common.ts";
import { rankedIndex, type Ranked } from "./ranking.ts";
import type { RankedItem } from "../specs/ranking.ts";

/**
 * State of a kecamatan profile: for each kecamatan indicator with a snapshot,
 * where this kecamatan stands among all of them and against the regency. The
 * table has one row per indicator (this kecamatan's value, rank and the
 * regency value), so its size does not grow with the number of kecamatan.
 */
export const profileEntries = (model: Model): ChartEntry[] => model.kecamatan.map((k) => ({ id: chartId.profile(k.slug), kind: "profile" as const, slug: k.slug }));

export function profileState(model: Model, entry: ChartEntry, locale: Locale): ChartState {
  const { t, f } = texts(locale);
  const k = model.areaBySlug[entry.slug!]!;
  const name = k.name[locale];
  const title = f("chart.profile.title", { name });
  const usable = indexOf(model)
    .kecamatanIndicators.map((ind) => ({ ind, snap: snapshot(model, ind.id) }))
    .filter((x): x is { ind: typeof x.ind; snap: NonNullable<typeof x.snap> } => x.snap !== undefined);
  if (!usable.length) return emptyState(entry, locale, title);
  const panels: ProfilePanel[] = [];
  const rows: Row[] = [];
  const parts: string[] = [];
  for (const { ind, snap } of usable) {
    const { list, byCode } = rankedIndex(model, snap, locale);
    const own = byCode.get(k.code);
    const o = snap.values.get(k.code);
    const caption = `${name}: ${own ? formatValue(own.value, ind, locale) : t("chart.legend.noData")}`;
    const rank = own && f("chart.profile.rank", { rank: own.rank, n: list.length });
    panels.push({ key: ind.id, title: ind.short[locale], caption, rank, items: rankedItems(list), index: own ? own.rank - 1 : undefined, reference: isCount(ind.unit) ? undefined : snap.regency?.value });
    rows.push({
      cells: {
        indicator: ind.name[locale],
        year: String(snap.year),
        value: own?.value,
        unit: UNIT_LABEL[ind.unit][locale],
        rank: own?.rank,
        of: list.length,
        regency: snap.regency?.value,
        note: o ? remarks(statusWord(o.status, locale)) : t("chart.legend.noData"),
      },
      decimals: { value: ind.decimals, regency: ind.decimals },
      sample: o?.status === "sample" || snap.regency?.status === "sample",
    });
    if (own) parts.push(f("chart.profile.part", { rank: formatNumber(own.rank, locale), indicator: midSentence(ind.name[locale]), value: formatValue(own.value, ind, locale) }));
  }
  const n = model.kecamatan.length;
  return {
    entry,
    locale,
    title,
    subtitle: f("chart.profile.subtitle", { name, regency: model.regency.name[locale] }),
    sentence: parts.length ? f("chart.profile.sentence", { n: formatNumber(n, locale), name, parts: formatList(parts, locale) }) : t("chart.empty"),
    notes: [],
    sources: sourcesOf(model, usable.flatMap(({ snap }) => [snap.values.get(k.code)?.source, snap.regency?.source])),
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
    indicators: usable.map((u) => u.ind),
    spec: profileSpec(panels, { highlight: k.code }),
  };
}

/** The ranked list as the spec takes it, made once per snapshot: every kecamatan page shares it. */
const itemsCache = new WeakMap<readonly Ranked[], RankedItem[]>();
function rankedItems(list: readonly Ranked[]): RankedItem[] {
  let items = itemsCache.get(list);
  if (!items) itemsCache.set(list, (items = list.map((r) => ({ key: r.code, label: r.name, value: r.value }))));
  return items;
}
