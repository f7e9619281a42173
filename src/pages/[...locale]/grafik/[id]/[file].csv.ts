import type { APIRoute } from "astro";
import { getModel, getReleases } from "../../../../lib/site/model.ts";
import { chartFileRoutes } from "../../../../lib/charts/routes.ts";
import { chartFile } from "../../../../lib/charts/downloads.ts";
import { chartRouteKey } from "../../../../lib/site/cache-keys.ts";
import type { Locale } from "../../../../lib/data/types.ts";

export async function getStaticPaths() {
  const model = await getModel();
  const ctx = { site: import.meta.env.SITE ?? "", base: import.meta.env.BASE_URL, releases: await getReleases() };
  return chartFileRoutes(model, (id, locale) => chartRouteKey(model, id, locale, "csv", ctx));
}

export const GET: APIRoute = async ({ params, props, site }) => {
  const file = await chartFile(await getModel(), params.id!, (props as { locale: Locale }).locale, "csv", site!);
  return new Response(file.body, { headers: { "Content-Type": file.type } });
};
