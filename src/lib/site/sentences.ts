import { useTranslations } from "../../i18n/index.ts";
import type { Better, Locale, Observation, Target, Text, Unit } from "../data/types.ts";
import { formatList, formatNumber, formatValue } from "../format.ts";
import { fill, midSentence } from "../../i18n/fill.ts";

/**
 * Sentences with numbers, generated from the data in the page's language: the
 * latest value of a series, how it changed, how it stands against its target
 * and beside the comparison areas. Pure functions of plain facts, so tests pin
 * their exact wording in both languages. Each returns undefined when the facts
 * do not support the sentence (no value, no earlier year, no target).
 */

export interface IndicatorLike {
  readonly name: Text;
  readonly unit: Unit;
  readonly decimals: number;
  readonly better: Better;
}

export interface SeriesFacts {
  /** The area's name. */
  readonly area: Text;
  readonly indicator: IndicatorLike;
  /** One area and one survey period, oldest first. */
  readonly series: readonly Observation[];
}

/** When an observation refers to, in words, as its period says it in the catalogue: "Maret 2025", "2024", "pertengahan 2020". */
export function when(o: Pick<Observation, "year" | "period">, locale: Locale): string {
  return fill(o.period.when[locale], { year: o.year });
}

/** The size of a difference, without sign: "0,50 poin persen", "0.37 points", "1.234 rumah". */
export function formatDelta(delta: number, indicator: Pick<IndicatorLike, "unit" | "decimals">, locale: Locale): string {
  const t = useTranslations(locale);
  const abs = Math.abs(delta);
  if (indicator.unit.style === "percent") return fill(t("say.delta.points"), { n: formatNumber(abs, locale, indicator.decimals) });
  if (indicator.unit.style === "index") return fill(t("say.delta.index"), { n: formatNumber(abs, locale, indicator.decimals) });
  return formatValue(abs, indicator, locale);
}

/** The flag a value carries in a sentence: " (angka sementara)", " (estimasi)", " (data contoh)". */
export function statusFlag(status: Observation["status"], locale: Locale): string {
  const t = useTranslations(locale);
  return status === "final" ? "" : t(`say.flag.${status}`);
}

/** "Pada Maret 2025, persentase penduduk miskin (P0) Luwu Utara adalah 10,74 % (angka sementara)." */
export function latestSentence(f: SeriesFacts, locale: Locale): string | undefined {
  const last = f.series.at(-1);
  if (!last) return undefined;
  return fill(useTranslations(locale)("say.latest"), {
    when: when(last, locale),
    name: midSentence(f.indicator.name[locale]),
    area: f.area[locale],
    value: formatValue(last.value, f.indicator, locale),
    flag: statusFlag(last.status, locale),
  });
}

/**
 * How the latest value changed from the year before it and from about `span`
 * years earlier (the earliest value at least that far back, or else the oldest):
 * "Angka ini turun 0,50 poin persen dari 11,24 % pada 2024 dan turun 2,67 poin persen dari 13,41 % pada 2020."
 */
export function changeSentence(f: SeriesFacts, locale: Locale, span = 5): string | undefined {
  const t = useTranslations(locale);
  const last = f.series.at(-1);
  if (!last || f.series.length < 2) return undefined;
  const previous = f.series.at(-2)!;
  const older = f.series.slice(0, -2);
  const earlier = older.filter((o) => o.year <= last.year - span).at(-1) ?? older[0];
  const part = (o: Observation): string => {
    const delta = last.value - o.value;
    if (delta === 0) return fill(t("say.change.same"), { year: o.year });
    return fill(t(delta < 0 ? "say.change.down" : "say.change.up"), {
      delta: formatDelta(delta, f.indicator, locale),
      value: formatValue(o.value, f.indicator, locale),
      year: o.year,
    });
  };
  const parts = [previous, earlier].filter((o): o is Observation => o !== undefined).map(part);
  return fill(t("say.change"), { parts: formatList(parts, locale) });
}

/**
 * The latest value against a target for the same year:
 * "Target untuk 2025 (RPJMD 2021-2026) adalah 12,02 %. Angka ini 1,28 poin persen lebih baik dari target."
 */
export function targetSentence(f: SeriesFacts, target: Target | undefined, locale: Locale): string | undefined {
  const t = useTranslations(locale);
  const last = f.series.at(-1);
  if (!last || !target) return undefined;
  const fmt = (v: number) => formatValue(v, f.indicator, locale);
  const range = target.valueMax !== undefined;
  const shown = range ? `${formatNumber(target.value, locale, f.indicator.decimals)}–${fmt(target.valueMax!)}` : fmt(target.value);
  const head = fill(t("say.target"), { year: target.year, document: target.document, target: shown });
  const low = target.value;
  const high = target.valueMax ?? target.value;
  let verdict: string;
  if (last.value >= low && last.value <= high) verdict = t(range ? "say.target.within" : "say.target.equal");
  else {
    const above = last.value > high;
    const delta = formatDelta(above ? last.value - high : low - last.value, f.indicator, locale);
    if (f.indicator.better === "neutral") verdict = fill(t(above ? "say.target.above" : "say.target.below"), { delta });
    else verdict = fill(t(above === (f.indicator.better === "lower") ? "say.target.worse" : "say.target.better"), { delta });
  }
  return `${head} ${verdict}`;
}

/**
 * The comparison areas in the same year and period as the latest value:
 * "Sebagai pembanding, pada Maret 2025 angka Sulawesi Selatan 7,60 % dan Indonesia 8,47 %."
 */
export function comparisonSentence(
  f: SeriesFacts,
  others: readonly { area: Text; series: readonly Observation[] }[],
  locale: Locale,
): string | undefined {
  const t = useTranslations(locale);
  const last = f.series.at(-1);
  if (!last) return undefined;
  const parts = others.flatMap(({ area, series }) => {
    const o = series.find((s) => s.year === last.year && s.period.group.id === last.period.group.id);
    return o
      ? [
          fill(t("say.compare.part"), {
            area: area[locale],
            value: formatValue(o.value, f.indicator, locale) + statusFlag(o.status, locale),
          }),
        ]
      : [];
  });
  if (!parts.length) return undefined;
  return fill(t("say.compare"), { when: when(last, locale), parts: formatList(parts, locale) });
}
