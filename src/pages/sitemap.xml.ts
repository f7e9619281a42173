import type { APIRoute } from "astro";
import { getModel } from "../lib/site/model.ts";
import { sitemapXml } from "../lib/site/sitemap.ts";
import { chartPagePaths } from "../lib/charts/routes.ts";

/** Every page of routes.ts and every chart page, in both languages. */
export const GET: APIRoute = async ({ site }) => {
  const model = await getModel();
  return new Response(sitemapXml(model, site!, import.meta.env.BASE_URL, chartPagePaths(model)), {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
};
