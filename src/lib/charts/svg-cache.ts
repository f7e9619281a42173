import { readFileSync } from "node:fs";
import { join } from "node:path";
import { storeCacheFile } from "./cache-file.ts";
import { sha256 } from "./state-key.ts";

/**
 * The chart cache: the inline SVG of every chart the build draws, stored under
 * the sha256 of the code that draws it and of the chart's state (its key,
 * state-key.ts). A page rendered again because one of its charts changed (a
 * kecamatan page, when one value of its profile changed) takes its other
 * charts from here instead of drawing them with Plot again. The folder is
 * LENTERA_CHART_CACHE and the code's version LENTERA_CODE_VERSION, both set by
 * scripts/lib/build-site.ts (the cache's charts/ folder; a digest of the
 * project's source, lockfile and Node's version, so any change of code draws
 * every chart again, as Astro then renders every page again). Without either,
 * every chart is drawn.
 */
export interface SvgCacheOptions {
  readonly dir?: string | undefined;
  readonly code?: string | undefined;
}

/** The SVG stored for `key()` (what decides the drawing besides the code), else `draw()`'s, which is stored. */
export function cachedSvg(key: () => string, draw: () => string, o: SvgCacheOptions = {}): string {
  const dir = "dir" in o ? o.dir : process.env.LENTERA_CHART_CACHE;
  const code = "code" in o ? o.code : process.env.LENTERA_CODE_VERSION;
  if (!dir || !code) return draw();
  const digest = sha256(`${code}\n${key()}`);
  const file = join(dir, digest.slice(0, 2), `${digest}.svg`);
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  const svg = draw();
  storeCacheFile(file, svg);
  return svg;
}
