import { resolve } from "node:path";
import { folderSource, formatFailure, loadRegency } from "../data/index.ts";
import type { Model } from "../data/types.ts";

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
