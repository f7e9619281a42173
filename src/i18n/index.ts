import type { Locale, Text } from "../lib/data/types.ts";
import { en } from "./en.ts";
import { id, type UiKey } from "./id.ts";

export type { UiKey };
const STRINGS: Readonly<Record<Locale, Readonly<Record<UiKey, string>>>> = { id, en };

/** The interface strings of one language: `t("nav.home")`. */
export function useTranslations(locale: Locale): (key: UiKey) => string {
  const strings = STRINGS[locale];
  return (key) => strings[key];
}

/** Picks a data text in the page's language. */
export const pick = (text: Text, locale: Locale): string => text[locale];
