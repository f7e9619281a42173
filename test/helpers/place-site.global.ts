import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { changeOneValue } from "../../scripts/bench/incremental.ts";
import { newPlace } from "../../src/lib/new-place/index.ts";
import { writeFolder } from "../../src/lib/new-place/write.ts";
import { hostileData } from "./hostile-data.ts";
import { releasePlace } from "./place-releases.ts";
import { PLACE_DATA, PLACE_ROOT } from "./place-site.ts";
import { testKota } from "./places.ts";
import { buildsOf, startBuilds, SUB_PATH, SUB_SITE_URL, wanted, type PlannedBuild } from "./site-builds.ts";

/**
 * Global setup of the "place" test project: writes the data folder of the
 * invented kota with new-regency's code and --sample, then builds it in the
 * background the way `npm run build` does (one build at a time with the
 * others of the run); the project's suites, the same site and browser suites
 * as for the bundled data, wait for it (site-ready.ts) and read it as "main".
 * Before the build, the kota gets two releases with a revision between them
 * (place-releases.ts), made by the code of `npm run release`.
 *
 * Then the rebuild after one edited value, warm over the place's site and
 * cache and cold into an empty cache (rebuild.test.ts). And, from the place's
 * build cache, the hostile build of site-builds.ts: a copy
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

  const utc = { TZ: "UTC", LANG: "C.UTF-8" };
  const plan: PlannedBuild[] = [{ name: "main", dir: join(PLACE_ROOT, "site"), data: PLACE_DATA, env: utc }];
  if (wanted("rebuild")) {
    // The staff's yearly cycle in small: one value edited, `npm run build` again into the same dist/ with the build cache
    // it left; and the same data built cold into an empty cache, which the warm build must match byte for byte.
    const changed = join(PLACE_ROOT, "changed");
    const data = join(changed, "data");
    cpSync(PLACE_DATA, data, { recursive: true });
    writeFileSync(join(changed, "change.txt"), changeOneValue(data));
    plan.push({ name: "changed", dir: join(changed, "site"), data, env: utc, over: "main" });
    plan.push({ name: "changed-cold", dir: join(changed, "site-cold"), data, env: { ...utc, LENTERA_CACHE_DIR: join(changed, "cache") } });
  }
  if (wanted("hostile-subpath")) {
    const hostile = join(PLACE_ROOT, "hostile");
    const data = join(hostile, "data");
    // The fields the hostile text went into, for the suite to report.
    writeFileSync(join(hostile, "fields.json"), JSON.stringify(hostileData(PLACE_DATA, data).fields));
    // From the place's build cache: every page's key differs (other text, another address), so nothing may be reused
    // but the images whose markup the hostile text does not reach; hostile-subpath.test.ts proves that no page copied
    // from the cache kept the place's own text or links.
    plan.push({ name: "hostile", dir: join(hostile, "site"), data, env: { ...utc, BASE_PATH: SUB_PATH, SITE_URL: SUB_SITE_URL } });
  }
  const builds = buildsOf(PLACE_ROOT, plan);
  project.provide("builds", builds);
  project.provide("siteDir", builds.dirs.main!);
  project.provide("secondPlace", true);
  return startBuilds(PLACE_ROOT, plan);
}
