import type { Area, Indicator, Locale, Model, Target } from "../../data/types.ts";
import { formatList, formatNumber, formatValue } from "../../format.ts";
import { chartId } from "../ids.ts";
import { observationsOf, indexOf, targetsOf } from "../../model-index.ts";
import { mainGroup, pointsIn, type PeriodGroup, type Point } from "../../compare/period.ts";
import { missingYears, yearRanges } from "../../years.ts";
import { trendSpec, type TrendSeries, type TrendTarget } from "../specs/trend.ts";
import type { ChartEntry, ChartState, Column, Row } from "../types.ts";
import { emptyState, flagged, remarks, sourcesOf, statusWord, texts } from "./common.ts";

/**
 * State of the trend charts: an indicator over the years for the regency (or,
 * when the regency has no values, the first comparison area that has), with
 * the province and the country as comparisons. Only values of the main
 * series' survey period are drawn. A kecamatan's trends are one chart of
 * small multiples (trends.ts).
 */

export function trendEntries(model: Model): ChartEntry[] {
  const { obs } = indexOf(model);
  const codes = [model.regency.code, ...model.comparisons.map((c) => c.code)];
  // The home page always places the headline's and the outcomes' trends: without data they are candidates that show the notice.
  const placed = new Set([model.settings.headline.indicator, ...model.settings.outcomes]);
  return model.indicators
    .filter((i) => placed.has(i.id) || codes.some((c) => obs.get(i.id)?.has(c)))
    .map((i) => ({ id: chartId.trend(i.id), kind: "trend" as const, indicator: i.id }));
}

interface Drawn {
  readonly series: TrendSeries;
  readonly points: readonly Point[];
  readonly area: Area;
  readonly indicator: Indicator;
}

export function trendState(model: Model, entry: ChartEntry, locale: Locale): ChartState {
  const ind = model.indicatorById[entry.indicator!]!;
  const { t, f } = texts(locale);
  const candidates = [model.regency, ...model.comparisons];
  const main = candidates.find((a) => observationsOf(model, ind.id, a.code).length);
  const title = f("chart.trend.title", { indicator: ind.name[locale], area: (main ?? model.regency).name[locale] });
  if (!main) return emptyState(entry, locale, title);
  const mainObs = observationsOf(model, ind.id, main.code);
  const group = mainGroup(mainObs);
  if (!group) return emptyState(entry, locale, title);

  const drawn: Drawn[] = [];
  const roles = ["comp1", "comp2", "comp2"] as const;
  const withoutPeriod: Area[] = [];
  for (const area of candidates.slice(candidates.indexOf(main))) {
    const points = pointsIn(observationsOf(model, ind.id, area.code), group);
    const role = area === main ? "main" : roles[Math.min(drawn.length - 1, 2)]!;
    if (points.length) drawn.push({ series: { key: area.code, label: area.name[locale], role, points }, points, area, indicator: ind });
    else if (observationsOf(model, ind.id, area.code).length) withoutPeriod.push(area);
  }
  // Related series of the same family and unit (the old and the new HDI): drawn beside, never joined.
  const siblings = ind.family ? model.indicators.filter((s) => s.family === ind.family && s.id !== ind.id && s.unit === ind.unit) : [];
  for (const s of siblings) {
    const points = pointsIn(observationsOf(model, s.id, main.code), group).filter((p) => p.status !== "sample");
    if (points.length)
      drawn.push({ series: { key: s.id, label: s.short[locale], role: "sibling", points }, points, area: main, indicator: s });
  }

  const mainPoints = drawn[0]!.points;
  const lastYear = Math.max(...drawn.flatMap((d) => d.points.map((p) => p.year)));
  const targets = targetsOf(model, ind.id, main.code);
  // A multi-year target is drawn when its period has begun; later periods are listed in a note.
  const drawnTargets = targets.filter((t) => t.yearEnd === undefined || t.year <= lastYear + 1);
  const laterTargets = targets.filter((t) => !drawnTargets.includes(t));

  const unit = ind.unit.label[locale];
  const columns: Column[] = [
    { key: "year", label: t("chart.col.year"), type: "text" },
    { key: "series", label: t("chart.col.series"), type: "text" },
    { key: "value", label: f("chart.col.value", { unit }), type: "number", decimals: ind.decimals },
    ...(targets.some((x) => x.valueMax !== undefined)
      ? [{ key: "valueMax", label: f("chart.col.valueMax", { unit }), type: "number" as const, decimals: ind.decimals }]
      : []),
    { key: "note", label: t("chart.col.note"), type: "text" },
    { key: "source", label: t("chart.col.source"), type: "text", csvOnly: true },
  ];
  const sourceLabel = (id: string): string => {
    const s = model.sourceById[id];
    return s ? `${s.publisher}: ${s.title}` : id;
  };
  const rows: Row[] = [
    ...drawn.flatMap((d) =>
      d.points.map((p) => ({
        cells: {
          year: String(p.year),
          series: d.series.label,
          value: p.value,
          note: remarks(statusWord(p.status, locale), p.obs.note?.[locale]),
          source: sourceLabel(p.obs.source),
        },
        sample: p.status === "sample",
      })),
    ),
    ...targets.map((x) => ({
      cells: {
        year: targetYears(x),
        series: f("chart.target.series", { document: x.document }),
        value: x.value,
        valueMax: x.valueMax,
        note: x.note?.[locale] ?? "",
        source: sourceLabel(x.source),
      },
      sample: false,
    })),
  ];

  const notes: string[] = [];
  for (const d of drawn)
    for (const p of d.points)
      if (p.status === "provisional" || p.status === "estimate")
        notes.push(f(`chart.note.${p.status}`, { series: d.series.label, year: p.year, value: formatValue(p.value, d.indicator, locale) }));
  const gaps = missingYears(mainPoints.map((p) => p.year));
  if (gaps.length) notes.push(f("chart.note.gaps", { years: yearRanges(gaps) }));
  const periodWord = mainObs.find((o) => o.period.group.id === group)!.period.group.label[locale];
  if (mainObs.some((o) => pointsIn([o], group).length === 0)) notes.push(f("chart.note.periodOnly", { period: periodWord }));
  if (withoutPeriod.length)
    notes.push(
      f("chart.note.noComparison", {
        areas: formatList(
          withoutPeriod.map((a) => a.name[locale]),
          locale,
        ),
        period: periodWord,
      }),
    );
  for (const d of drawn.filter((x) => x.series.role === "sibling"))
    notes.push(f("chart.note.sibling", { sibling: d.indicator.name[locale], indicator: ind.name[locale] }));
  if (laterTargets.length)
    notes.push(
      f("chart.note.laterTargets", {
        list: formatList(
          laterTargets.map((x) => `${formatValue(x.value, ind, locale)} (${targetYears(x)}, ${x.document})`),
          locale,
        ),
      }),
    );

  const years = drawn.flatMap((d) => d.points.map((p) => p.year));
  const subtitle = f("chart.trend.subtitle", { unit, period: periodWord, years: `${Math.min(...years)}–${Math.max(...years)}` });
  return {
    entry,
    locale,
    title,
    subtitle,
    sentence: sentence(ind, main, mainPoints, drawnTargets, locale),
    notes,
    sources: sourcesOf(model, [...drawn.flatMap((d) => [...d.points].reverse().map((p) => p.obs.source)), ...targets.map((x) => x.source)]),
    sample: rows.some((r) => r.sample),
    table: { columns, rows },
    indicators: [ind, ...drawn.filter((d) => d.series.role === "sibling").map((d) => d.indicator)],
    spec: trendSpec(
      drawn.map((d) => d.series),
      {
        locale,
        decimals: ind.decimals,
        unit,
        targets: drawnTargets.map((x): TrendTarget => ({ year: x.year, yearEnd: x.yearEnd, value: x.value, valueMax: x.valueMax })),
        labels: { target: t("chart.legend.target"), provisional: t(legendStatus(drawn.flatMap((d) => d.points))) },
      },
    ),
  };
}

