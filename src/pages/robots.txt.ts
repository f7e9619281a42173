import type { APIRoute } from "astro";
import { fileHref } from "../lib/routing/paths.ts";
import { robotsTxt } from "../lib/site/sitemap.ts";

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(new URL(fileHref("sitemap.xml"), site).href), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
