import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { writeCacheFile } from "./cache-file.ts";

/**
 * Smaller copies of the chart font for drawing PNGs. resvg reads and parses
 * the font file again for every text element it lays out (in resvg-js 2.6 a
 * font can only be given as a file), so a chart with sixty labels read the
 * three 380 KB files of Source Sans 3 sixty times: most of the time spent
 * drawing a PNG, and a third of the build's CPU time in system calls. The
 * subsets keep every glyph, layout feature and name of the characters below
 * (Latin, the punctuation, arrows and signs the site writes, each one the font
 * has: a character it lacks would be drawn differently), and draw the
 * same pixels as the full files (test/charts/font-subset.test.ts). An image
 * with any other character is drawn with the full files (`coveredBySubset`).
 *
 * The build makes them once into the build cache (scripts/lib/build-site.ts)
 * and names them by a hash of what they are made from.
 */
const RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0x17f], // Latin-1 Supplement and Latin Extended-A (×, ², é, ...)
  [0x2009, 0x200a], // thin and hair space
  [0x2010, 0x201e], // dashes and quotes
  [0x2020, 0x2022], // daggers, bullet
  [0x2026, 0x2026], // ellipsis
  [0x202f, 0x2030], // narrow no-break space, per mille
  [0x2032, 0x2033], // primes
  [0x2039, 0x203a], // angle quotes
  [0x20ac, 0x20ac], // €
  [0x2190, 0x2193], // arrows
  [0x2212, 0x2212], // minus
  [0x2248, 0x2248], // ≈
  [0x2264, 0x2265], // ≤ ≥
];

/** For each of the first 0x2300 code points, whether the subsets keep it (every character above is outside). */
const KEPT = new Uint8Array(0x2300);
for (const [a, b] of RANGES) KEPT.fill(1, a, b + 1);
for (const c of [0x09, 0x0a, 0x0d]) KEPT[c] = 1;

/** The characters the subsets keep. */
export const SUBSET_TEXT: string = RANGES.flatMap(([a, b]) =>
  Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i)),
).join("");

/** Whether every character of `svg` (its markup and its text) is in the subsets. */
export function coveredBySubset(svg: string): boolean {
  for (let i = 0; i < svg.length; i++) if (KEPT[svg.charCodeAt(i)] !== 1) return false;
  return true;
}

/** Every name record is kept: without the typographic family (name 16), the SemiBold face would not be found as weight 600. */
const NAME_IDS = Array.from({ length: 26 }, (_, i) => i);

/** Writes (or finds) the subset of each font file in `dir`; returns their paths, in the order of `files`. */
export async function subsetFonts(files: readonly string[], dir: string): Promise<string[]> {
  const require = createRequire(import.meta.url);
  const version = (JSON.parse(readFileSync(require.resolve("subset-font/package.json"), "utf8")) as { version: string }).version;
  const { default: subsetFont } = await import("subset-font");
  const out: string[] = [];
  for (const file of files) {
    const bytes = readFileSync(file);
    const key = createHash("sha256").update(bytes).update(`\nsubset-font ${version}\n${SUBSET_TEXT}`).digest("hex").slice(0, 32);
    const target = join(dir, `${key}.ttf`);
    if (!existsSync(target))
      writeCacheFile(target, await subsetFont(bytes, SUBSET_TEXT, { targetFormat: "truetype", preserveNameIds: NAME_IDS }));
    out.push(target);
  }
  return out;
}
