import type { Area, Indicator, Locale, Model, Status } from "../../data/types.ts";
import { formatList, formatNumber, formatValue } from "../../format.ts";
import { indexOf, observationsOf } from "../../model-index.ts";
import { midSentence } from "../../../i18n/fill.ts";
import { chartId } from "../ids.ts";
import { mainGroup, pointsIn, type Point } from "../../compare/period.ts";
import { missingYears, yearRanges } from "../../years.ts";
import { isCount } from "../../compare/index.ts";
import { trendsSpec, type TrendsPanel } from "../specs/trends.ts";
import type { ChartEntry, ChartState, Row } from "../types.ts";
import { emptyState, flagged, remarks, sourcesOf, statusWord, texts } from "./common.ts";
import { sentence as trendSentence } from "./trend.ts";
import { placeWords } from "../../place.ts";

/**
 * State of a kecamatan's trends: one panel per kecamatan indicator in which
 * the kecamatan has values for at least two years (one year is no trend; such
 * values are listed in a note), its series against the regency's for the same
 * years (none for counts: the regency's count is the sum of its kecamatan).
 * Each series keeps one survey period, as the regency trends do. One chart per
 * kecamatan, built from the model index, so the cost grows with the number of
 * kecamatan and nothing else.
 */
export const kecamatanTrendsEntries = (model: Model): ChartEntry[] =>
  model.kecamatan.map((k) => ({ id: chartId.kecamatanTrends(k.slug), kind: "kecamatan-trends" as const, slug: k.slug }));

interface Drawn {
  readonly ind: Indicator;
  readonly own: readonly Point[];
  /** The regency's values in the kecamatan's period and years; undefined for counts. */
  readonly regency: readonly Point[] | undefined;
  /** True when values of another survey period were left out. */
  readonly otherPeriods: boolean;
}

type Direction = "better" | "worse" | "same" | "neutral";

function direction(d: Drawn): Direction {
  const first = d.own[0]!.value;
  const last = d.own.at(-1)!.value;
  if (first === last) return "same";
  if (d.ind.better === "neutral") return "neutral";
  return last < first === (d.ind.better === "lower") ? "better" : "worse";
}

export function kecamatanTrendsState(model: Model, entry: ChartEntry, locale: Locale): ChartState {
  const { t, f } = texts(locale);
  const k = model.areaBySlug[entry.slug!]!;
  const name = k.name[locale];
  const regencyName = model.regency.name[locale];
  const title = f("chart.trends.title", { name });

  const drawn: Drawn[] = [];
  const single: Point[] = [];
  const singleInd: Indicator[] = [];
  for (const ind of indexOf(model).kecamatanIndicators) {
    const obs = observationsOf(model, ind.id, k.code);
    const group = mainGroup(obs);
    if (!group) continue;
    const own = pointsIn(obs, group);
    if (own.length < 2) {
      single.push(own[0]!);
      singleInd.push(ind);
      continue;
    }
    const y0 = own[0]!.year;
    const y1 = own.at(-1)!.year;
    const regency = isCount(ind.unit)
      ? undefined
      : pointsIn(observationsOf(model, ind.id, model.regency.code), group).filter((p) => p.year >= y0 && p.year <= y1);
    drawn.push({ ind, own, regency, otherPeriods: obs.some((o) => o.period.group.id !== group) });
  }
  if (!drawn.length) return emptyState(entry, locale, title);

  const rows: Row[] = [];
  const sourceLabel = (id: string): string => {
    const s = model.sourceById[id];
    return s ? `${s.publisher}: ${s.title}` : id;
  };
  for (const d of drawn) {
    const unit = d.ind.unit.label[locale];
    for (const [area, points] of [
      [k, d.own],
      [model.regency, d.regency ?? []],
    ] as const)
      for (const p of points)
        rows.push({
          cells: {
            indicator: d.ind.name[locale],
            year: String(p.year),
            series: area.name[locale],
            value: p.value,
            unit,
            note: remarks(statusWord(p.status, locale), p.obs.note?.[locale]),
            source: sourceLabel(p.obs.source),
          },
          decimals: { value: d.ind.decimals },
          sample: p.status === "sample",
        });
  }

  const notes: string[] = [];
  for (const d of drawn)
    for (const [area, points] of [
      [k, d.own],
      [model.regency, d.regency ?? []],
    ] as const)
      for (const p of points)
        if (p.status === "provisional" || p.status === "estimate")
          notes.push(
            f(`chart.trends.note.${p.status}`, {
              indicator: d.ind.name[locale],
              area: area.name[locale],
              year: p.year,
              value: formatValue(p.value, d.ind, locale),
            }),
          );
  const gaps = drawn.flatMap((d) => {
    const years = missingYears(d.own.map((p) => p.year));
    return years.length ? [`${midSentence(d.ind.name[locale])} (${yearRanges(years)})`] : [];
  });
  if (gaps.length) notes.push(f("chart.trends.note.gaps", { list: formatList(gaps, locale) }));
  const otherPeriods = drawn.filter((d) => d.otherPeriods);
  if (otherPeriods.length)
    notes.push(
      f("chart.trends.note.periodOnly", {
        list: formatList(
          otherPeriods.map((d) => midSentence(d.ind.name[locale])),
          locale,
        ),
      }),
    );
  const counts = drawn.filter((d) => !d.regency);
  if (counts.length)
    notes.push(
      f("chart.trends.note.counts", {
        list: formatList(
          counts.map((d) => midSentence(d.ind.name[locale])),
          locale,
        ),
        ...placeWords(model, locale),
        regency: regencyName,
      }),
    );
  const noRegency = drawn.filter((d) => d.regency && !d.regency.length);
  if (noRegency.length)
    notes.push(
      f("chart.trends.note.noRegency", {
        list: formatList(
          noRegency.map((d) => midSentence(d.ind.name[locale])),
          locale,
        ),
        regency: regencyName,
      }),
    );
  if (single.length)
    notes.push(
      f("chart.trends.note.single", {
        list: single.map((p, i) => `${midSentence(singleInd[i]!.name[locale])} ${p.year}: ${flagged(p, singleInd[i]!, locale)}`).join("; "),
      }),
    );

  const panels: TrendsPanel[] = drawn.map((d) => {
    const last = d.own.at(-1)!;
    return {
      key: d.ind.id,
      title: d.ind.short[locale],
      caption: `${name}: ${formatValue(last.value, d.ind, locale)} (${last.year})`,
      main: d.own,
      reference: d.regency,
      decimals: d.ind.decimals,
    };
  });
  const hollow = drawn.flatMap((d) => [...d.own, ...(d.regency ?? [])]).map((p) => p.status);
  const legendStatus =
    hollow.includes("provisional") && hollow.includes("estimate")
      ? "chart.legend.provisionalEstimate"
      : hollow.includes("estimate")
        ? "chart.legend.estimate"
        : "chart.legend.provisional";

  return {
    entry,
    locale,
    title,
    subtitle: f(drawn.some((d) => d.regency?.length) ? "chart.trends.subtitle" : "chart.trends.subtitleNoRegency", {
      name,
      regency: regencyName,
    }),
    sentence: trendsSentence(k, drawn, locale),
    notes,
    sources: sourcesOf(model, [
      ...drawn.flatMap((d) => [...d.own].reverse().map((p) => p.obs.source)),
      ...drawn.flatMap((d) => (d.regency ?? []).map((p) => p.obs.source)),
      ...single.map((p) => p.obs.source),
    ]),
    sample: rows.some((r) => r.sample) || single.some((p) => p.status === "sample"),
    table: {
      columns: [
        { key: "indicator", label: t("chart.col.indicator"), type: "text" },
        { key: "year", label: t("chart.col.year"), type: "text" },
        { key: "series", label: t("chart.col.series"), type: "text" },
        { key: "value", label: t("chart.col.valuePlain"), type: "number" },
        { key: "unit", label: t("chart.col.unit"), type: "text" },
        { key: "note", label: t("chart.col.note"), type: "text" },
        { key: "source", label: t("chart.col.source"), type: "text", csvOnly: true },
      ],
      rows,
    },
    indicators: drawn.map((d) => d.ind),
    spec: trendsSpec(panels, { locale, labels: { main: name, reference: regencyName, provisional: t(legendStatus) } }),
  };
}

