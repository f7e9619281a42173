import type { Locale } from "../data/types.ts";
import { pathOf, pinnedId } from "../routing/paths.ts";

/**
 * Where a chart lives and what its files are called. Paths follow the site's
 * convention (no leading slash, no locale prefix; `href` adds both). File
 * names say what they are when they land in someone's downloads folder:
 * lentera-tren-p0-id.png.
 */
export type FileKind = "csv" | "svg" | "png";
export const FILE_KINDS: readonly FileKind[] = ["csv", "svg", "png"];

/**
 * `version` names a release: the chart's copy pinned to it
 * (`rilis/2026.1/grafik/tren-p0/`), whose files carry the version in their
 * names too (lentera-tren-p0-2026.1-id.png), so two versions never overwrite
 * each other in a downloads folder.
 */
export const chartPath = (id: string, version?: string): string =>
  version === undefined ? pathOf("chart", id) : pathOf("pinned-chart", pinnedId(version, id));
export const embedPath = (id: string, version?: string): string =>
  version === undefined ? pathOf("embed", id) : pathOf("pinned-embed", pinnedId(version, id));
export const chartsIndexPath = (): string => pathOf("chart-index");
export const fileBase = (id: string, locale: Locale, version?: string): string =>
  `lentera-${id}${version === undefined ? "" : `-${version}`}-${locale}`;
export const fileName = (id: string, locale: Locale, kind: FileKind, version?: string): string =>
  `${fileBase(id, locale, version)}.${kind}`;
export const filePath = (id: string, locale: Locale, kind: FileKind, version?: string): string =>
  `${chartPath(id, version)}${fileName(id, locale, kind, version)}`;

/** The anchor of a figure on any page, and of the citation and embed sections on its chart page. */
export const figureAnchor = (id: string): string => `grafik-${id}`;
export const CITE_ANCHOR = "kutip";
export const EMBED_ANCHOR = "sematkan";
