import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { DATA_DIR, runBuild, wanted, type BuildName, type Builds } from "./site-builds.ts";

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
  // The hostile build is the second place's (place-site.global.ts): this project makes none.
  const dirs: Record<BuildName, string> = { main: given ?? join(root, "main"), wita: join(root, "wita"), hostile: join(root, "hostile") };
  const data: Record<BuildName, string> = { main: DATA_DIR, wita: DATA_DIR, hostile: DATA_DIR };
  const builds: Builds = { root, dirs, data, mainBuiltNow: !given };
  project.provide("builds", builds);
  project.provide("siteDir", dirs.main);
  project.provide("secondPlace", false);

  const plan: Array<[BuildName, Record<string, string>]> = [];
  const utc = { TZ: "UTC", LANG: "C.UTF-8" };
  if (!given) plan.push(["main", { ...utc, DATA_DIR: data.main }]);
  if (wanted("determinism")) {
    // Compared with main, so only when main was built now from this code.
    if (!given) plan.push(["wita", { DATA_DIR: data.wita, TZ: "Asia/Makassar", LANG: "id_ID.UTF-8", LC_ALL: "id_ID.UTF-8" }]);
  }

  let current: ChildProcess | undefined;
  let stopped = false;
  const running = (async () => {
    for (const [name, env] of plan) {
      if (stopped) return;
      await runBuild(root, name, dirs[name], env, (c) => (current = c));
    }
  })();

  return async () => {
    stopped = true;
    current?.kill();
    await running.catch(() => undefined);
    rmSync(root, { recursive: true, force: true });
  };
}
