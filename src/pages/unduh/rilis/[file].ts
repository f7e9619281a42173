import { resolve } from "node:path";
import type { APIRoute, GetStaticPaths } from "astro";
import { releaseZip } from "../../../lib/releases/download.ts";
import { pageUrl, pathOf, RELEASE_ZIP_FOLDER, releaseZipPath } from "../../../lib/routing/paths.ts";
import { getReleases } from "../../../lib/site/model.ts";
import { releaseAnchor } from "../../../lib/site/views/updates.ts";

/** Each release as one zip (src/lib/releases/download.ts), linked from the page of updates and the data page. */
export const getStaticPaths = (async () =>
  (await getReleases()).entries.map((entry) => ({
    params: { file: releaseZipPath(entry.release.version).slice(RELEASE_ZIP_FOLDER.length) },
    props: { version: entry.release.version },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ version: string }> = async ({ props, site }) => {
  const entry = (await getReleases()).entries.find((e) => e.release.version === props.version)!;
  const changes = `${pageUrl("id", pathOf("updates"), site!, import.meta.env.BASE_URL)}#${releaseAnchor(props.version)}`;
  const bytes = await releaseZip(resolve(process.env.DATA_DIR ?? "data"), entry, changes);
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": "application/zip" } });
};
