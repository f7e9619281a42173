import { existsSync } from "node:fs";

/**
 * Where the staff's narrative texts of a collection live: DATA_DIR/content/<collection>
 * (src/content.config.ts). Every folder is optional; `hasTexts` says whether the data
 * folder has one, so a place without kecamatan texts gets pages without a narrative
 * and no warning from Astro.
 */
export const contentFolder = (collection: string): string => `${process.env.DATA_DIR ?? "data"}/content/${collection}`;
export const hasTexts = (collection: string): boolean => existsSync(contentFolder(collection));
