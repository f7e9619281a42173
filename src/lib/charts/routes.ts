import { LOCALES, type Locale, type Model } from "../data/types.ts";
import { localeParam } from "../routing/paths.ts";
import { charts } from "./catalog.ts";
import { chartPath, embedPath, FILE_KINDS, fileBase, filePath, type FileKind } from "./files.ts";

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
