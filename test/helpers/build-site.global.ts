import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { ROOT } from "./fixtures.ts";

/**
 * Global setup of the "site" test project: builds the bundled data once, with
 * the real `npm run build` path, into .lentera/test-site, and hands the folder
 * to the suites as inject("siteDir"). Set LENTERA_SITE_DIR to test an existing
 * build instead (for example while iterating on one suite).
 */
declare module "vitest" {
  export interface ProvidedContext {
    siteDir: string;
    /** True when siteDir was built by this run from the current data and code (not LENTERA_SITE_DIR). */
    siteBuiltNow: boolean;
  }
}

export default function setup(project: TestProject): void {
  const given = process.env.LENTERA_SITE_DIR;
  if (given) {
    project.provide("siteDir", given);
    project.provide("siteBuiltNow", false);
    return;
  }
  const outDir = join(ROOT, ".lentera", "test-site");
  const run = spawnSync(process.execPath, [join(ROOT, "scripts", "build.ts")], {
    cwd: ROOT,
    env: { ...process.env, OUT_DIR: outDir, DATA_DIR: join(ROOT, "data") },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`The site did not build:\n${run.stdout}\n${run.stderr}`);
  project.provide("siteDir", outDir);
  project.provide("siteBuiltNow", true);
}
