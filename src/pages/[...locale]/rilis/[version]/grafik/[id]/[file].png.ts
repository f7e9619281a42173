import type { APIRoute } from "astro";
import { getPinning } from "../../../../../../lib/site/pinning.ts";
import { pinnedFileRoutes } from "../../../../../../lib/charts/routes.ts";
import { chartFile } from "../../../../../../lib/charts/downloads.ts";
import type { Locale } from "../../../../../../lib/data/types.ts";
import type { ReleaseRef } from "../../../../../../lib/charts/versions.ts";

export async function getStaticPaths() {
  return pinnedFileRoutes(await getPinning());
}

export const GET: APIRoute = async ({ params, props, site }) => {
  const { locale, release } = props as { locale: Locale; release: ReleaseRef };
  const pinning = await getPinning();
  const order = pinning.pinned.get(release.version) ?? [];
  const file = await chartFile(pinning.model(release.version), params.id!, locale, "png", site!, { version: release.version, order });
  return new Response(file.body, { headers: { "Content-Type": file.type } });
};