const targetYears = (x: Target): string => (x.yearEnd === undefined ? String(x.year) : `${x.year}–${x.yearEnd}`);

function legendStatus(points: readonly Point[]): "chart.legend.provisional" | "chart.legend.estimate" | "chart.legend.provisionalEstimate" {
  const p = points.some((x) => x.status === "provisional");
  const e = points.some((x) => x.status === "estimate");
  return p && e ? "chart.legend.provisionalEstimate" : e ? "chart.legend.estimate" : "chart.legend.provisional";
}

/** "Persentase penduduk miskin di Luwu Utara turun dari 13,22 % pada 2022 menjadi 11,24 % pada 2024." plus the latest target met or not. */
export function sentence(ind: Indicator, area: Area, points: readonly Point[], targets: readonly Target[], locale: Locale): string {
  const { f } = texts(locale);
  const first = points[0]!;
  const last = points.at(-1)!;
  const base = {
    indicator: ind.name[locale],
    area: area.name[locale],
    from: flagged(first, ind, locale),
    to: flagged(last, ind, locale),
    y0: first.year,
    y1: last.year,
  };
  const direction = points.length === 1 ? "single" : last.value < first.value ? "fell" : last.value > first.value ? "rose" : "same";
  const parts = [f(`chart.trend.sentence.${direction}`, base)];
  const byYear = new Map(points.map((p) => [p.year, p]));
  const judged = targets.filter((x) => x.yearEnd === undefined && byYear.has(x.year) && ind.better !== "neutral");
  const year = Math.max(...judged.map((x) => x.year));
  for (const x of judged.filter((j) => j.year === year)) {
    const v = byYear.get(x.year)!.value;
    const target =
      x.valueMax === undefined
        ? formatValue(x.value, ind, locale)
        : `${formatNumber(x.value, locale, ind.decimals)}–${formatValue(x.valueMax, ind, locale)}`;
    const met = x.valueMax !== undefined ? v >= x.value && v <= x.valueMax : ind.better === "lower" ? v <= x.value : v >= x.value;
    parts.push(f(met ? "chart.trend.sentence.met" : "chart.trend.sentence.missed", { year: x.year, document: x.document, target }));
  }
  return parts.join(" ");
}

export type { PeriodGroup };
