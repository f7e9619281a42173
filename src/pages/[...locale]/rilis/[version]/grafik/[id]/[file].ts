import type { APIRoute } from "astro";
import { getModel, getReleases } from "../../../../../../lib/site/model.ts";
import { pinnedRouteKey } from "../../../../../../lib/site/cache-keys.ts";
import { getPinning } from "../../../../../../lib/site/pinning.ts";
import { pinnedFileRoutes } from "../../../../../../lib/charts/routes.ts";
import { chartFile } from "../../../../../../lib/charts/downloads.ts";
import type { FileKind } from "../../../../../../lib/charts/files.ts";
import type { Locale } from "../../../../../../lib/data/types.ts";
import type { ReleaseRef } from "../../../../../../lib/charts/versions.ts";

/** The downloads of a chart pinned to a release (CSV, SVG and PNG in each language), from the release's frozen data. */
export async function getStaticPaths() {
  const [pinning, model] = [await getPinning(), await getModel()];
  const ctx = { site: import.meta.env.SITE ?? "", base: import.meta.env.BASE_URL, releases: await getReleases() };
  return pinnedFileRoutes(pinning, (id, locale, version, kind) =>
    pinnedRouteKey(model, pinning.model(version), version, id, locale, kind, ctx),
  );
}

export const GET: APIRoute = async ({ params, props, site }) => {
  const { locale, release, kind } = props as { locale: Locale; release: ReleaseRef; kind: FileKind };
  const pinning = await getPinning();
  const order = pinning.pinned.get(release.version) ?? [];
  const file = await chartFile(pinning.model(release.version), params.id!, locale, kind, site!, { version: release.version, order });
  return new Response(file.body, { headers: { "Content-Type": file.type } });
};
