import { createHash } from "node:crypto";
import { LOCALES, type Model } from "../data/types.ts";
import { charts } from "./catalog.ts";
import { chartCsv } from "./downloads.ts";
import { chartVersions, pinnedIn, type ChartVersion, type ReleaseRef } from "./versions.ts";

/**
 * The pinned chart versions of a build: every release's model (loaded from
 * its frozen data), the hash of each chart's data in each release, and from
 * those the version list of every chart (versions.ts), computed once.
 */
export interface Pinning {
  /** The releases, oldest first. */
  readonly releases: readonly ReleaseRef[];
  readonly versions: ReadonlyMap<string, readonly ChartVersion[]>;
  /** The hash of each chart's data in the latest release (empty without a release). */
  readonly latest: ReadonlyMap<string, string>;
  /** The validated model of a release. */
  readonly model: (version: string) => Model;
  /** The charts pinned in each release, in catalogue order. */
  readonly pinned: ReadonlyMap<string, readonly string[]>;
}

/**
 * A chart's data as a hash: its CSV downloads in both languages (the rows a
 * reader can cite), so a change of any number, status, source or label in
 * them makes a new version and nothing else does.
 */
export function chartDataHash(model: Model, id: string): string {
  const hash = createHash("sha256");
  for (const locale of LOCALES) hash.update(`${locale}\u0000${chartCsv(model, id, locale)}\u0000`);
  return hash.digest("hex");
}

export function chartHashes(model: Model): ReadonlyMap<string, string> {
  return new Map(charts(model).map((e) => [e.id, chartDataHash(model, e.id)]));
}

export async function pinCharts(releases: readonly ReleaseRef[], load: (version: string) => Promise<Model>): Promise<Pinning> {
  const models = new Map<string, Model>();
  const hashed = [];
  for (const release of releases) {
    const model = await load(release.version);
    models.set(release.version, model);
    hashed.push({ release, hashes: chartHashes(model) });
  }
  const versions = chartVersions(hashed);
  return {
    releases,
    versions,
    latest: hashed.at(-1)?.hashes ?? new Map(),
    model: (version) => {
      const model = models.get(version);
      if (!model) throw new Error(`No release "${version}" in this build`);
      return model;
    },
    pinned: new Map(releases.map((r) => [r.version, pinnedIn(versions, r.version)])),
  };
}

/** A build without releases: no chart has a pinned version. */
export const NO_PINNING: Pinning = {
  releases: [],
  versions: new Map(),
  latest: new Map(),
  model: (version) => {
    throw new Error(`No release "${version}" in this build`);
  },
  pinned: new Map(),
};
