import { LOCALES, type Locale, type Model } from "../data/types.ts";
import { localePrefix, pathOf, type PageKind } from "./paths.ts";

/**
 * Every page of the site (chart pages aside, which the chart catalogue lists),
 * computed once per model. The one route file `src/pages/[...page].astro`
 * returns these as its static paths, the sitemap lists them, the preview
 * cards are drawn for them, and the tests walk them.
 */
export type SitePageKind = Exclude<PageKind, "chart-index" | "chart" | "embed" | "pinned-chart" | "pinned-embed">;

export interface PageRoute {
  readonly kind: SitePageKind;
  /** No locale prefix and no leading slash, from `pathOf`. */
  readonly path: string;
  /** The strategy, kecamatan slug, indicator, agency id or plan year the page is about. */
  readonly id?: string;
}

const cache = new WeakMap<Model, readonly PageRoute[]>();

export function pageRoutes(model: Model): readonly PageRoute[] {
  let routes = cache.get(model);
  if (!routes) cache.set(model, (routes = Object.freeze(build(model))));
  return routes;
}

function build(model: Model): PageRoute[] {
  const fixed = (kind: Exclude<SitePageKind, "strategy" | "kecamatan" | "indicator" | "agency" | "plan">): PageRoute => ({
    kind,
    path: pathOf(kind),
  });
  const withId = (kind: "strategy" | "kecamatan" | "indicator" | "agency" | "plan", id: string): PageRoute => ({
    kind,
    path: pathOf(kind, id),
    id,
  });
  return [
    fixed("home"),
    fixed("strategy-index"),
    ...model.strategies.map((s) => withId("strategy", s.id)),
    fixed("kecamatan-index"),
    ...model.kecamatan.map((k) => withId("kecamatan", k.slug)),
    fixed("indicator-index"),
    ...model.indicators.map((i) => withId("indicator", i.id)),
    fixed("agency-index"),
    ...model.agencies.map((a) => withId("agency", a.id)),
    // One page per plan year of actions.csv, and their index.
    fixed("plan-index"),
    ...model.plans.map((p) => withId("plan", String(p.year))),
    fixed("data"),
    fixed("updates"),
    fixed("check"),
    fixed("guide"),
    fixed("method"),
    fixed("about"),
    fixed("search"),
  ];
}

const pathSets = new WeakMap<Model, ReadonlySet<string>>();
/** Whether a path is one of the site pages: a set made once per model, since every page's frame asks. */
export function isPagePath(model: Model, path: string): boolean {
  let paths = pathSets.get(model);
  if (!paths) pathSets.set(model, (paths = new Set(pageRoutes(model).map((r) => r.path))));
  return paths.has(path);
}

/** The routes of one kind. */
export const routesOf = (model: Model, kind: SitePageKind): PageRoute[] => pageRoutes(model).filter((r) => r.kind === kind);

/**
 * The static paths of `src/pages/[...page].astro`: every page in every language, with its route and language as props,
 * and its cache key for the incremental build when `cacheKey` is given (src/lib/site/cache-keys.ts).
 */
export const pageStaticPaths = (model: Model, cacheKey?: (route: PageRoute, locale: Locale) => string) =>
  LOCALES.flatMap((locale: Locale) =>
    pageRoutes(model).map((route) => ({
      params: { page: `${localePrefix(locale)}${route.path}`.replace(/\/$/, "") || undefined },
      props: { route, locale },
      ...(cacheKey && { cacheKey: cacheKey(route, locale) }),
    })),
  );
