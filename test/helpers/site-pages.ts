import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

/**
 * The pages of a built site, found by walking the folder (so every page that
 * lands is tested without a list to keep up to date), with a kind derived from
 * the address: "home", "strategi/*" (one strategy), "kecamatan" (the index),
 * "grafik/*" (a chart page), "embed" (a chart's embed page), "404"... A
 * chart page pinned to a release (/rilis/<version>/grafik/<id>/) is a chart
 * page and its embed an embed page, marked `pinned`.
 */
export interface SitePage {
  /** Address below the base, starting and ending with "/": "/en/kecamatan/seko/". */
  path: string;
  /** The HTML file, relative to the site folder. */
  file: string;
  locale: "id" | "en";
  kind: string;
  /** A chart page or embed page pinned to a release. */
  pinned?: boolean;
}

/** Folders that hold no pages of ours (Pagefind's index, Astro's assets). */
const SKIP = new Set(["pagefind", "_astro"]);

export function sitePages(dir: string): SitePage[] {
  const pages: SitePage[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(d, e.name);
      if (e.isDirectory()) {
        if (!(d === dir && SKIP.has(e.name))) walk(full);
      } else if (e.name === "index.html") {
        const rel = relative(dir, full).split(sep).join("/");
        pages.push(pageOf(`/${rel.slice(0, -"index.html".length)}`, rel));
      } else if (e.name === "404.html") {
        const rel = relative(dir, full).split(sep).join("/");
        pages.push({ path: `/${rel}`, file: rel, locale: rel.startsWith("en/") ? "en" : "id", kind: "404" });
      }
    }
  };
  walk(dir);
  return pages;
}

export function pageOf(path: string, file: string): SitePage {
  const locale = path.startsWith("/en/") ? "en" : "id";
  const all = (locale === "en" ? path.slice(4) : path.slice(1)).split("/").filter(Boolean);
  const pinned = all[0] === "rilis" && all[2] === "grafik";
  const rest = pinned ? all.slice(2) : all;
  let kind: string;
  if (rest.length === 0) kind = "home";
  else if (rest[0] === "grafik" && rest.at(-1) === "embed") kind = "embed";
  else if (rest.length === 1) kind = rest[0]!;
  else kind = `${rest[0]}/*`;
  return pinned ? { path, file, locale, kind, pinned } : { path, file, locale, kind };
}

/** The first page of each kind (a pinned chart or embed page a kind of its own) in each language: what the slower suites (axe, keyboard) visit. */
export function representatives(pages: readonly SitePage[]): SitePage[] {
  const seen = new Map<string, SitePage>();
  for (const p of pages) {
    const key = `${p.locale} ${p.kind}${p.pinned ? " pinned" : ""}`;
    if (!seen.has(key)) seen.set(key, p);
  }
  return [...seen.values()];
}

/** The same page in the other language (the address after the /en/ prefix is the same). */
export function otherLanguagePath(path: string): string {
  return path.startsWith("/en/") ? path.slice(3) : `/en${path}`;
}

/** One page per chart kind (the chart id's first word: tren, peta, profil...) and language. */
export function onePerChartKind(pages: readonly SitePage[]): SitePage[] {
  return [...new Map(pages.map((p) => [`${p.locale} ${(p.path.split("/grafik/")[1] ?? "").split("-")[0]}`, p])).values()];
}

/**
 * What a sweep over every page (no JavaScript, HTML validity) visits: every page, except
 * that the pages showing one chart are one template over other data, so of the English
 * chart pages (the Indonesian ones with other words), of the embed pages (a chart page's
 * figure without the site around it) and of the pinned chart pages (a chart page over a
 * release's data), one per chart kind. On a second place (`secondPlace`: the templates were
 * swept page by page on the main build) its Indonesian chart pages, the same templates over
 * that place's data, are sampled the same way: one per chart kind. The static checks read
 * every one of them.
 */
export function sweep(pages: readonly SitePage[], secondPlace = false): SitePage[] {
  const chart = (p: SitePage): boolean => p.kind === "grafik/*" && !p.pinned && (secondPlace || p.locale === "en");
  return [
    ...pages.filter((p) => p.kind !== "embed" && !p.pinned && !chart(p)),
    ...onePerChartKind(pages.filter(chart)),
    ...onePerChartKind(pages.filter((p) => p.kind === "embed" && !p.pinned)),
    ...onePerChartKind(pages.filter((p) => p.kind !== "embed" && p.pinned)),
  ];
}
