import { resolve } from "node:path";
import { pinCharts, type Pinning } from "../charts/pinned.ts";
import type { Locale } from "../data/types.ts";
import { currentRelease, loadRelease } from "../releases/index.ts";
import { href, pathOf } from "../routing/paths.ts";
import { releaseAnchor } from "./views/updates.ts";

/**
 * The bridge between the releases of the data folder (DATA_DIR, or data/) and
 * the chart routes: every release's frozen model and the pinned versions of
 * every chart, computed once per build. A folder without releases pins
 * nothing.
 */
let cached: Promise<Pinning> | undefined;

export function getPinning(): Promise<Pinning> {
  return (cached ??= load());
}

async function load(): Promise<Pinning> {
  const dir = resolve(process.env.DATA_DIR ?? "data");
  const { releases } = await currentRelease(dir);
  return pinCharts(releases, (version) => loadRelease(dir, version));
}

/** Where the changes of a release are listed: its anchor on the page of updates. */
export const releaseChangesHref = (locale: Locale, version: string): string =>
  `${href(locale, pathOf("updates"))}#${releaseAnchor(version)}`;
