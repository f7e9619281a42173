import type { Locale } from "../data/types.ts";

/**
 * Page addresses, in one place. Indonesian lives at the root, English under
 * /en/, with the same path after the prefix. Paths here never start with a
 * slash and end with one (`kecamatan/seko/`); `href` adds the base path the
 * site is served under and the language prefix. Nothing else in the code
 * writes a page path: it asks `pathOf`.
 */
export type PageKind =
  | "home"
  | "strategy-index"
  | "strategy"
  | "kecamatan-index"
  | "kecamatan"
  | "indicator-index"
  | "indicator"
  | "agency-index"
  | "agency"
  | "plan-index"
  | "plan"
  | "data"
  | "method"
  | "about"
  | "search"
  | "check"
  | "guide"
  | "updates"
  | "chart-index"
  | "chart"
  | "embed"
  | "pinned-chart"
  | "pinned-embed";

/** The kinds whose path needs an id (a strategy, kecamatan slug, indicator, agency, plan year, chart id or pinned chart id). */
export type PageKindWithId =
  "strategy" | "kecamatan" | "indicator" | "agency" | "plan" | "chart" | "embed" | "pinned-chart" | "pinned-embed";
export type PageKindWithoutId = Exclude<PageKind, PageKindWithId>;

const FIXED: Readonly<Record<PageKindWithoutId, string>> = {
  home: "",
  "strategy-index": "strategi/",
  "kecamatan-index": "kecamatan/",
  "indicator-index": "indikator/",
  "agency-index": "opd/",
  "plan-index": "rencana/",
  data: "data/",
  method: "metodologi/",
  about: "tentang/",
  search: "cari/",
  check: "periksa/",
  guide: "panduan/",
  updates: "pembaruan/",
  "chart-index": "grafik/",
};

/** The kinds whose path needs no id, in the order of the site's sections. */
export const PAGE_KINDS_WITHOUT_ID = Object.keys(FIXED) as PageKindWithoutId[];

const WITH_ID: Readonly<Record<PageKindWithId, (id: string) => string>> = {
  strategy: (id) => `strategi/${id}/`,
  kecamatan: (slug) => `kecamatan/${slug}/`,
  indicator: (id) => `indikator/${id}/`,
  agency: (id) => `opd/${id}/`,
  plan: (year) => `rencana/${year}/`,
  chart: (id) => `grafik/${id}/`,
  embed: (id) => `grafik/${id}/embed/`,
  "pinned-chart": (id) => `rilis/${pinnedParts(id).version}/grafik/${pinnedParts(id).chart}/`,
  "pinned-embed": (id) => `rilis/${pinnedParts(id).version}/grafik/${pinnedParts(id).chart}/embed/`,
};

/**
 * The id of a chart's page pinned to a release (the frozen copy of its data
 * in that release): `pinnedId("2026.1", "tren-p0")` is `2026.1/tren-p0`, and
 * `pathOf("pinned-chart", ...)` of it is `rilis/2026.1/grafik/tren-p0/`.
 */
export const pinnedId = (version: string, chart: string): string => `${version}/${chart}`;
function pinnedParts(id: string): { version: string; chart: string } {
  const at = id.indexOf("/");
  if (at < 1) throw new Error(`pathOf: a pinned chart's id is "<version>/<chart>", not "${id}"`);
  return { version: id.slice(0, at), chart: id.slice(at + 1) };
}

/** The path of a page: `pathOf("kecamatan", "seko")` is `kecamatan/seko/`, `pathOf("home")` is "". */
export function pathOf(kind: PageKindWithoutId): string;
export function pathOf(kind: PageKindWithId, id: string): string;
export function pathOf(kind: PageKind, id?: string): string {
  if (kind in WITH_ID) {
    if (id === undefined) throw new Error(`pathOf: a ${kind} page needs an id`);
    return WITH_ID[kind as PageKindWithId](id);
  }
  return FIXED[kind as PageKindWithoutId];
}

