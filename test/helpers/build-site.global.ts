import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildsOf, DATA_DIR, startBuilds, wanted, type PlannedBuild } from "./site-builds.ts";

/**
 * Global setup of the "site" test project: starts the builds of site-builds.ts
 * (main, then wita) one after another in the background and
 * returns at once, so the unit tests (an earlier group) run while the site
 * builds; the site suites wait for the build they read (site-ready.ts, and
 * `built(name)`). Everything is written into one temporary folder, removed at
 * the end of the run.
 *
 * Set LENTERA_SITE_DIR to test an existing build as main instead (for example
 * while iterating on one suite). When the run is given test files, only the
 * builds their suites read are made.
 */
export default function setup(project: TestProject): () => Promise<void> {
  const root = mkdtempSync(join(tmpdir(), "lentera-test-builds-"));
  const given = process.env.LENTERA_SITE_DIR;
  const utc = { TZ: "UTC", LANG: "C.UTF-8" };
  // The hostile build is the second place's (place-site.global.ts): this project makes none.
  const plan: PlannedBuild[] = [];
  if (!given) plan.push({ name: "main", dir: join(root, "main"), data: DATA_DIR, env: utc });
  // Compared with main, so only when main was built now from this code.
  if (!given && wanted("determinism"))
    plan.push({
      name: "wita",
      dir: join(root, "wita"),
      data: DATA_DIR,
      // `_` is the command the shell ran last, so a build started another way (npm, CI, a script) sees another one.
      env: { TZ: "Asia/Makassar", LANG: "id_ID.UTF-8", LC_ALL: "id_ID.UTF-8", _: "/usr/bin/env" },
      over: "main",
    });
  const builds = buildsOf(root, plan, given);
  project.provide("builds", builds);
  project.provide("siteDir", builds.dirs.main!);
  project.provide("secondPlace", false);
  return startBuilds(root, plan);
}
