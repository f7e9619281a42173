// The incremental build, measured: a cold build (empty build cache), then one value changed in a
// copy of observations.csv and a warm rebuild from the cache, compared byte for byte with a cold
// build of the changed data; and Astro's page concurrency with and without the cache.
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { compareSites, describeDifference } from "./compare-sites.ts";
import { measureBuild, type BuildMeasure } from "./measure-build.ts";

export type Measure = Omit<BuildMeasure, "output">;

export interface RebuildRun {
  /** What was changed: file, line as a spreadsheet shows it, the row and the old and new value. */
  changed: string;
  /** The warm build's last progress line: how many pages and images it made anew. */
  warmSummary?: string;
  cold: Measure;
  /** Not made when the cold build did not succeed. */
  warm?: Measure;
  /** The warm build against a cold build of the changed data: undefined when not compared. */
  identical?: boolean;
  firstDifference?: string;
  coldOfChanged?: Measure;
}

export interface ConcurrencyRun {
  label: string;
  concurrency: number;
  cache: boolean;
  warm: boolean;
  build: Measure;
}

const strip = ({ output: _output, ...m }: BuildMeasure): Measure => m;

/** Changes one value in `dataDir`/observations.csv: a kecamatan's (a code of three parts) in the latest year, else the last row. */
export function changeOneValue(dataDir: string): string {
  const file = join(dataDir, "observations.csv");
  const parsed = Papa.parse<Record<string, string>>(readFileSync(file, "utf8"), { header: true, skipEmptyLines: true });
  const rows = parsed.data;
  let at = rows.length - 1;
  for (let i = 0; i < rows.length; i++)
    if (rows[i]!.area?.split(".").length === 3 && Number(rows[i]!.year) >= Number(rows[at]!.year ?? 0)) at = i;
  const row = rows[at]!;
  const old = Number(row.value);
  row.value = Number.isInteger(old) ? String(old >= 1 ? old - 1 : old + 1) : (old * 0.9).toFixed(2);
  writeFileSync(file, Papa.unparse(rows, { columns: parsed.meta.fields }));
  return `observations.csv line ${at + 2} (${row.area}, ${row.indicator}, ${row.year}): ${old} -> ${row.value}`;
}

type Env = (dataDir: string, outDir: string) => NodeJS.ProcessEnv;

/**
 * Cold build, one value changed, warm build; with `compare`, also a cold build of the changed
 * data into a fresh cache, compared byte for byte with the warm one.
 */
export async function rebuild(
  root: string,
  work: string,
  from: string,
  env: Env,
  { compare = false, limitSeconds = Infinity, log = (_: string) => undefined as void } = {},
): Promise<RebuildRun> {
  rmSync(work, { recursive: true, force: true });
  const data = join(work, "data");
  cpSync(from, data, { recursive: true });
  const cache = join(work, "cache");
  const run = async (label: string, out: string, cacheDir: string) => {
    log(label);
    const m = await measureBuild(root, ["scripts/build.ts"], { ...env(data, join(work, out)), LENTERA_CACHE_DIR: cacheDir }, limitSeconds);
    if (!m.ok) log(`${label} did not succeed:\n${m.output.slice(-2000)}`);
    return m;
  };
  // The warm build goes into the same folder as the cold one, as a second `npm run build` into dist/ does (staging.ts).
  const cold = await run("cold build", "site", cache);
  const changed = changeOneValue(data);
  if (!cold.ok) return { changed, cold: strip(cold) };
  const warm = await run(`warm build after changing ${changed}`, "site", cache);
  const summary = warm.output
    .split("\n")
    .findLast((l) => /newly rendered/.test(l))
    ?.split(" / ")
    .pop()
    ?.trim();
  const result: RebuildRun = { changed, warmSummary: summary, cold: strip(cold), warm: strip(warm) };
  if (compare) {
    const fresh = await run("cold build of the changed data", "site-cold-changed", join(work, "cache-fresh"));
    result.coldOfChanged = strip(fresh);
    if (warm.ok && fresh.ok) {
      result.firstDifference = describeDifference(compareSites(join(work, "site"), join(work, "site-cold-changed")));
      result.identical = result.firstDifference === undefined;
    }
  }
  return result;
}

/**
 * Astro renders `build.concurrency` pages at a time (4 in astro.config.mjs; LENTERA_CONCURRENCY
 * here). Cold builds with 4 and no cache (before the incremental build), with 4 and with 1 and
 * the cache, then warm rebuilds after one change with 4 and with 1.
 */
export async function concurrency(
  root: string,
  work: string,
  from: string,
  env: Env,
  log = (_: string) => undefined as void,
): Promise<ConcurrencyRun[]> {
  rmSync(work, { recursive: true, force: true });
  const data = join(work, "data");
  cpSync(from, data, { recursive: true });
  const runs: ConcurrencyRun[] = [];
  const run = async (label: string, n: number, cache: boolean, warm: boolean, cacheDir: string) => {
    log(label);
    // A cold build starts from nothing: no build cache, and no earlier site in the folder it builds in.
    if (!warm) for (const d of ["site", "site.staging"]) rmSync(join(work, d), { recursive: true, force: true });
    const m = await measureBuild(root, ["scripts/build.ts"], {
      ...env(data, join(work, "site")),
      LENTERA_CACHE_DIR: cacheDir,
      LENTERA_CONCURRENCY: String(n),
      LENTERA_INCREMENTAL: cache ? "1" : "0",
    });
    if (!m.ok) log(`${label} did not succeed:\n${m.output.slice(-2000)}`);
    runs.push({ label, concurrency: n, cache, warm, build: strip(m) });
  };
  await run("cold, concurrency 4, no cache", 4, false, false, join(work, "cache-none"));
  await run("cold, concurrency 4, cache", 4, true, false, join(work, "cache-4"));
  await run("cold, concurrency 1, cache", 1, true, false, join(work, "cache-1"));
  changeOneValue(data);
  await run("warm, concurrency 4, cache, one value changed", 4, true, true, join(work, "cache-4"));
  await run("warm, concurrency 1, cache, one value changed", 1, true, true, join(work, "cache-1"));
  return runs;
}
