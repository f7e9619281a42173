import { charts, chartState } from "../charts/catalog.ts";
import { buildDate } from "../charts/dates.ts";
import { chartPath } from "../charts/files.ts";
import { chartKey, serialise, sha256 } from "../charts/state-key.ts";
import type { ChartEntry } from "../charts/types.ts";
import type { Locale, Model } from "../data/types.ts";
import type { PageRoute } from "../routing/routes.ts";
import { pageView } from "../routing/views.ts";
import { ogCard } from "../og/cards.ts";
import type { ReleaseHistory } from "../releases/history.ts";
import type { RawFiles } from "./model.ts";
import { frameView } from "./views/frame.ts";

/**
 * The cache keys of the generated routes, for Astro's incremental build
 * (`cacheKey` from getStaticPaths: a page whose key and code are unchanged is
 * copied from the last build instead of rendered). A key is the sha256 of
 * everything the page is rendered from: its view (with every chart it places
 * replaced by the key of that chart's state, so a changed value reaches every
 * page that shows it), the frame around it (navigation, kecamatan picker,
 * footer), its narrative text, the language, and what every page shares: the
 * public address, the sub-path and the build date. Astro adds the hash of the
 * code itself. All keys are made here, so the route files only pass them on.
 */
export interface KeyContext {
  /** The public address and sub-path (import.meta.env.SITE and BASE_URL in a route file). */
  readonly site: string;
  readonly base: string;
  /** The data folder's releases (the footer, the data page, the page of updates and every chart's versions show them). */
  readonly releases: ReleaseHistory;
}

/** The sha256 of any value a page is rendered from, placed charts keyed by their state. */
export function digest(model: Model, locale: Locale, value: unknown): string {
  return sha256(serialise(value, (id) => chartKey(model, id, locale)));
}

/**
 * What every page shares besides its view: the address, the sub-path, the build date, the catalogue's
 * settings, and the releases (a new release changes the footer of every page and the versions of charts,
 * so every page is rendered again; releases are rare, edits between them are not).
 */
const shared = (model: Model, ctx: KeyContext) => ({
  site: ctx.site,
  base: ctx.base,
  date: buildDate(model),
  settings: model.settings,
  version: model.catalogue.version,
  releases: { unreleased: ctx.releases.unreleased, list: ctx.releases.entries.map((e) => e.release) },
});

/** The narrative texts a page shows (front matter and Markdown), as found for its route; see content.ts. */
export type NarrativeOf = (kind: string, key: string | undefined, locale: Locale) => unknown;

/** The key of a site page (src/pages/[...page].astro) in one language. */
export function pageKey(
  model: Model,
  route: PageRoute,
  locale: Locale,
  ctx: KeyContext,
  files?: RawFiles,
  narrative?: NarrativeOf,
): string {
  const page = pageView(model, route, locale, route.kind === "data" || route.kind === "check" ? files : undefined, ctx.releases);
  const textKey = page.kind === "kecamatan" ? page.view.code : route.id;
  return digest(model, locale, {
    route: { kind: route.kind, path: route.path },
    locale,
    page,
    frame: frameView(model, locale, route.path, ctx.releases),
    text: narrative?.(route.kind, textKey, locale),
    shared: shared(model, ctx),
  });
}

/**
 * What a chart's pages and files show besides its state: the name of its
 * subject (linked from the chart page) and the publisher the citation names.
 */
function chartContext(model: Model, entry: ChartEntry, locale: Locale) {
  return {
    regency: model.regency,
    area: entry.slug ? model.areaBySlug[entry.slug] : undefined,
    indicator: entry.indicator ? model.indicatorById[entry.indicator] : undefined,
    agency: entry.agency ? model.agencyById[entry.agency] : undefined,
    strategy: entry.strategy ? model.strategyById[entry.strategy] : undefined,
    locale,
  };
}

/**
 * The key of a chart's routes in one language: `page` (with the site's frame),
 * `embed`, or a download (`csv`, `svg`, `png`).
 */
export function chartRouteKey(
  model: Model,
  id: string,
  locale: Locale,
  kind: "page" | "embed" | "csv" | "svg" | "png",
  ctx: KeyContext,
): string {
  const state = chartState(model, id, locale);
  return digest(model, locale, {
    kind,
    chart: chartKey(model, id, locale),
    context: chartContext(model, state.entry, locale),
    frame: kind === "page" ? frameView(model, locale, chartPath(id), ctx.releases) : undefined,
    shared: shared(model, ctx),
  });
}

const publishedOf = new WeakMap<Model, object>();

/** What a pinned page links to on the current site: its charts and subjects, listed once per build (so hashed once). */
function published(current: Model): object {
  let p = publishedOf.get(current);
  if (!p)
    publishedOf.set(
      current,
      (p = {
        charts: charts(current).map((e) => e.id),
        areas: Object.keys(current.areaBySlug),
        indicators: Object.keys(current.indicatorById),
        agencies: Object.keys(current.agencyById),
        strategies: Object.keys(current.strategyById),
      }),
    );
  return p;
}

/**
 * The key of a chart's routes pinned to a release: the chart's routes over the release's frozen
 * model, and what the pinned page takes from the current site: the frame around it, whether the
 * chart and the subjects it links to are still published, and (in `shared`) the releases, whose
 * later revisions its page names.
 */
export function pinnedRouteKey(
  current: Model,
  frozen: Model,
  version: string,
  id: string,
  locale: Locale,
  kind: "page" | "embed" | "csv" | "svg" | "png",
  ctx: KeyContext,
): string {
  return digest(current, locale, {
    kind,
    version,
    frozen: chartRouteKey(frozen, id, locale, kind === "page" ? "embed" : kind, ctx),
    frame: kind === "page" ? frameView(current, locale, chartPath(id, version), ctx.releases) : undefined,
    published: published(current),
    shared: shared(current, ctx),
  });
}

/** The key of a page's link-preview image: the card it draws (src/pages/og/). */
export function ogKey(model: Model, route: PageRoute, locale: Locale, footer: string): string {
  return digest(model, locale, { og: ogCard(model, route, locale, footer), date: buildDate(model) });
}
