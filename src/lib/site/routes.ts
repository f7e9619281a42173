import type { Model } from "../data/types.ts";

/**
 * Every page of the site, computed once from the model. Route files return
 * these as their static paths, the sitemap lists them, and the tests compare
 * them with the bundled data. Paths carry no locale prefix and no leading slash.
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
  | "data"
  | "method"
  | "about"
  | "search";

export interface PageRoute {
  kind: PageKind;
  path: string;
  /** The strategy, kecamatan slug, indicator or agency id the page is about. */
  id?: string;
}

export const strategyPath = (id: string): string => `strategi/${id}/`;
export const kecamatanPath = (slug: string): string => `kecamatan/${slug}/`;
export const indicatorPath = (id: string): string => `indikator/${id}/`;
export const agencyPath = (id: string): string => `opd/${id}/`;

export function pageRoutes(model: Model): PageRoute[] {
  return [
    { kind: "home", path: "" },
    { kind: "strategy-index", path: "strategi/" },
    ...model.strategies.map((s) => ({ kind: "strategy" as const, path: strategyPath(s.id), id: s.id })),
    { kind: "kecamatan-index", path: "kecamatan/" },
    ...model.kecamatan.map((k) => ({ kind: "kecamatan" as const, path: kecamatanPath(k.slug), id: k.slug })),
    { kind: "indicator-index", path: "indikator/" },
    ...model.indicators.map((i) => ({ kind: "indicator" as const, path: indicatorPath(i.id), id: i.id })),
    { kind: "agency-index", path: "opd/" },
    ...model.agencies.map((a) => ({ kind: "agency" as const, path: agencyPath(a.id), id: a.id })),
    { kind: "data", path: "data/" },
    { kind: "method", path: "metodologi/" },
    { kind: "about", path: "tentang/" },
    { kind: "search", path: "cari/" },
  ];
}

/** The routes of one kind, for a route file's getStaticPaths. */
export const routesOf = (model: Model, kind: PageKind): PageRoute[] => pageRoutes(model).filter((r) => r.kind === kind);
