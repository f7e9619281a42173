import type { ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { newPlace } from "../../src/lib/new-place/index.ts";
import { writeFolder } from "../../src/lib/new-place/write.ts";
import { releasePlace } from "./place-releases.ts";
import { PLACE_DATA, PLACE_ROOT } from "./place-site.ts";
import { testKota } from "./places.ts";
import { runBuild, type Builds } from "./site-builds.ts";

/**
 * Global setup of the "place" test project: writes the data folder of the
 * invented kota with new-regency's code and --sample, then builds it in the
 * background the way `npm run build` does (one build at a time with the
 * others of the run); the project's suites, the same site and browser suites
 * as for the bundled data, wait for it (site-ready.ts) and read it as "main".
 * Before the build, the kota gets two releases with a revision between them
 * (place-releases.ts), made by the code of `npm run release`.
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
  const builds: Builds = {
    root: PLACE_ROOT,
    dirs: { main: site, wita: site, hostile: site },
    data: { main: PLACE_DATA, wita: PLACE_DATA, hostile: PLACE_DATA },
    mainBuiltNow: true,
  };
  project.provide("builds", builds);
  project.provide("siteDir", site);
  project.provide("secondPlace", true);
  let current: ChildProcess | undefined;
  const running = runBuild(PLACE_ROOT, "main", site, { TZ: "UTC", LANG: "C.UTF-8", DATA_DIR: PLACE_DATA }, (c) => (current = c));
  return async () => {
    current?.kill();
    await running.catch(() => undefined);
    rmSync(PLACE_ROOT, { recursive: true, force: true });
  };
}
