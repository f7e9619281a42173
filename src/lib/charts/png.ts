import { createRequire } from "node:module";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { STANDALONE_FONT } from "./standalone.ts";

/**
 * PNG of a standalone chart SVG, drawn at 1.5 times the design size (888 px
 * wide: enough for a news page or a slide, at a third of the time and bytes of
 * a 2x image) by resvg with
 * the Source Sans 3 files that ship in node_modules (@expo-google-fonts,
 * SIL Open Font License 1.1; see src/lib/charts/README.md) and no system
 * fonts, so the image is the same on every machine.
 */
const WEIGHTS = ["400Regular/SourceSans3_400Regular.ttf", "600SemiBold/SourceSans3_600SemiBold.ttf", "700Bold/SourceSans3_700Bold.ttf"];

let fontFiles: string[] | undefined;

/** Resolved from the project root first: the built server chunks of Astro live in a temporary folder. */
export function fonts(): string[] {
  if (!fontFiles) {
    const roots = [join(process.cwd(), "package.json"), import.meta.url];
    let error: unknown;
    for (const root of roots) {
      try {
        const require = createRequire(root);
        fontFiles = WEIGHTS.map((w) => require.resolve(`@expo-google-fonts/source-sans-3/${w}`));
        break;
      } catch (e) {
        error = e;
      }
    }
    if (!fontFiles) throw new Error(`The chart font Source Sans 3 was not found (npm ci installs @expo-google-fonts/source-sans-3): ${(error as Error).message}`);
  }
  return fontFiles;
}

export function renderPng(svg: string, scale = 1.5): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    font: { fontFiles: fonts(), loadSystemFonts: false, defaultFontFamily: STANDALONE_FONT, sansSerifFamily: STANDALONE_FONT },
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}
