import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { ROOT } from "./fixtures.ts";

/**
 * The site builds the "site" test project reads, made the way `npm run build`
 * makes them (scripts/build.ts: validate, Astro, Pagefind), each into a folder
 * of its own under one temporary folder:
 * - main: the data folder under test (DATA_DIR, else data/), at the root, in
 *   UTC: what every site and browser suite reads;
 * - wita: the same data again in Luwu Utara's time zone and an Indonesian
 *   locale, compared byte for byte with main (determinism.test.ts); a warm
 *   build from main's build cache, made over main's site (with a stray page)
 *   as a second `npm run build` into the same dist/ is, so the comparison
 *   also proves that the pages it leaves in place, the images it copies from
 *   the cache and the page it removes are as a cold build makes them;
 * - hostile: made by the "place" project (place-site.global.ts) after the
 *   second place itself: a copy of that place's data with hostile text in every
 *   free-text field (hostile-data.ts), served under a sub-path with a SITE_URL
 *   (hostile-subpath.test.ts); from the place's build cache, so it reuses the
 *   images its text does not change and must reuse no page;
 * - changed, changed-cold: made by the "place" project after its place: one
 *   value changed in a copy of the place's data (changeOneValue, the bench's
 *   change), built warm over the place's site and cache, and cold into an empty
 *   cache (rebuild.test.ts compares them byte for byte).
 *
 * The global setups (build-site.global.ts, place-site.global.ts) start them
 * one after another in the background, so the unit tests run meanwhile; a
 * suite waits for the build it reads with `built(name)`. Each build writes
 * `<name>.json` beside its folder when it ends: whether it succeeded, and what
 * it printed.
 */
export type BuildName = "main" | "wita" | "hostile" | "changed" | "changed-cold";

/** The data folder the tests read: DATA_DIR when set (any valid data folder), else the bundled data/. */
export const DATA_DIR = resolve(ROOT, process.env.DATA_DIR ?? "data");

/** The sub-path and public address of the hostile build. */
export const SUB_PATH = "/sub/path/";
export const SUB_SITE_URL = "https://lentera.example.org";

export interface Builds {
  /** The folder holding every build of this run and their status files. */
  root: string;
  /** The folder each build of this project is (or will be) written to; a build the project does not make has none. */
  dirs: Partial<Record<BuildName, string>>;
  /** The data folder each build of this project is made from. */
  data: Partial<Record<BuildName, string>>;
  /** True when main was built by this run from the current code (not LENTERA_SITE_DIR). */
  mainBuiltNow: boolean;
}

/** One build a global setup plans: its name, where it is written, what it is made from, and its environment. */
export interface PlannedBuild {
  name: BuildName;
  dir: string;
  data: string;
  env: Record<string, string>;
  /**
   * A build this one is made over, as a second `npm run build` into the same dist/: its site is linked
   * into `dir` first, with a page the data does not make (STRAY_PAGE), which the build must remove.
   */
  over?: BuildName;
}

/** The page a build made `over` another finds in its folder and must not keep: a kecamatan no longer in the data. */
export const STRAY_PAGE = "kecamatan/tidak-lagi-ada/index.html";

/** Links every file of `site` into `dir` (hard links: nothing copied, and the build replaces files rather than writing into them). */
function linkSite(site: string, dir: string): void {
  for (const e of readdirSync(site, { recursive: true, withFileTypes: true })) {
    const from = join(e.parentPath, e.name);
    const to = join(dir, relative(site, from));
    if (e.isDirectory()) mkdirSync(to, { recursive: true });
    else {
      mkdirSync(dirname(to), { recursive: true });
      linkSync(from, to);
    }
  }
  mkdirSync(dirname(join(dir, STRAY_PAGE)), { recursive: true });
  writeFileSync(join(dir, STRAY_PAGE), "<!doctype html><title>Tidak lagi ada</title>");
}

/** What a project provides as "builds": the planned builds, and main when it was given (LENTERA_SITE_DIR) instead of built. */
export function buildsOf(root: string, plan: readonly PlannedBuild[], givenMain?: string): Builds {
  const dirs: Builds["dirs"] = givenMain ? { main: givenMain } : {};
  const data: Builds["data"] = givenMain ? { main: DATA_DIR } : {};
  for (const b of plan) {
    dirs[b.name] = b.dir;
    data[b.name] = b.data;
  }
  return { root, dirs, data, mainBuiltNow: !givenMain };
}

/**
 * Starts the planned builds one after another in the background (runBuild) and returns at once; what it returns stops
 * the build under way, skips the rest and removes `root`, for the global setup to return as its teardown.
 */
