import { createRequire } from "node:module";
import { join } from "node:path";
import { Resvg, renderAsync, type ResvgRenderOptions } from "@resvg/resvg-js";
import { STANDALONE_FONT } from "./standalone.ts";

/**
 * PNG of a standalone chart SVG, drawn at 1.75 times the design size (896 px
 * wide: enough for a news page or a slide, at about half the time and bytes
 * of a 2x image) by resvg with the Source Sans 3 files that ship in
 * node_modules (@expo-google-fonts/source-sans-3, SIL Open Font License 1.1;
 * see README.md) and no system fonts, so the image is the same on every
 * machine. The build draws them off the main thread (renderPngAsync): they are
 * most of the chart system's build time, and each is independent. The link
 * preview cards (src/lib/og) are drawn the same way at scale 1.
 */
const WEIGHTS = ["400Regular/SourceSans3_400Regular.ttf", "600SemiBold/SourceSans3_600SemiBold.ttf", "700Bold/SourceSans3_700Bold.ttf"];
export const PNG_SCALE = 1.75;

/** Resolved from the project root first: Astro's built server chunks live in a temporary folder. */
function resolver(): NodeJS.Require {
  let error: unknown;
  for (const root of [join(process.cwd(), "package.json"), import.meta.url]) {
    try {
      const require = createRequire(root);
      require.resolve("@resvg/resvg-js");
      return require;
    } catch (e) {
      error = e;
    }
  }
  throw new Error(`@resvg/resvg-js was not found from ${process.cwd()} (run npm ci): ${(error as Error).message}`);
}

let fontFiles: string[] | undefined;
export function fonts(): string[] {
  if (!fontFiles) {
    const require = resolver();
    try {
      fontFiles = WEIGHTS.map((w) => require.resolve(`@expo-google-fonts/source-sans-3/${w}`));
    } catch (e) {
      throw new Error(`The chart font Source Sans 3 was not found (npm ci installs @expo-google-fonts/source-sans-3): ${(e as Error).message}`);
    }
  }
  return fontFiles;
}

const options = (scale: number): ResvgRenderOptions => ({
  fitTo: { mode: "zoom", value: scale },
  font: { fontFiles: fonts(), loadSystemFonts: false, defaultFontFamily: STANDALONE_FONT, sansSerifFamily: STANDALONE_FONT },
  shapeRendering: 2,
  textRendering: 1,
});

export function renderPng(svg: string, scale = PNG_SCALE): Uint8Array {
  return new Resvg(svg, options(scale)).render().asPng();
}

/**
 * Draws on the libuv thread pool (resvg's own async task), so the build goes on
 * writing pages meanwhile. The image memory is Rust's and is freed as soon as the
 * PNG is encoded; with resvg objects held by JavaScript (or worker threads) it
 * waited for the garbage collector, which does not see it, and the build's
 * resident memory grew by about 600 MB.
 */
export async function renderPngAsync(svg: string, scale = PNG_SCALE): Promise<Uint8Array> {
  return (await renderAsync(svg, options(scale))).asPng();
}
