import type { APIRoute, GetStaticPaths } from "astro";
import { LOCALES } from "../../../lib/data/types.ts";
import { localeFromParam, localeParam } from "../../../lib/routing/paths.ts";
import { feedXml } from "../../../lib/site/feed.ts";
import { getModel, getReleases } from "../../../lib/site/model.ts";

/** The Atom feed of releases in each language, beside the page of updates (src/lib/site/feed.ts). */
export const getStaticPaths = (() => LOCALES.map((l) => ({ params: { locale: localeParam(l) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(feedXml(await getModel(), await getReleases(), localeFromParam(params.locale), site!, import.meta.env.BASE_URL), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
