import type { APIRoute, GetStaticPaths } from "astro";
import { LOCALES, type Locale } from "../../lib/data/types.ts";
import { cachedPng } from "../../lib/charts/image-cache.ts";
import { cardSvg } from "../../lib/og/card.ts";
import { ogCard } from "../../lib/og/cards.ts";
import { getModel } from "../../lib/site/model.ts";
import { ogImagePath } from "../../lib/routing/paths.ts";
import { pageRoutes, type PageRoute } from "../../lib/routing/routes.ts";
import { ogKey } from "../../lib/site/cache-keys.ts";

/** One preview image per page and language, at og/<lang>/<path>.png (see ogImagePath). */
/** The address the card's footer shows: host and sub-path. */
const footerOf = (site: URL | string | undefined): string => {
  const url = new URL(import.meta.env.BASE_URL, site);
  return `${url.host}${url.pathname.replace(/\/$/, "")}`;
};

export const getStaticPaths = (async () => {
  const model = await getModel();
  const footer = footerOf(import.meta.env.SITE);
  return LOCALES.flatMap((locale) =>
    pageRoutes(model).map((route) => ({
      params: { image: ogImagePath(locale, route.path).slice("og/".length, -".png".length) },
      props: { locale, route },
      cacheKey: ogKey(model, route, locale, footer),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale; route: PageRoute }> = async ({ props, site }) => {
  const model = await getModel();
  const png = await cachedPng(cardSvg(ogCard(model, props.route, props.locale, footerOf(site))), 1);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": "image/png" } });
};
