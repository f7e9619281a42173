import { useTranslations, type UiKey } from "../../i18n/index.ts";
import type { Better, Locale, Unit } from "../data/types.ts";
import { formatNumber } from "../format.ts";
import { fill } from "../../i18n/fill.ts";
import { isCount } from "./counts.ts";
import type { Rank } from "./rank.ts";

/**
 * How a kecamatan value stands beside the regency's and among the other
 * kecamatan, in plain words, as Census Reporter writes it: "sekitar 1,5 kali
 * angka kabupaten", "hampir sama dengan angka kabupaten", "peringkat 3 dari 15".
 */

const FRACTIONS = [
  [1 / 4, "compare.quarter"],
  [1 / 3, "compare.third"],
  [1 / 2, "compare.half"],
  [2 / 3, "compare.twoThirds"],
  [3 / 4, "compare.threeQuarters"],
] as const;

/**
 * The kecamatan value beside the value of the whole place, or undefined when
 * that value gives no basis (missing or zero). `placeWord` is the common noun
 * for the place ("kabupaten", "city"; src/lib/site/place.ts).
 */
export function compareToRegency(
  value: number,
  regency: number | undefined,
  unit: Unit,
  locale: Locale,
  placeWord: string,
): string | undefined {
  const t = useTranslations(locale);
  const say = (key: UiKey, values: Readonly<Record<string, string | number>> = {}) => fill(t(key), { placeWord, ...values });
  if (regency === undefined || regency <= 0 || value < 0) return undefined;
  const ratio = value / regency;
  if (isCount(unit)) {
    const share = Math.round(ratio * 100);
    return share < 1
      ? say("compare.shareSmall")
      : say("compare.share", { share: formatNumber(share, locale) + (locale === "id" ? "\u00a0%" : "%") });
  }
  if (ratio >= 0.95 && ratio <= 1.05) return say("compare.same");
  if (ratio > 1.05 && ratio < 1.15) return say("compare.littleHigher");
  if (ratio >= 1.15) {
    const r = Math.round(ratio * 10) / 10;
    return r === 2 ? say("compare.twice") : say("compare.times", { ratio: formatNumber(r, locale, Number.isInteger(r) ? 0 : 1) });
  }
  if (ratio < 0.1) return say("compare.tenth");
  for (const [f, key] of FRACTIONS) if (Math.abs(ratio - f) <= 0.03) return say(key);
  if (ratio >= 0.85) return say("compare.littleLower");
  return say("compare.times", { ratio: formatNumber(Math.round(ratio * 10) / 10, locale, 1) });
}

/** "peringkat 3 dari 15; peringkat 1 = angka terendah (terbaik)" / "rank 3 of 15; rank 1 = lowest (best)". */
export function rankSentence({ rank, of }: Rank, better: Better, locale: Locale): string {
  return `${rankShort({ rank, of }, locale)}; ${rankRule(better, locale)}`;
}

/** "peringkat 3 dari 15" / "rank 3 of 15". */
export const rankShort = ({ rank, of }: Rank, locale: Locale): string =>
  fill(useTranslations(locale)("rank.of"), { rank: formatNumber(rank, locale), of: formatNumber(of, locale) });

/** What rank 1 means for an indicator of this direction: "peringkat 1 = angka terendah (terbaik)". */
export const rankRule = (better: Better, locale: Locale): string => useTranslations(locale)(`rank.rule.${better}`);
