import type { APIRoute } from "astro";
import { getModel } from "../lib/site/model.ts";
import { sitemapXml } from "../lib/site/sitemap.ts";

export const GET: APIRoute = async ({ site }) =>
  new Response(sitemapXml(await getModel(), site!, import.meta.env.BASE_URL), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
