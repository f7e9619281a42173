import type { build as id } from "./build.id.ts";

/** What `npm run build` says while it works, in English; the same keys and placeholders as build.id.ts. */
export const build = {
  "build.stage.validate": "Checking the data",
  "build.stage.pages": "Building pages and images",
  "build.stage.search": "Indexing for search",
  "build.stage.swap": "Replacing {folder} with the new site",
  "build.progress": "{pages} pages ({rendered} newly rendered), {images} images ({drawn} newly drawn); the rest kept from earlier builds",
} as const satisfies Record<keyof typeof id, string>;
