/**
 * Pinned chart versions, computed once from the releases: a chart gets a
 * frozen copy (/rilis/<version>/grafik/<id>/) in the first release that has
 * it and in every later release whose data for it differs from the release
 * before; a chart whose data did not change is not copied again, so its
 * pinned address stays the earlier version's. "Data" is a content hash of the
 * chart's rows, what its CSV download holds (pinned.ts makes the hashes).
 * Everything here is pure: releases and hashes in, versions out.
 */

/** A release as far as pinning needs it: its version (2026.1) and date (YYYY-MM-DD). */
export interface ReleaseRef {
  readonly version: string;
  readonly date: string;
}

/** One release and the hash of every chart it has (charts without data are absent). */
export interface ReleaseHashes {
  readonly release: ReleaseRef;
  readonly hashes: ReadonlyMap<string, string>;
}

/** A pinned version of one chart: the release it was frozen in and the hash of its data there. */
export interface ChartVersion {
  readonly version: string;
  readonly date: string;
  readonly hash: string;
}

/**
 * The versions of every chart, oldest first, from the releases oldest first.
 * A chart that leaves a release and comes back gets a new version: its data
 * differs from the release before (which had none).
 */
export function chartVersions(releases: readonly ReleaseHashes[]): ReadonlyMap<string, readonly ChartVersion[]> {
  const versions = new Map<string, ChartVersion[]>();
  let previous: ReadonlyMap<string, string> = new Map();
  for (const { release, hashes } of releases) {
    for (const [id, hash] of hashes) {
      if (previous.get(id) === hash) continue;
      const list = versions.get(id) ?? [];
      list.push({ version: release.version, date: release.date, hash });
      versions.set(id, list);
    }
    previous = hashes;
  }
  return versions;
}

/** The charts pinned in one release: those whose version list has an entry for it. */
export function pinnedIn(versions: ReadonlyMap<string, readonly ChartVersion[]>, release: string): string[] {
  return [...versions].filter(([, list]) => list.some((v) => v.version === release)).map(([id]) => id);
}

/** The version after `release` in a chart's list: the release that later revised the data it shows. */
export function revisedBy(list: readonly ChartVersion[], release: string): ChartVersion | undefined {
  const at = list.findIndex((v) => v.version === release);
  return at < 0 ? undefined : list[at + 1];
}

/**
 * The pinned version the live chart shows: its latest version when the
 * current data of the chart is what the latest release holds (same hash);
 * undefined when the current data is not yet released (changed since, new,
 * or no release at all), and then only the live address can be offered.
 */
export function liveVersion(
  list: readonly ChartVersion[] | undefined,
  inLatestRelease: string | undefined,
  current: string,
): ChartVersion | undefined {
  return inLatestRelease !== undefined && inLatestRelease === current ? list?.at(-1) : undefined;
}
