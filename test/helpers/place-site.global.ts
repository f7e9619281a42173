import type { ChildProcess } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { newPlace } from "../../src/lib/new-place/index.ts";
import { writeFolder } from "../../src/lib/new-place/write.ts";
import { hostileData } from "./hostile-data.ts";
import { releasePlace } from "./place-releases.ts";
import { PLACE_DATA, PLACE_ROOT } from "./place-site.ts";
import { testKota } from "./places.ts";
import { runBuild, SUB_PATH, SUB_SITE_URL, wanted, type BuildName, type Builds } from "./site-builds.ts";

/**
 * Global setup of the "place" test project: writes the data folder of the
 * invented kota with new-regency's code and --sample, then builds it in the
 * background the way `npm run build` does (one build at a time with the
 * others of the run); the project's suites, the same site and browser suites
 * as for the bundled data, wait for it (site-ready.ts) and read it as "main".
 * Before the build, the kota gets two releases with a revision between them
 * (place-releases.ts), made by the code of `npm run release`.
 *
 * Then, from the same build cache, the hostile build of site-builds.ts: a copy
 * of the kota's data with hostile text in every free-text field, under a
 * sub-path (hostile-subpath.test.ts, which runs in this project).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  rmSync(PLACE_ROOT, { recursive: true, force: true });
  mkdirSync(PLACE_ROOT, { recursive: true });
  const made = newPlace(testKota({ sample: true }));
  if (!made.ok) throw new Error(`new-regency refused the test kota: ${made.problems.map((p) => p.what.en).join("; ")}`);
  const problem = writeFolder(PLACE_DATA, made.files);
  if (problem) throw new Error(`new-regency could not write the test kota: ${problem.what.en}`);
  await releasePlace(PLACE_DATA);

  const site = join(PLACE_ROOT, "site");
  const hostile = join(PLACE_ROOT, "hostile");
  const builds: Builds = {
    root: PLACE_ROOT,
    dirs: { main: site, wita: site, hostile: join(hostile, "site") },
    data: { main: PLACE_DATA, wita: PLACE_DATA, hostile: join(hostile, "data") },
    mainBuiltNow: true,
  };
  project.provide("builds", builds);
  project.provide("siteDir", site);
  project.provide("secondPlace", true);
  const utc = { TZ: "UTC", LANG: "C.UTF-8" };
  const plan: Array<[BuildName, Record<string, string>]> = [["main", { ...utc, DATA_DIR: PLACE_DATA }]];
  if (wanted("hostile-subpath")) {
    // The fields the hostile text went into, for the suite to report.
    writeFileSync(join(hostile, "fields.json"), JSON.stringify(hostileData(PLACE_DATA, builds.data.hostile).fields));
    // From the place's build cache: every page's key differs (other text, another address), so nothing may be reused
    // but the images whose markup the hostile text does not reach; hostile-subpath.test.ts proves that no page copied
    // from the cache kept the place's own text or links.
    plan.push(["hostile", { ...utc, DATA_DIR: builds.data.hostile, BASE_PATH: SUB_PATH, SITE_URL: SUB_SITE_URL }]);
  }
  let current: ChildProcess | undefined;
  let stopped = false;
  const running = (async () => {
    for (const [name, env] of plan) {
      if (stopped) return;
      await runBuild(PLACE_ROOT, name, builds.dirs[name], env, (c) => (current = c));
    }
  })();
  return async () => {
    stopped = true;
    current?.kill();
    await running.catch(() => undefined);
    rmSync(PLACE_ROOT, { recursive: true, force: true });
  };
}
