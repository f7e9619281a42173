import type { APIRoute } from "astro";
import { getModel, getReleases } from "../../../../lib/site/model.ts";
import { chartFileRoutes } from "../../../../lib/charts/routes.ts";
import { chartFile } from "../../../../lib/charts/downloads.ts";
import { chartRouteKey } from "../../../../lib/site/cache-keys.ts";
import type { FileKind } from "../../../../lib/charts/files.ts";
import type { Locale } from "../../../../lib/data/types.ts";

/** A chart's downloads: its CSV, SVG and PNG in each language. */
export async function getStaticPaths() {
  const model = await getModel();
  const ctx = { site: import.meta.env.SITE ?? "", base: import.meta.env.BASE_URL, releases: await getReleases() };
  return chartFileRoutes(model, (id, locale, kind) => chartRouteKey(model, id, locale, kind, ctx));
}

export const GET: APIRoute = async ({ params, props, site }) => {
  const { locale, kind } = props as { locale: Locale; kind: FileKind };
  const file = await chartFile(await getModel(), params.id!, locale, kind, site!);
  return new Response(file.body, { headers: { "Content-Type": file.type } });
};
