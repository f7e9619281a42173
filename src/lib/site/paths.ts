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

/** A language-neutral file (a download, a preview image) under the base path: `data/areas.csv` -> `/data/areas.csv`. */
export function fileHref(path: string, base: string = import.meta.env?.BASE_URL ?? "/"): string {
  const b = base.endsWith("/") ? base : `${base}/`;
  return `${b}${path}`;
}

/** The full address of a page, for canonical links, hreflang, the sitemap and link previews. */
export function pageUrl(locale: Locale, path: string, site: URL | string, base?: string): string {
  return new URL(href(locale, path, base), site).href;
}

/** Where the link-preview image of a page is written: `og/id/kecamatan/seko.png`, `og/en/index.png`. */
export const ogImagePath = (locale: Locale, path: string): string => `og/${locale}/${path === "" ? "index" : path.slice(0, -1)}.png`;