export function startBuilds(root: string, plan: readonly PlannedBuild[]): () => Promise<void> {
  let current: ChildProcess | undefined;
  let stopped = false;
  const running = (async () => {
    for (const b of plan) {
      if (stopped) return;
      const over = b.over && plan.find((p) => p.name === b.over);
      if (over && existsSync(statusFile(root, over.name))) linkSite(over.dir, b.dir);
      await runBuild(root, b.name, b.dir, { ...b.env, DATA_DIR: b.data }, (c) => (current = c));
    }
  })();
  return async () => {
    stopped = true;
    current?.kill();
    await running.catch(() => undefined);
    rmSync(root, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    builds: Builds;
    /** The main build's folder (builds.dirs.main). */
    siteDir: string;
    /**
     * True in the "place" project: the build read is a second place, and the facts that belong to the
     * templates and their words alone (the English pages' colours, for one) were proven on the main build.
     */
    secondPlace: boolean;
  }
}

interface Status {
  ok: boolean;
  output: string;
  ms: number;
}

/**
 * Waits until the named build has ended and returns its folder; throws with the
 * build's output when it failed, or when this run does not make it.
 */
export async function built(name: BuildName, timeoutMs = 900_000): Promise<string> {
  // Imported here, not at the top: the global setup, outside the test workers, imports this module too.
  const { inject } = await import("vitest");
  const builds = inject("builds");
  const dir = builds.dirs[name];
  if (!dir) throw new Error(`The ${name} build is not made by this project`);
  if (name === "main" && !builds.mainBuiltNow) return dir;
  const file = statusFile(builds.root, name);
  const until = Date.now() + timeoutMs;
  while (!existsSync(file)) {
    if (!existsSync(builds.root)) throw new Error(`The ${name} build is not made by this run`);
    if (Date.now() > until) throw new Error(`The ${name} build did not end within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const status = JSON.parse(readFileSync(file, "utf8")) as Status;
  if (!status.ok) throw new Error(`The ${name} build failed:\n${status.output}`);
  return dir;
}

/** What the named build printed (its last 20,000 characters), once it has ended well. */
export async function printed(name: BuildName): Promise<string> {
  await built(name);
  const { inject } = await import("vitest");
  return (JSON.parse(readFileSync(statusFile(inject("builds").root, name), "utf8")) as Status).output;
}

export const statusFile = (root: string, name: BuildName): string => join(root, `${name}.json`);

/**
 * Runs scripts/build.ts into `outDir` and writes its status file. Builds run
 * one at a time across everything that builds through here: each writes
 * Astro's generated types into the project's .astro/ folder and uses most of
 * the machine's two cores. A build holds a lock (a folder, which mkdir creates
 * atomically) for as long as it runs.
 */
export async function runBuild(
  root: string,
  name: BuildName,
  outDir: string,
  env: Record<string, string>,
  onStart: (c: ChildProcess) => void,
): Promise<Status> {
  await acquire();
  const started = performance.now();
  let status: Status;
  try {
    status = await new Promise<Status>((done) => {
      const child = spawn(process.execPath, [join(ROOT, "scripts", "build.ts")], {
        cwd: ROOT,
        // One build cache per run folder, empty when the run starts: main is a cold build, and wita, made next from the same
        // data, a warm one that copies main's unchanged pages and images (so determinism.test.ts proves them byte-identical).
        env: { ...buildEnv(), LENTERA_CACHE_DIR: join(root, "cache"), ...env, OUT_DIR: outDir },
        stdio: ["ignore", "pipe", "pipe"],
      });
      onStart(child);
      let output = "";
      child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
      child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
      child.on("close", (code, signal) =>
        done({
          ok: code === 0,
          output: `${output.slice(-20_000)}${signal ? `\n(stopped by ${signal})` : ""}`,
          ms: performance.now() - started,
        }),
      );
    });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
  if (existsSync(root)) writeFileSync(statusFile(root, name), JSON.stringify(status));
  return status;
}

/**
 * The environment without what Vitest adds to it (BASE_URL, MODE, DEV, PROD,
 * SSR, NODE_ENV, VITEST_*): Astro reads BASE_URL from the environment over the
 * configured base, so a build started from the test run would otherwise differ
 * from `npm run build`.
 */
export function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(k)) delete env[k];
  return env;
}

const LOCK = join(ROOT, ".lentera", "build.lock");

async function acquire(): Promise<void> {
  mkdirSync(join(ROOT, ".lentera"), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch {
      // A lock older than ten minutes was left by a killed run.
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 600_000) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // The holder released it meanwhile; try again.
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/**
 * Whether this run includes a suite whose file name has one of `names`: true when the run names no test
 * files (the whole suite), so a run of one site suite does not wait for builds it does not read.
 */
export function wanted(...names: string[]): boolean {
  const args = process.argv
    .slice(2)
    .filter((a) => !a.startsWith("-") && !["run", "watch", "related", "bench"].includes(a) && !/vitest(\.mjs)?$/.test(a));
  const files = args.filter((a) => /[/.]|test/.test(a));
  return files.length === 0 || files.some((f) => names.some((n) => f.includes(n)));
}
