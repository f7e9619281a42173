import type { Locale } from "../data/types.ts";

/**
 * Page addresses. Indonesian lives at the root, English under /en/, with the
 * same path after the prefix. Paths here never start with a slash and end with
 * one (`kecamatan/seko/`); `href` adds the base path the site is served under.
 */
export const localePrefix = (locale: Locale): string => (locale === "id" ? "" : `${locale}/`);

/** The `[...locale]` route parameter: undefined for Indonesian, "en" for English. */
export const localeParam = (locale: Locale): string | undefined => (locale === "id" ? undefined : locale);
export const localeFromParam = (param: string | undefined): Locale => (param === "en" ? "en" : "id");

export function href(locale: Locale, path = "", base: string = import.meta.env?.BASE_URL ?? "/"): string {
  const b = base.endsWith("/") ? base : `${base}/`;
  return `${b}${localePrefix(locale)}${path}`;
}
