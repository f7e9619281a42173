import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/**
 * Every address a built file refers to: in HTML the href, src, srcset, action,
 * poster and data attributes of elements and the URL-valued <meta> contents
 * (Open Graph images, og:url), plus url(...) in inline <style> and in CSS
 * files; in XML (the sitemap) every <loc>. Read with regular expressions from
 * the compressed output Astro writes (attributes always quoted), which is much
 * faster than parsing hundreds of SVG-heavy pages.
 */
export interface Reference {
  /** The file that refers, relative to the site folder, "/"-separated. */
  from: string;
  /** The address as written, entities decoded. */
  url: string;
  kind: "link" | "asset" | "meta" | "sitemap";
}

const ENTITIES: Record<string, string> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", "#39": "'", "#x27": "'", "#34": '"' };
export const decodeEntities = (s: string): string => s.replace(/&(amp|quot|apos|lt|gt|#39|#x27|#34);/g, (_, e: string) => ENTITIES[e]!);

export function builtFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

export function references(dir: string, file: string): Reference[] {
  const text = readFileSync(join(dir, file), "utf8");
  const out: Reference[] = [];
  const add = (url: string, kind: Reference["kind"]): void => {
    const u = decodeEntities(url.trim());
    if (u && !u.startsWith("data:") && !u.startsWith("#") && !u.startsWith("mailto:")) out.push({ from: file, url: u, kind });
  };
  if (file.endsWith(".html")) {
    // Scripts' bodies are code, not markup: leave them out.
    const html = text.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (s) => s.slice(0, s.indexOf(">") + 1));
    for (const m of html.matchAll(/<(a|area)\s[^>]*?\bhref="([^"]*)"/g)) add(m[2]!, "link");
    for (const m of html.matchAll(/<(link|use|image)\s[^>]*?\bhref="([^"]*)"/g))
      add(m[2]!, m[1] === "link" && /rel="(canonical|alternate)"/.test(m[0]) ? "meta" : "asset");
    for (const m of html.matchAll(/\s(src|poster|data|action)="([^"]*)"/g)) add(m[2]!, "asset");
    for (const m of html.matchAll(/\ssrcset="([^"]*)"/g))
      for (const part of m[1]!.split(",")) add(part.trim().split(/\s+/)[0] ?? "", "asset");
    for (const m of html.matchAll(/<meta\s[^>]*?(property|name)="(og:image|og:url|twitter:image)(:url)?"[^>]*>/g)) {
      const c = /content="([^"]*)"/.exec(m[0]);
      if (c) add(c[1]!, "meta");
    }
    for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) for (const u of cssUrls(m[1]!)) add(u, "asset");
  } else if (file.endsWith(".css")) {
    for (const u of cssUrls(text)) add(u, "asset");
  } else if (file.endsWith(".xml")) {
    for (const m of text.matchAll(/<loc>([^<]*)<\/loc>/g)) add(m[1]!, "sitemap");
  }
  return out;
}

function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)].map((m) => m[2]!);
}

/** Every element id (and <a name>) in an HTML file, for checking fragments. */
export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decodeEntities(m[1]!)));
}

/**
 * Problems with the references of every HTML, CSS and XML file of a build
 * served at `siteUrl` under `base`: an address that is not valid, an asset
 * from another origin, a site address outside the base path or leading to no
 * file of the build, a fragment naming no element of its page, a link to an
 * address that is neither the site's, http(s) nor mailto.
 */
export function unresolved(dir: string, base: string, siteUrl: string): string[] {
  const files = builtFiles(dir);
  const present = new Set(files);
  const origin = new URL(siteUrl).origin;
  const ids = new Map<string, Set<string>>();
  const problems: string[] = [];
  for (const from of files.filter((f) => /\.(html|css|xml)$/.test(f))) {
    for (const ref of references(dir, from)) {
      let url: URL;
      try {
        url = new URL(ref.url, `${origin}${base}${from}`);
      } catch {
        problems.push(`${from}: "${ref.url}" is not a valid address`);
        continue;
      }
      if (url.origin !== origin) {
        if (!/^https?:$/.test(url.protocol)) problems.push(`${from}: "${ref.url}" is neither http(s) nor mailto`);
        else if (ref.kind === "asset") problems.push(`${from}: asset from another origin ${ref.url}`);
        continue;
      }
      if (!url.pathname.startsWith(base)) {
        problems.push(`${from}: "${ref.url}" is outside the base path ${base}`);
        continue;
      }
      const path = decodeURIComponent(url.pathname.slice(base.length));
      const file = path === "" || path.endsWith("/") ? `${path}index.html` : present.has(path) ? path : `${path}/index.html`;
      if (!present.has(file)) {
        problems.push(`${from}: "${ref.url}" (${ref.kind}) leads to nothing`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && file.endsWith(".html")) {
        if (!ids.has(file)) ids.set(file, idsOf(readFileSync(join(dir, file), "utf8")));
        if (!ids.get(file)!.has(fragment)) problems.push(`${from}: "${ref.url}" has no element with id "${fragment}"`);
      }
    }
  }
  return [...new Set(problems)].sort();
}
