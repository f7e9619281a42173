// @ts-check
import { satteri } from "@astrojs/markdown-satteri";
import { defineConfig } from "astro/config";
import { safeMarkdown } from "./src/lib/markdown/safe-markdown.ts";

/**
 * SITE_URL and BASE_PATH set the public address, so the same build also works
 * under a sub-path (BASE_PATH=/lentera/). LENTERA_OUT_DIR is set by
 * `npm run build` (scripts/lib/build-site.ts), which builds into a staging
 * folder beside the site and swaps it in only when everything succeeded.
 */
const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  site: process.env.SITE_URL ?? "http://localhost:4321",
  base,
  outDir: process.env.LENTERA_OUT_DIR ?? "dist",
  trailingSlash: "always",
  compressHTML: true,
  // Four pages at a time: while one waits for its PNG (drawn on worker threads, src/lib/charts/png.ts) the others render.
  // LENTERA_CONCURRENCY sets another number (the benchmark compares them).
  build: { format: "directory", inlineStylesheets: "always", concurrency: Number(process.env.LENTERA_CONCURRENCY ?? 4) },
  // Pages whose cache key (the data they show, src/lib/site/cache-keys.ts) and code are unchanged are copied
  // from the last build (the cache folder, scripts/lib/build-site.ts). LENTERA_INCREMENTAL=0 renders every page.
  experimental: { incrementalBuild: process.env.LENTERA_INCREMENTAL !== "0" },
  devToolbar: { enabled: false },
  markdown: {
    // Narrative Markdown is data: raw HTML is shown as text and unsafe links are dropped (see safe-markdown.ts).
    processor: satteri({ mdastPlugins: [safeMarkdown] }),
    // Shiki writes inline styles, which the Content-Security-Policy forbids; the narrative texts have no code.
    syntaxHighlight: false,
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
