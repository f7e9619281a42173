import { hasChart } from "../charts/catalog.ts";
import { filePath } from "../charts/files.ts";
import type { Locale, Model } from "../data/types.ts";
import { localePrefix, ogImagePath, pathOf } from "../routing/paths.ts";
import { isPagePath } from "../routing/routes.ts";

/** The link-preview image of a page: its path under the base, and its size when known. */
export interface PreviewImage {
  readonly path: string;
  readonly width?: number;
  readonly height?: number;
}

/**
 * Which image a page shows in link previews: its own card for the pages of
 * routes.ts (src/pages/og), the chart itself for a chart page (the PNG the
 * chart catalogue writes), and the home page's card for anything else, so a
 * preview never points at a missing file.
 */
export function previewImage(model: Model, locale: Locale, path: string): PreviewImage {
  if (isPagePath(model, path)) return { path: ogImagePath(locale, path), width: 1200, height: 630 };
  const charts = pathOf("chart-index");
  const chart = path.startsWith(charts) ? path.slice(charts.length, -1) : undefined;
  // Chart files are written per language, under the language's prefix (src/pages/[...locale]/grafik/).
  if (chart && pathOf("chart", chart) === path && hasChart(model, chart))
    return { path: `${localePrefix(locale)}${filePath(chart, locale, "png")}` };
  return { path: ogImagePath(locale, ""), width: 1200, height: 630 };
}
