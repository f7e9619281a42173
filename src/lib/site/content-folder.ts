import { existsSync } from "node:fs";

/**
 * Where the staff's narrative texts of a collection live: DATA_DIR/content/<collection>
 * (src/content.config.ts). Every folder is optional; `hasTexts` says whether the data
 * folder has one, so a place without kecamatan texts gets pages without a narrative
 * and no warning from Astro.
 */
export const contentFolder = (collection: string): string => `${process.env.DATA_DIR ?? "data"}/content/${collection}`;
const found = new Map<string, boolean>();
/** Asked on every page: the folder is looked for once per build. */
export function hasTexts(collection: string): boolean {
  const folder = contentFolder(collection);
  let has = found.get(folder);
  if (has === undefined) found.set(folder, (has = existsSync(folder)));
  return has;
}