/** The flag a claim about several values carries: sample data first, then provisional, then estimated figures. */
const FLAGGED = ["sample", "provisional", "estimate"] as const satisfies readonly Status[];

/**
 * "Di Seko, 6 dari 7 indikator membaik antara 2023 dan 2025 dan tidak ada yang memburuk (data contoh)."
 * Improving and worsening follow each indicator's `better`; a neutral indicator
 * (the number of aid recipients) is counted but neither. The worsening ones are
 * named with their values. With one panel, or none that can be judged, the
 * sentence of the first panel's trend.
 */
function trendsSentence(k: Area, drawn: readonly Drawn[], locale: Locale): string {
  const { t, f } = texts(locale);
  const dirs = drawn.map(direction);
  const withDirection = drawn.filter((d) => d.ind.better !== "neutral");
  if (withDirection.length <= 1) {
    const d = withDirection[0] ?? drawn[0]!;
    return trendSentence(d.ind, k, d.own, [], locale);
  }
  // Only indicators with a better direction can improve or worsen: the count is of those alone.
  const judged = drawn.filter((d) => d.ind.better !== "neutral");
  const y0 = judged[0]!.own[0]!.year;
  const y1 = judged[0]!.own.at(-1)!.year;
  const span = judged.every((d) => d.own[0]!.year === y0 && d.own.at(-1)!.year === y1)
    ? f("chart.trends.span", { y0, y1 })
    : t("chart.trends.spanMixed");
  // The count rests on every judged panel's first and latest value: it carries the flag of the weakest of them.
  const statuses = new Set(judged.flatMap((d) => [d.own[0]!.status, d.own.at(-1)!.status]));
  const flag = FLAGGED.find((s) => statuses.has(s));
  const base = {
    name: k.name[locale],
    better: formatNumber(dirs.filter((d) => d === "better").length, locale),
    n: formatNumber(judged.length, locale),
    span,
    flag: flag ? t(`say.flag.${flag}`) : "",
  };
  const worse = drawn.filter((_, i) => dirs[i] === "worse");
  if (!worse.length) return f("chart.trends.sentence.none", base);
  const items = worse.slice(0, 2).map((d) =>
    f("chart.trends.sentence.item", {
      indicator: midSentence(d.ind.name[locale]),
      from: flagged(d.own[0]!, d.ind, locale),
      to: flagged(d.own.at(-1)!, d.ind, locale),
    }),
  );
  if (worse.length > 2) items.push(f("chart.trends.sentence.more", { n: formatNumber(worse.length - 2, locale) }));
  return f("chart.trends.sentence.worse", { ...base, list: formatList(items, locale) });
}
