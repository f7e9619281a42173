import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";
import { subsetFonts } from "../../src/lib/charts/font-subset.ts";
import { fonts } from "../../src/lib/charts/png.ts";
import { currentRelease } from "../../src/lib/releases/index.ts";
import { searchGlob } from "../../src/lib/routing/paths.ts";
import { LOCALES } from "../../src/lib/data/types.ts";
import { silent, type Progress } from "./progress.ts";
import { inside, moveChanged, sweep } from "./staging.ts";

export interface BuildOptions {
  /** Absolute path of the (already validated) data folder. */
  dataDir: string;
  /** Absolute path to write the site into; the caller moves it into place. */
  outDir: string;
  /** The build cache (default LENTERA_CACHE_DIR, else .lentera/cache in the project); see cacheFolders. */
  cacheDir?: string;
  /** Where the stages and the running count are printed; nothing by default. */
  progress?: Progress;
}

/**
 * What buildSite drives: Astro's build, which returns the files its routes wrote or kept (absolute
 * paths), and Pagefind's indexer. Tests pass stand-ins to check what buildSite asks of them.
 */
export interface BuildTools {
  build: (config: { root: string; outDir: string; cacheDir: string; logLevel: "info" | "warn" }) => Promise<readonly string[]>;
  pagefind: Pick<typeof pagefind, "createIndex" | "close">;
}

// Astro is loaded only when a real build runs (it takes seconds to import).
const REAL: BuildTools = {
  build: async (config) => {
    const outputs: string[] = [];
    const routes: AstroIntegration = {
      name: "lentera-outputs",
      hooks: { "astro:build:done": ({ assets }) => void outputs.push(...[...assets.values()].flat().map((url) => fileURLToPath(url))) },
    };
    // The output folder is not emptied: a page whose key is unchanged is left where it is (see staging.ts).
    await (await import("astro")).build({ ...config, vite: { build: { emptyOutDir: false } }, integrations: [routes] });
    return outputs;
  },
  pagefind,
};

/**
 * The build cache, one folder that CI restores and saves between runs:
 * `astro/` is Astro's cacheDir, whose incremental build keeps a copy of every
 * keyed page and its manifest (src/lib/site/cache-keys.ts); `images/` holds
 * every PNG drawn, by a hash of its markup, fonts and options
 * (src/lib/charts/image-cache.ts); `fonts/` the subsets of the chart font
 * they are drawn with (src/lib/charts/font-subset.ts); `charts/` every chart's
 * SVG, by its state and the code's version (src/lib/charts/svg-cache.ts).
 * Deleting the folder makes the next build a cold one.
 */
export const cacheFolders = (cacheDir: string) => ({
  astro: join(cacheDir, "astro"),
  images: join(cacheDir, "images"),
  fonts: join(cacheDir, "fonts"),
  charts: join(cacheDir, "charts"),
});

/**
 * The version of the code that draws the charts, for the chart cache (svg-cache.ts): a digest of every
 * file under `src/`, of the lockfile (Plot, d3 and the rest) and of Node's version (its Intl writes the
 * numbers). Any change of code draws every chart again, as Astro then renders every page again.
 */
export function codeVersion(root: string): string {
  const hash = createHash("sha256").update(`node ${process.versions.node} icu ${process.versions.icu}\n`);
  const files = readdirSync(join(root, "src"), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of [...files, join(root, "package-lock.json")]) hash.update(`${relative(root, file)}\n`).update(readFileSync(file));
  return hash.digest("hex");
}

/** What Astro's incremental build reads again; the rest of its cache (the content store) is made afresh by every build. */
const RUNNING = "lentera-build-running";
const KEPT = new Set(["incremental-build.json", "dist", RUNNING]);

/**
 * Builds the static site with Astro, then indexes it with Pagefind for search.
 * Used by `npm run build`, the tests and the benchmark, so all three build the
 * same way.
 */
export async function buildSite({ dataDir, outDir, cacheDir, progress = silent }: BuildOptions, tools: BuildTools = REAL): Promise<void> {
  process.env.DATA_DIR = dataDir;
  process.env.LENTERA_OUT_DIR = outDir;
  // Astro lets a BASE_URL environment variable override the configured base (test runners set one);
  // the public sub-path is BASE_PATH only, so a stray BASE_URL must not move every link.
  delete process.env.BASE_URL;
  // The build date (citations, the files' dates) is the current release's when the data is that release
  // and SOURCE_DATE_EPOCH is not set; data changed since keeps the date the data itself gives (buildDate).
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const { current, unreleased } = await currentRelease(dataDir);
  if (current && !unreleased && !epoch?.trim()) process.env.SOURCE_DATE_EPOCH = String(Date.parse(`${current.date}T00:00:00Z`) / 1000);
  const cache = cacheFolders(resolve(cacheDir ?? process.env.LENTERA_CACHE_DIR ?? join(process.cwd(), ".lentera", "cache")));
  process.env.LENTERA_IMAGE_CACHE = cache.images;
  process.env.LENTERA_CHART_CACHE = cache.charts;
  process.env.LENTERA_CODE_VERSION = codeVersion(process.cwd());
  process.env.LENTERA_CHART_FONTS = JSON.stringify(await subsetFonts(fonts(), cache.fonts));
  // Astro's content store would keep the narrative texts of an earlier build of another data folder
  // (`astro check` then warns about duplicate entries): only the incremental build's own files are kept.
  // Every page copy in it is reused only when its key (the data it shows) and its code are unchanged.
  const kept = await readdir(cache.astro).catch(() => [] as string[]);
  for (const name of kept) if (!KEPT.has(name)) await rm(join(cache.astro, name), { recursive: true, force: true });
  // Astro overwrites page copies as it renders and writes the manifest of their keys only at the end: after a build
  // that failed or was stopped, the copies may be newer than the manifest says, so that manifest is not trusted.
  if (kept.includes(RUNNING)) await rm(join(cache.astro, "incremental-build.json"), { force: true });
  await mkdir(cache.astro, { recursive: true });
  await writeFile(join(cache.astro, RUNNING), "");
  progress.stage("pages");
  const watch = progress.watch(outDir);
  try {
    const started = Date.now();
    const outputs = await tools.build({
      root: process.cwd(),
      outDir,
      cacheDir: cache.astro,
      logLevel: process.env.ASTRO_LOG === "info" ? "info" : "warn",
    });
    // outDir may hold an earlier build (the staging folder): what this build neither wrote nor kept goes.
    await sweep(outDir, new Set(outputs.flatMap((f) => inside(outDir, f) ?? [])), started, ["pagefind/"]);
  } finally {
    await watch.stop();
    if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = epoch;
  }
  await rm(join(cache.astro, RUNNING), { force: true });
  progress.stage("search");
  const { index, errors } = await tools.pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
  // Only the pages search lists (routing's `searchGlob`): Pagefind need not read the embeds and pinned copies to skip them.
  const added = await index.addDirectory({ path: outDir, glob: searchGlob(LOCALES) });
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join("; ")}`);
  // Written aside, then only the files whose bytes changed replace the index's old ones (see moveChanged).
  const fresh = join(outDir, ".pagefind-new");
  await rm(fresh, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: fresh });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
  await moveChanged(fresh, join(outDir, "pagefind"));
  await tools.pagefind.close();
}
