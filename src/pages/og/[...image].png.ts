import type { APIRoute, GetStaticPaths } from "astro";
import { LOCALES, type Locale } from "../../lib/data/types.ts";
import { renderPngAsync } from "../../lib/charts/png.ts";
import { cardSvg } from "../../lib/og/card.ts";
import { ogCard } from "../../lib/og/cards.ts";
import { getModel } from "../../lib/site/model.ts";
import { ogImagePath } from "../../lib/routing/paths.ts";
import { pageRoutes, type PageRoute } from "../../lib/routing/routes.ts";

/** One preview image per page and language, at og/<lang>/<path>.png (see ogImagePath). */
export const getStaticPaths = (async () => {
  const model = await getModel();
  return LOCALES.flatMap((locale) =>
    pageRoutes(model).map((route) => ({
      params: { image: ogImagePath(locale, route.path).slice("og/".length, -".png".length) },
      props: { locale, route },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale; route: PageRoute }> = async ({ props, site }) => {
  const model = await getModel();
  const url = new URL(import.meta.env.BASE_URL, site);
  const footer = `${url.host}${url.pathname.replace(/\/$/, "")}`;
  const png = await renderPngAsync(cardSvg(ogCard(model, props.route, props.locale, footer)), 1);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": "image/png" } });
};
