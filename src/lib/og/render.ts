import { createRequire } from "node:module";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";

/**
 * Turns a card SVG into a PNG with the Source Sans 3 files shipped in
 * @expo-google-fonts/source-sans-3 and no system fonts, so the image is the
 * same on every machine that builds the site.
 */
const require = createRequire(join(process.cwd(), "package.json"));
const FONT_FILES = ["400Regular/SourceSans3_400Regular.ttf", "600SemiBold/SourceSans3_600SemiBold.ttf", "700Bold/SourceSans3_700Bold.ttf"].map((f) =>
  require.resolve(`@expo-google-fonts/source-sans-3/${f}`),
);

export function renderPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "Source Sans 3" },
    fitTo: { mode: "original" },
  });
  return resvg.render().asPng();
}
