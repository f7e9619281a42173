import { useTranslations } from "../../i18n/index.ts";
import type { Better, Locale, Unit } from "../data/types.ts";
import { formatNumber } from "../format.ts";
import { fill } from "./fill.ts";

/**
 * How a kecamatan value stands beside the regency's and among the other
 * kecamatan, in plain words, as Census Reporter writes it: "sekitar 1,5 kali
 * angka kabupaten", "hampir sama dengan angka kabupaten", "peringkat 3 dari 15".
 */

/** Units whose values add up over kecamatan: a kecamatan is a share of the regency total, not a multiple of it. */
const COUNTS: ReadonlySet<Unit> = new Set(["persons", "thousand_persons", "million_persons", "households", "houses", "families", "customers", "km2"]);

const FRACTIONS = [
  [1 / 4, "compare.quarter"],
  [1 / 3, "compare.third"],
  [1 / 2, "compare.half"],
  [2 / 3, "compare.twoThirds"],
  [3 / 4, "compare.threeQuarters"],
] as const;

/** The kecamatan value beside the regency value, or undefined when the regency value gives no basis (missing or zero). */
export function compareToRegency(value: number, regency: number | undefined, unit: Unit, locale: Locale): string | undefined {
  const t = useTranslations(locale);
  if (regency === undefined || regency <= 0 || value < 0) return undefined;
  const ratio = value / regency;
  if (COUNTS.has(unit)) {
    const share = Math.round(ratio * 100);
    return share < 1 ? t("compare.shareSmall") : fill(t("compare.share"), { share: formatNumber(share, locale) + (locale === "id" ? "\u00a0%" : "%") });
  }
  if (ratio >= 0.95 && ratio <= 1.05) return t("compare.same");
  if (ratio > 1.05 && ratio < 1.15) return t("compare.littleHigher");
  if (ratio >= 1.15) {
    const r = Math.round(ratio * 10) / 10;
    return r === 2 ? t("compare.twice") : fill(t("compare.times"), { ratio: formatNumber(r, locale, Number.isInteger(r) ? 0 : 1) });
  }
  if (ratio < 0.1) return t("compare.tenth");
  for (const [f, key] of FRACTIONS) if (Math.abs(ratio - f) <= 0.03) return t(key);
  if (ratio >= 0.85) return t("compare.littleLower");
  return fill(t("compare.times"), { ratio: formatNumber(Math.round(ratio * 10) / 10, locale, 1) });
}

export interface Rank {
  /** 1 is the best value (lowest when lower is better); for neutral indicators, the highest. */
  readonly rank: number;
  readonly of: number;
}

/** Competition ranks ("1, 2, 2, 4") of every area at once, by the indicator's direction: one sort, not a scan per area. */
export function rankAll(values: ReadonlyMap<string, number>, better: Better): Map<string, Rank> {
  const sorted = [...values].sort((a, b) => (better === "lower" ? a[1] - b[1] : b[1] - a[1]));
  const ranks = new Map<string, Rank>();
  sorted.forEach(([code, v], i) => {
    const previous = sorted[i - 1];
    ranks.set(code, { rank: previous && previous[1] === v ? ranks.get(previous[0])!.rank : i + 1, of: sorted.length });
  });
  return ranks;
}

/** "peringkat 3 dari 15; peringkat 1 = angka terendah (terbaik)" / "rank 3 of 15; rank 1 = lowest (best)". */
export function rankSentence({ rank, of }: Rank, better: Better, locale: Locale): string {
  const t = useTranslations(locale);
  return fill(t(better === "lower" ? "rank.lowerBetter" : better === "higher" ? "rank.higherBetter" : "rank.neutral"), { rank, of });
}
