import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { contentFolder, hasTexts } from "./lib/site/content-folder.ts";

/**
 * Narrative Markdown written by staff lives with the data (DATA_DIR/content),
 * not in src/, so another regency swaps texts with its data folder. File names
 * end in .<lang>.md; the front matter joins a text to the data on a code.
 * A folder the data does not have is an empty collection.
 */
const texts = (collection: string) => (hasTexts(collection) ? glob({ pattern: "*.md", base: contentFolder(collection) }) : () => []);

export const collections = {
  kecamatan: defineCollection({
    loader: texts("kecamatan"),
    schema: z.object({ area: z.string(), title: z.string() }),
  }),
  strategi: defineCollection({
    loader: texts("strategi"),
    schema: z.object({ strategy: z.string(), title: z.string() }),
  }),
  halaman: defineCollection({
    loader: texts("halaman"),
    schema: z.object({ page: z.string(), title: z.string() }),
  }),
};
