import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

/**
 * Narrative Markdown written by staff lives with the data (DATA_DIR/content),
 * not in src/, so another regency swaps texts with its data folder. File names
 * end in .<lang>.md; the front matter joins a text to the data on a code.
 */
const base = `${process.env.DATA_DIR ?? "data"}/content`;

export const collections = {
  kecamatan: defineCollection({
    loader: glob({ pattern: "*.md", base: `${base}/kecamatan` }),
    schema: z.object({ area: z.string(), title: z.string() }),
  }),
  strategi: defineCollection({
    loader: glob({ pattern: "*.md", base: `${base}/strategi` }),
    schema: z.object({ strategy: z.string(), title: z.string() }),
  }),
  halaman: defineCollection({
    loader: glob({ pattern: "*.md", base: `${base}/halaman` }),
    schema: z.object({ page: z.string(), title: z.string() }),
  }),
};
