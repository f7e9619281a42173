import type { APIRoute } from "astro";
import { getModel } from "../../../../lib/site/model.ts";
import { chartFileRoutes } from "../../../../lib/charts/routes.ts";
import { chartFile } from "../../../../lib/charts/downloads.ts";
import type { Locale } from "../../../../lib/data/types.ts";

export async function getStaticPaths() {
  return chartFileRoutes(await getModel());
}

export const GET: APIRoute = async ({ params, props, site }) => {
  const file = await chartFile(await getModel(), params.id!, (props as { locale: Locale }).locale, "svg", site!);
  return new Response(file.body, { headers: { "Content-Type": file.type } });
};
