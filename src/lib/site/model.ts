import { resolve } from "node:path";
import { folderSource, formatFailure, loadRegency } from "../data/index.ts";
import type { Model } from "../data/types.ts";
import { releaseHistory, type ReleaseHistory } from "../releases/history.ts";

/**
 * The bridge between the data path and Astro: loads the data folder (DATA_DIR,
 * or data/) once per build and hands every page the same frozen model.
 * `npm run build` validates before Astro starts, so the error branch is only
 * reached when Astro is run directly on broken data.
 */
let cached: Promise<Model> | undefined;

export function getModel(): Promise<Model> {
  return (cached ??= load());
}

async function load(): Promise<Model> {
  const source = folderSource(resolve(process.env.DATA_DIR ?? "data"));
  const result = await loadRegency(source);
  if (!result.ok) throw new Error(`\n${formatFailure(result.errors, result.warnings, source.label)}`);
  return result.model;
}

/** The releases of the data folder (releases/) with their changes, read once per build; none when it has no releases/. */
export const getReleases = (): Promise<ReleaseHistory> => releaseHistory(resolve(process.env.DATA_DIR ?? "data"));

/** The data folder itself, for the files published as they are (the catalogue, the boundaries and their licence). */
export const dataSource = () => folderSource(resolve(process.env.DATA_DIR ?? "data"));

export interface RawFiles {
  /** Paths inside the data folder, published under /data/ with the same names. */
  readonly catalogue: string;
  readonly geo: string | undefined;
  readonly geoLicence: string | undefined;
}

/**
 * Which raw files the data page offers: the catalogue, the boundary file the
 * catalogue names, and the licence file kept beside it (LICENSE*).
 */
export async function rawFiles(): Promise<RawFiles> {
  const model = await getModel();
  const source = dataSource();
  const catalogue = JSON.parse(new TextDecoder().decode(await source.read("datapackage.json"))) as {
    resources?: { name?: string; path?: string }[];
  };
  const geo = catalogue.resources?.find((r) => r.name === model.settings.geo)?.path;
  const folder = geo?.includes("/") ? geo.slice(0, geo.lastIndexOf("/") + 1) : "";
  const files = await source.list();
  const geoLicence = geo ? files.find((f) => f.startsWith(folder) && /^LICEN[CS]E/i.test(f.slice(folder.length))) : undefined;
  return { catalogue: "datapackage.json", geo, geoLicence };
}
