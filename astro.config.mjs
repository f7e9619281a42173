// @ts-check
import { satteri } from "@astrojs/markdown-satteri";
import { defineConfig } from "astro/config";
import { safeMarkdown } from "./src/lib/markdown/safe-markdown.ts";

/**
 * SITE_URL and BASE_PATH set the public address, so the same build also works
 * under a sub-path (BASE_PATH=/lentera/). LENTERA_OUT_DIR is set by
 * scripts/build.ts, which builds into a temporary folder and swaps it in only
 * when everything succeeded.
 */
const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  site: process.env.SITE_URL ?? "http://localhost:4321",
  base,
  outDir: process.env.LENTERA_OUT_DIR ?? "dist",
  trailingSlash: "always",
  compressHTML: true,
  // Four pages at a time: while one waits for its PNG (drawn on worker threads, src/lib/charts/png.ts) the others render.
  build: { format: "directory", inlineStylesheets: "always", concurrency: 4 },
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
