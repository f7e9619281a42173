// What releases add to a build: the data folder built cold (an empty build cache) with its releases/
// (the page of updates, the feeds, a zip per release, the pinned chart versions), and in the same run a
// copy without releases/, so the two differ in that alone: wall and CPU time, pages and bytes.
import { cpSync, existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { measureBuild } from "./measure-build.ts";
import type { Measure } from "./incremental.ts";

export interface ReleasesSide {
  build: Measure;
  pages: number;
  bytes: number;
}

export interface ReleasesRun {
  /** How many releases the data folder holds. */
  releases: number;
  with: ReleasesSide;
  without: ReleasesSide;
}

type Env = (dataDir: string, outDir: string) => NodeJS.ProcessEnv;

export async function releasesCost(root: string, work: string, dataDir: string, env: Env, log: (s: string) => void): Promise<ReleasesRun> {
  rmSync(work, { recursive: true, force: true });
  const bare = join(work, "data-without-releases");
  cpSync(dataDir, bare, { recursive: true, filter: (src) => !src.startsWith(join(dataDir, "releases")) });
  const side = async (name: string, data: string): Promise<ReleasesSide> => {
    log(`releases: building ${name}`);
    const out = join(work, `site-${name}`);
    const m = await measureBuild(root, ["scripts/build.ts"], { ...env(data, out), LENTERA_CACHE_DIR: join(work, `cache-${name}`) });
    if (!m.ok) throw new Error(`The build ${name} failed:\n${m.output.slice(-3000)}`);
    const { output: _output, ...build } = m;
    return { build, ...sizeOf(out) };
  };
  const releasesDir = join(dataDir, "releases");
  const releases = existsSync(releasesDir) ? readdirSync(releasesDir, { withFileTypes: true }).filter((e) => e.isDirectory()).length : 0;
  const run = { releases, with: await side("with", dataDir), without: await side("without", bare) };
  rmSync(work, { recursive: true, force: true });
  return run;
}

function sizeOf(dir: string): { pages: number; bytes: number } {
  let pages = 0;
  let bytes = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }) as { isFile(): boolean; parentPath: string; name: string }[]) {
    if (!e.isFile()) continue;
    bytes += statSync(join(e.parentPath, e.name)).size;
    if (e.name.endsWith(".html")) pages++;
  }
  return { pages, bytes };
}
