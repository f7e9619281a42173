import { folderSource, formatFailure, loadRegency } from "../data/index.ts";
import type { Model } from "../data/types.ts";
import { hashRelease, readReleases, releaseDir } from "./store.ts";
import type { Release } from "./table.ts";

/** The releases of a data folder and where its data stands against them. */
export interface ReleaseState {
  /** Oldest first. */
  readonly releases: readonly Release[];
  /** The newest release, undefined when there is none yet. */
  readonly current: Release | undefined;
  /** True when the data differs from the newest release (or nothing is released yet): it is not yet released. */
  readonly unreleased: boolean;
}

const states = new Map<string, Promise<ReleaseState>>();
const models = new Map<string, Promise<Model>>();

/** The release state of a data folder, read once per build (the folder does not change while the site is built). */
export function currentRelease(dataDir: string): Promise<ReleaseState> {
  let state = states.get(dataDir);
  if (!state) states.set(dataDir, (state = readState(dataDir)));
  return state;
}

async function readState(dataDir: string): Promise<ReleaseState> {
  const { releases, problems } = await readReleases(dataDir);
  if (problems.some((p) => p.severity === "error")) throw new Error(`\n${formatFailure(problems, [], dataDir)}`);
  const current = releases.at(-1);
  return { releases, current, unreleased: !current || (await hashRelease(dataDir)) !== current.sha256 };
}

/** The validated model of a release, from its frozen folder, loaded once per build. */
export function loadRelease(dataDir: string, version: string): Promise<Model> {
  const key = `${dataDir}\0${version}`;
  let model = models.get(key);
  if (!model) models.set(key, (model = load(releaseDir(dataDir, version))));
  return model;
}

async function load(dir: string): Promise<Model> {
  const source = folderSource(dir);
  const result = await loadRegency(source);
  if (!result.ok) throw new Error(`\n${formatFailure(result.errors, result.warnings, source.label)}`);
  return result.model;
}
