import type { Locale } from "../data/types.ts";
import { pathOf } from "../routing/paths.ts";

/**
 * Where a chart lives and what its files are called. Paths follow the site's
 * convention (no leading slash, no locale prefix; `href` adds both). File
 * names say what they are when they land in someone's downloads folder:
 * lentera-tren-p0-id.png.
 */
export type FileKind = "csv" | "svg" | "png";
export const FILE_KINDS: readonly FileKind[] = ["csv", "svg", "png"];

export const chartPath = (id: string): string => pathOf("chart", id);
export const embedPath = (id: string): string => pathOf("embed", id);
export const chartsIndexPath = (): string => pathOf("chart-index");
export const fileBase = (id: string, locale: Locale): string => `lentera-${id}-${locale}`;
export const fileName = (id: string, locale: Locale, kind: FileKind): string => `${fileBase(id, locale)}.${kind}`;
export const filePath = (id: string, locale: Locale, kind: FileKind): string => `${chartPath(id)}${fileName(id, locale, kind)}`;

/** The anchor of a figure on any page, and of the citation and embed sections on its chart page. */
export const figureAnchor = (id: string): string => `grafik-${id}`;
export const CITE_ANCHOR = "kutip";
export const EMBED_ANCHOR = "sematkan";