export const localePrefix = (locale: Locale): string => (locale === "id" ? "" : `${locale}/`);

/**
 * Which pages the site's search indexes: every page but the search page itself,
 * a chart's embed (its chart page is indexed) and a chart pinned to a release
 * (the live chart is). The layout marks their content for Pagefind
 * (`data-pagefind-body`), and the build hands Pagefind only these pages
 * (`searchGlob`), so it does not read the others to find them unmarked.
 */
const SEARCHED: Readonly<Record<PageKind, boolean>> = {
  home: true,
  "strategy-index": true,
  strategy: true,
  "kecamatan-index": true,
  kecamatan: true,
  "indicator-index": true,
  indicator: true,
  "agency-index": true,
  agency: true,
  "plan-index": true,
  plan: true,
  data: true,
  method: true,
  about: true,
  search: false,
  check: true,
  guide: true,
  updates: true,
  "chart-index": true,
  chart: true,
  embed: false,
  "pinned-chart": false,
  "pinned-embed": false,
};
export const searched = (kind: PageKind): boolean => SEARCHED[kind];

/** The searched pages of a built site in every language, as a glob over its folder (an id is one path segment). */
export function searchGlob(locales: readonly Locale[]): string {
  const paths = (Object.keys(SEARCHED) as PageKind[])
    .filter(searched)
    .map((kind) => (kind in WITH_ID ? pathOf(kind as PageKindWithId, "*") : pathOf(kind as PageKindWithoutId)));
  return `{${locales.flatMap((locale) => paths.map((path) => `${localePrefix(locale)}${path}index.html`)).join(",")}}`;
}

/** The `[...locale]` route parameter: undefined for Indonesian, "en" for English. */
export const localeParam = (locale: Locale): string | undefined => (locale === "id" ? undefined : locale);
export const localeFromParam = (param: string | undefined): Locale => (param === "en" ? "en" : "id");

/**
 * The site's sub-path: Vite writes BASE_URL in when it bundles the site; in the scripts and tests, run
 * by Node alone, there is none and it is "/". Only ever a member access, in comments too: a module
 * that names Vite's env object alone (with `?.`, say) gets from Astro every environment variable whose
 * name occurs in its text, `_` (the shell's last command) among them, so the bundled code, and with
 * it the incremental build's hash of every page's code, would change with the shell a build is
 * started from.
 */
function baseUrl(): string {
  try {
    return import.meta.env.BASE_URL;
  } catch {
    return "/";
  }
}

export function href(locale: Locale, path = "", base: string = baseUrl()): string {
  const b = base.endsWith("/") ? base : `${base}/`;
  return `${b}${localePrefix(locale)}${path}`;
}

/** A language-neutral file (a download, a preview image) under the base path: `data/areas.csv` -> `/data/areas.csv`. */
export function fileHref(path: string, base: string = baseUrl()): string {
  const b = base.endsWith("/") ? base : `${base}/`;
  return `${b}${path}`;
}

/** The full address of a page, for canonical links, hreflang, the sitemap and link previews. */
export function pageUrl(locale: Locale, path: string, site: URL | string, base?: string): string {
  return new URL(href(locale, path, base), site).href;
}

/** The Atom feed of releases, beside the page of updates in each language: `pembaruan/feed.xml`, `en/pembaruan/feed.xml`. */
export const feedPath = (locale: Locale): string => `${localePrefix(locale)}${FIXED.updates}feed.xml`;

/** The download of a release (its CSVs, catalogue, README and licences), language-neutral: `unduh/rilis/lentera-2026.1.zip`. */
export const RELEASE_ZIP_FOLDER = "unduh/rilis/";
export const releaseZipPath = (version: string): string => `${RELEASE_ZIP_FOLDER}lentera-${version}.zip`;

/** Where the link-preview image of a page is written: `og/id/kecamatan/seko.png`, `og/en/index.png`. */
export const ogImagePath = (locale: Locale, path: string): string => `og/${locale}/${path === "" ? "index" : path.slice(0, -1)}.png`;
