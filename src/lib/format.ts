import type { Indicator, Locale, Text } from "./data/types.ts";

/**
 * Numbers, money, units and dates in the page's language, always through Intl:
 * 11,24 and Rp431.680 on Indonesian pages, 11.24 and Rp431,680 on English ones.
 * Every chart, table, sentence and PNG formats through here.
 */

export const INTL_LOCALE: Readonly<Record<Locale, string>> = { id: "id-ID", en: "en-US" };
const DATE_LOCALE: Readonly<Record<Locale, string>> = { id: "id-ID", en: "en-GB" };

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, min: number, max: number): Intl.NumberFormat {
  const key = `${locale}:${min}:${max}`;
  let f = numberFormats.get(key);
  if (!f)
    numberFormats.set(key, (f = new Intl.NumberFormat(INTL_LOCALE[locale], { minimumFractionDigits: min, maximumFractionDigits: max })));
  return f;
}

/** A plain number with a fixed number of decimals: 11,24 / 11.24; 333.127 / 333,127. */
export function formatNumber(value: number, locale: Locale, decimals = 0): string {
  return numberFormat(locale, decimals, decimals).format(value);
}

/** A number with at most `decimals` decimals, for axis ticks (12 rather than 12,00). */
export function formatTick(value: number, locale: Locale, decimals = 2): string {
  return numberFormat(locale, 0, decimals).format(value);
}

const NBSP = "\u00a0";

/** Rupiah without a space: Rp431.680 / Rp431,680. */
export function formatRupiah(value: number, locale: Locale): string {
  return `Rp${formatNumber(Math.round(value), locale)}`;
}

const SCALES: readonly [number, Text][] = [
  [1e12, { id: "triliun", en: "trillion" }],
  [1e9, { id: "miliar", en: "billion" }],
  [1e6, { id: "juta", en: "million" }],
];

/** Budgets in words people say: Rp1,58 miliar / Rp1.58 billion; below a million, in full. */
export function formatRupiahShort(value: number, locale: Locale): string {
  for (const [scale, word] of SCALES) {
    if (Math.abs(value) >= scale) {
      const n = value / scale;
      return `Rp${numberFormat(locale, 0, n >= 100 ? 0 : n >= 10 ? 1 : 2).format(n)}${NBSP}${word[locale]}`;
    }
  }
  return formatRupiah(value, locale);
}

/**
 * A value with its unit, as it reads in a sentence or a table cell, in the
 * unit's style (the catalogue's categories of `indicators.unit`): 11,24 % /
 * 11.24%; Rp431.680; 0,37; 333.127 jiwa.
 */
export function formatValue(value: number, indicator: Pick<Indicator, "unit" | "decimals">, locale: Locale): string {
  const n = formatNumber(value, locale, indicator.decimals);
  switch (indicator.unit.style) {
    case "percent":
      return locale === "id" ? `${n}${NBSP}%` : `${n}%`;
    case "rupiah":
      return `${formatRupiah(value, locale)}`;
    case "index":
      return n;
    case "word":
      return `${n}${NBSP}${indicator.unit.label[locale]}`;
  }
}

/** Change in percentage points (or plain units), signed: −0,50 poin / −0.50 points. */
export function formatChange(delta: number, indicator: Pick<Indicator, "unit" | "decimals">, locale: Locale): string {
  const abs = formatNumber(Math.abs(delta), locale, indicator.decimals);
  const sign = delta > 0 ? "+" : delta < 0 ? "−" : "";
  if (indicator.unit.style === "percent") return `${sign}${abs}${NBSP}${locale === "id" ? "poin persen" : "percentage points"}`;
  return `${sign}${abs}`;
}

const dateFormats: Record<string, Intl.DateTimeFormat> = {};
function dateFormat(locale: Locale, parts: "day" | "month" | "year"): Intl.DateTimeFormat {
  const key = `${locale}:${parts}`;
  return (dateFormats[key] ??= new Intl.DateTimeFormat(DATE_LOCALE[locale], {
    timeZone: "UTC",
    year: "numeric",
    ...(parts !== "year" ? { month: "long" } : {}),
    ...(parts === "day" ? { day: "numeric" } : {}),
  }));
}

/** A date written YYYY, YYYY-MM or YYYY-MM-DD, in words: 27 Juli 2024 / 27 July 2024; Juli 2024; 2024. */
export function formatDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  return dateFormat(locale, d ? "day" : m ? "month" : "year").format(date);
}

/** "a, b, dan c" / "a, b, and c". */
export function formatList(items: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(INTL_LOCALE[locale], { type: "conjunction" }).format(items);
}

const plainFormats = new Map<number, Intl.NumberFormat>();
/**
 * A number for a file rather than a reader (CSV): dot as decimal mark, no
 * grouping, the given decimals, rounded exactly as the locale formats above
 * round it, so the file and the page show the same digits (45323.975 -> 45323.98).
 */
export function formatPlain(value: number, decimals: number): string {
  let f = plainFormats.get(decimals);
  if (!f)
    plainFormats.set(
      decimals,
      (f = new Intl.NumberFormat("en-US", { useGrouping: false, minimumFractionDigits: decimals, maximumFractionDigits: decimals })),
    );
  return f.format(value);
}
