import type { Model } from "../data/types.ts";
import { releaseChanges, type ReleaseChanges } from "./diff.ts";
import { currentRelease, loadRelease } from "./load.ts";
import type { Release } from "./table.ts";

/** One release as the site shows it: its record, its data, and its changes against the release before. */
export interface ReleaseEntry {
  readonly release: Release;
  /** The model of the release, from its frozen folder. */
  readonly model: Model;
  /** The release before, undefined for the first. */
  readonly previous: { readonly version: string; readonly model: Model } | undefined;
  /** Undefined for the first release: there is nothing to compare it with. */
  readonly changes: ReleaseChanges | undefined;
}

export interface ReleaseHistory {
  /** Oldest first. */
  readonly entries: readonly ReleaseEntry[];
  /** The data differs from the newest release (or nothing is released yet). */
  readonly unreleased: boolean;
}

/** No release yet: what a view is given when the caller has not looked (a preview card) or the folder has no releases/. */
export const NO_RELEASES: ReleaseHistory = { entries: [], unreleased: true };

const histories = new Map<string, Promise<ReleaseHistory>>();

/** Every release of a data folder with its changes, computed once per build. */
export function releaseHistory(dataDir: string): Promise<ReleaseHistory> {
  let history = histories.get(dataDir);
  if (!history) histories.set(dataDir, (history = read(dataDir)));
  return history;
}

async function read(dataDir: string): Promise<ReleaseHistory> {
  const state = await currentRelease(dataDir);
  const entries: ReleaseEntry[] = [];
  for (const release of state.releases) {
    const model = await loadRelease(dataDir, release.version);
    const before = entries.at(-1);
    entries.push({
      release,
      model,
      previous: before && { version: before.release.version, model: before.model },
      changes: before ? releaseChanges(before.model, model) : undefined,
    });
  }
  return { entries, unreleased: state.unreleased };
}
