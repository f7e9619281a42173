import { LOCALES, type Locale, type Model } from "../data/types.ts";
import { localeParam } from "../routing/paths.ts";
import { charts } from "./catalog.ts";
import { chartPath, embedPath, FILE_KINDS, fileName, filePath, type FileKind } from "./files.ts";
import type { Pinning } from "./pinned.ts";

/**
 * The static paths of the chart routes, from the catalogue: a page, an embed
 * page and three files per chart and language. The sitemap takes the page
 * paths from `chartPagePaths`.
 */
export const chartRoutes = (model: Model, cacheKey?: (id: string, locale: Locale) => string) =>
  LOCALES.flatMap((l) =>
    charts(model).map((e) => ({ params: { locale: localeParam(l), id: e.id }, ...(cacheKey && { cacheKey: cacheKey(e.id, l) }) })),
  );

/**
 * The static paths of the chart downloads, one route for the three kinds: for
 * each chart and language its CSV, SVG and PNG, one after the other, so the
 * build draws a chart's PNG among the quick files rather than all PNGs at the
 * end. `file` is the whole file name.
 */
export const chartFileRoutes = (model: Model, cacheKey?: (id: string, locale: Locale, kind: FileKind) => string) =>
  LOCALES.flatMap((l) =>
    charts(model).flatMap((e) =>
      FILE_KINDS.map((kind) => ({
        params: { locale: localeParam(l), id: e.id, file: fileName(e.id, l, kind) },
        props: { locale: l, kind },
        ...(cacheKey && { cacheKey: cacheKey(e.id, l, kind) }),
      })),
    ),
  );

/** Every chart page and embed page path (without locale prefix), for the sitemap and the tests. */
export const chartPagePaths = (model: Model): string[] => [...charts(model).map((e) => chartPath(e.id))];
export const chartEmbedPaths = (model: Model): string[] => charts(model).map((e) => embedPath(e.id));
export const chartFilePaths = (model: Model): { locale: (typeof LOCALES)[number]; kind: FileKind; path: string }[] =>
  LOCALES.flatMap((locale) =>
    charts(model).flatMap((e) => FILE_KINDS.map((kind) => ({ locale, kind, path: filePath(e.id, locale, kind) }))),
  );

/**
 * The static paths of the pinned chart routes: in every release, a page, an
 * embed page and three files per language for each chart pinned there
 * (versions.ts), built from the release's model.
 */
export const pinnedChartRoutes = (pinning: Pinning, cacheKey?: (id: string, locale: Locale, version: string) => string) =>
  LOCALES.flatMap((locale) =>
    pinning.releases.flatMap((release) =>
      (pinning.pinned.get(release.version) ?? []).map((id) => ({
        params: { locale: localeParam(locale), version: release.version, id },
        props: { locale, release },
        ...(cacheKey && { cacheKey: cacheKey(id, locale, release.version) }),
      })),
    ),
  );

export const pinnedFileRoutes = (pinning: Pinning, cacheKey?: (id: string, locale: Locale, version: string, kind: FileKind) => string) =>
  pinnedChartRoutes(pinning).flatMap(({ params, props }) =>
    FILE_KINDS.map((kind) => ({
      params: { ...params, file: fileName(params.id, props.locale, kind, params.version) },
      props: { ...props, kind },
      ...(cacheKey && { cacheKey: cacheKey(params.id, props.locale, params.version, kind) }),
    })),
  );

/** Every pinned chart page and embed page path (without locale prefix), for the tests. */
export const pinnedPagePaths = (pinning: Pinning): string[] =>
  pinning.releases.flatMap((r) =>
    (pinning.pinned.get(r.version) ?? []).flatMap((id) => [chartPath(id, r.version), embedPath(id, r.version)]),
  );
