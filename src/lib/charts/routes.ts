import { LOCALES, type Locale, type Model } from "../data/types.ts";
import { localeParam } from "../routing/paths.ts";
import { charts } from "./catalog.ts";
import { chartPath, embedPath, FILE_KINDS, fileBase, filePath, type FileKind } from "./files.ts";
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

export const chartFileRoutes = (model: Model, cacheKey?: (id: string, locale: Locale) => string) =>
  LOCALES.flatMap((l) =>
    charts(model).map((e) => ({
      params: { locale: localeParam(l), id: e.id, file: fileBase(e.id, l) },
      props: { locale: l },
      ...(cacheKey && { cacheKey: cacheKey(e.id, l) }),
    })),
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

export const pinnedFileRoutes = (pinning: Pinning, cacheKey?: (id: string, locale: Locale, version: string) => string) =>
  pinnedChartRoutes(pinning, cacheKey).map(({ params, props, ...key }) => ({
    params: { ...params, file: fileBase(params.id, props.locale, params.version) },
    props,
    ...key,
  }));

/** Every pinned chart page and embed page path (without locale prefix), for the tests. */
export const pinnedPagePaths = (pinning: Pinning): string[] =>
  pinning.releases.flatMap((r) =>
    (pinning.pinned.get(r.version) ?? []).flatMap((id) => [chartPath(id, r.version), embedPath(id, r.version)]),
  );
