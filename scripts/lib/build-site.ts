import { rm } from "node:fs/promises";
import * as pagefind from "pagefind";
import { currentRelease } from "../../src/lib/releases/index.ts";

export interface BuildOptions {
  /** Absolute path of the (already validated) data folder. */
  dataDir: string;
  /** Absolute path to write the site into; the caller moves it into place. */
  outDir: string;
}

/** What buildSite drives: Astro's build and Pagefind's indexer. Tests pass stand-ins to check what buildSite asks of them. */
export interface BuildTools {
  build: (config: { root: string; outDir: string; cacheDir: string; logLevel: "info" | "warn" }) => Promise<unknown>;
  pagefind: Pick<typeof pagefind, "createIndex" | "close">;
}

// Astro is loaded only when a real build runs (it takes seconds to import).
const REAL: BuildTools = { build: async (config) => (await import("astro")).build(config), pagefind };

/**
 * Builds the static site with Astro, then indexes it with Pagefind for search.
 * Used by `npm run build`, the tests and the benchmark, so all three build the
 * same way.
 */
export async function buildSite({ dataDir, outDir }: BuildOptions, tools: BuildTools = REAL): Promise<void> {
  process.env.DATA_DIR = dataDir;
  process.env.LENTERA_OUT_DIR = outDir;
  // Astro lets a BASE_URL environment variable override the configured base (test runners set one);
  // the public sub-path is BASE_PATH only, so a stray BASE_URL must not move every link.
  delete process.env.BASE_URL;
  // A fresh cache per build, so a build never depends on what was built before: Astro's shared
  // content store keeps the narrative texts of earlier builds from other DATA_DIRs (`astro check`
  // then warns about duplicate entries).
  const cacheDir = `${outDir}.cache`;
  await rm(cacheDir, { recursive: true, force: true });
  // The build date (citations, the files' dates) is the current release's when the data is that release
  // and SOURCE_DATE_EPOCH is not set; data changed since keeps the date the data itself gives (buildDate).
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const { current, unreleased } = await currentRelease(dataDir);
  if (current && !unreleased && !epoch?.trim()) process.env.SOURCE_DATE_EPOCH = String(Date.parse(`${current.date}T00:00:00Z`) / 1000);
  try {
    await tools.build({ root: process.cwd(), outDir, cacheDir, logLevel: process.env.ASTRO_LOG === "info" ? "info" : "warn" });
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
    if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = epoch;
  }
  const { index, errors } = await tools.pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join("; ")}`);
  const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
  await tools.pagefind.close();
}
