import { LOCALES, type Model } from "../data/types.ts";
import { pageUrl } from "../routing/paths.ts";
import { pageRoutes } from "../routing/routes.ts";

/**
 * sitemap.xml: every page in both languages, each with its alternates, so
 * search engines pair /kecamatan/seko/ with /en/kecamatan/seko/. `extra` adds
 * paths from elsewhere (the chart pages).
 */
const escape = (s: string): string => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

export function sitemapXml(model: Model, site: URL | string, base: string, extra: readonly string[] = []): string {
  const paths = [...pageRoutes(model).map((r) => r.path), ...extra];
  const urls = paths.flatMap((path) =>
    LOCALES.map((locale) => {
      const alternates = LOCALES.map(
        (l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${escape(pageUrl(l, path, site, base))}"/>`,
      ).join("");
      return `<url><loc>${escape(pageUrl(locale, path, site, base))}</loc>${alternates}</url>`;
    }),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
}

export const robotsTxt = (sitemap: string): string => `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`;
