// npm run build: validate the data, build the site into its staging folder (dist.staging/, beside
// dist/), index it for search, and only then swap it with dist/. With bad data it prints the same
// report as `npm run check:data`, exits 1 and leaves the last good dist/ untouched. Pages and images
// whose inputs are unchanged are kept from the last build or copied from the build cache
// (.lentera/cache, or LENTERA_CACHE_DIR); see scripts/lib/staging.ts.
import { resolve } from "node:path";
import { inline, phrase } from "../src/i18n/check/index.ts";
import { folderSource, formatReport, formatWarningsOnly } from "../src/lib/data/index.ts";
import { checkDataFolder } from "../src/lib/releases/index.ts";
import { buildSite } from "./lib/build-site.ts";
import { progress } from "./lib/progress.ts";
import { mirror, publish, stagingFolder } from "./lib/staging.ts";
import { runCli } from "./cli.ts";

await runCli(async () => {
  const dataDir = resolve(process.env.DATA_DIR ?? "data");
  const outDir = resolve(process.env.OUT_DIR ?? "dist");
  const source = folderSource(dataDir);
  const report = progress();
  report.stage("validate");
  // The data and its releases (releases/): a release edited after it was published is an error.
  const result = await checkDataFolder(dataDir, source.label);
  const verbose = process.argv.includes("--verbose");
  if (!result.ok) {
    console.error(formatReport(result, source.label, { verbose }));
    console.error(`\n${outDir} ${inline(phrase("build.unchanged"))}`);
    return 1;
  }
  if (result.warnings.length) console.warn(formatWarningsOnly(result.warnings, source.label, { verbose }));

  const started = performance.now();
  // The site is built in a staging folder beside outDir, first made a copy of the published site (staging.ts).
  const staging = stagingFolder(outDir);
  try {
    // Astro takes a second to load: it loads while the staging folder is made a copy of the site.
    const astro = import("astro");
    await mirror(outDir, staging);
    await astro;
    await buildSite({ dataDir, outDir: staging, progress: report });
    report.stage("swap", { folder: outDir });
    await publish(outDir);
  } catch (e) {
    console.error(`${inline(phrase("build.failed"))}: ${(e as Error).message}`);
    if (process.env.DEBUG) console.error((e as Error).stack);
    console.error(`${outDir} ${inline(phrase("build.unchanged"))}`);
    return 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`✓ ${inline(phrase("build.done", { folder: outDir, seconds }))}`);
  return 0;
});
