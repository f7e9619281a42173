// The bytes a phone needs before it can draw the first screen, measured from the built
// file. Definition: the page's HTML from its first byte to the end of the first
// </section> inside <main> (to the end of </main> when the page has no section; the
// whole file when it has no <main>); it holds the <head> with its inlined CSS. Plus
// every stylesheet the <head> links, which blocks rendering. Each part is compressed
// on its own with gzip -9 and the sizes added. Target: within 14 KB (14,336 bytes),
// about what a server can send in TCP's first round trip (10 segments of 1,460 bytes).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export const FIRST_SCREEN_TARGET = 14 * 1024;

export interface FirstScreen {
  page: string;
  /** Where the cut was made. */
  cut: "first section" | "end of main" | "whole file";
  htmlBytes: number;
  htmlGzipBytes: number;
  cssGzipBytes: number;
  totalGzipBytes: number;
}

export function firstScreen(dir: string, page: string): FirstScreen {
  const file = join(dir, page.replace(/^\//, ""), page.endsWith("/") ? "index.html" : "");
  const html = readFileSync(file, "utf8");
  const main = html.search(/<main[\s>]/);
  let end = -1;
  let cut: FirstScreen["cut"] = "whole file";
  if (main >= 0) {
    const section = html.indexOf("</section>", main);
    const mainEnd = html.indexOf("</main>", main);
    if (section >= 0 && (mainEnd < 0 || section < mainEnd)) {
      end = section + "</section>".length;
      cut = "first section";
    } else if (mainEnd >= 0) {
      end = mainEnd + "</main>".length;
      cut = "end of main";
    }
  }
  const part = end >= 0 ? html.slice(0, end) : html;
  const head = html.slice(0, Math.max(0, html.indexOf("</head>")));
  const css = [...head.matchAll(/<link\s[^>]*rel="?stylesheet"?[^>]*>/g)]
    .map((m) => /href="?([^"\s>]+)/.exec(m[0])?.[1])
    .filter((h): h is string => !!h && h.startsWith("/"))
    .map((h) => join(dir, h.split("?")[0]!))
    .filter((f) => existsSync(f))
    .reduce((s, f) => s + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  const htmlGzipBytes = gzipSync(Buffer.from(part), { level: 9 }).length;
  return { page, cut, htmlBytes: Buffer.byteLength(part), htmlGzipBytes, cssGzipBytes: css, totalGzipBytes: htmlGzipBytes + css };
}
