import type { Locale, Text } from "../lib/data/types.ts";
import { charts as chartsEn } from "./ui/charts.en.ts";
import { charts as chartsId } from "./ui/charts.id.ts";
import { site as siteEn } from "./ui/site.en.ts";
import { site as siteId } from "./ui/site.id.ts";

/**
 * The interface strings, one table per language and topic (src/i18n/ui): the
 * site's pages (site.*.ts) and its charts (charts.*.ts, every key `chart.*`).
 * The Indonesian tables define the keys; each English table's type requires
 * exactly the same keys, and test/i18n/ui-strings.test.ts checks that both
 * languages have the same `{placeholders}` and that every key is used. The
 * words of the data check are in src/i18n/check.
 */
const id = { ...siteId, ...chartsId };
const en: Record<UiKey, string> = { ...siteEn, ...chartsEn };
export type UiKey = keyof typeof id;
export const UI_STRINGS: Readonly<Record<Locale, Readonly<Record<UiKey, string>>>> = { id, en };

/** The interface strings of one language: `t("nav.home")`. */
export function useTranslations(locale: Locale): (key: UiKey) => string {
  const strings = UI_STRINGS[locale];
  return (key) => strings[key];
}

/** Picks a data text in the page's language. */
export const pick = (text: Text, locale: Locale): string => text[locale];
