import { mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { coveredBySubset, SUBSET_TEXT, subsetFonts } from "../../src/lib/charts/font-subset.ts";
import { fonts, fontsFor, renderPngAsync } from "../../src/lib/charts/png.ts";
import { cleanup } from "../helpers/fixtures.ts";

/**
 * The subsets of the chart font (src/lib/charts/font-subset.ts) draw the same
 * pixels as the full font files, in every weight the charts use, for every
 * character they keep; an image with a character they lack is drawn with the
 * full files.
 */
const dir = mkdtempSync(join(tmpdir(), "lentera-font-subset-"));
let subsets: string[];
const saved = process.env.LENTERA_CHART_FONTS;
beforeAll(async () => {
  subsets = await subsetFonts(fonts(), dir);
});
afterEach(() => {
  if (saved === undefined) delete process.env.LENTERA_CHART_FONTS;
  else process.env.LENTERA_CHART_FONTS = saved;
});
afterAll(() => cleanup(dir));

const escape = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Every kept character, 40 to a line, in the regular, semibold and bold weights, with tabular figures on the last lines. */
function specimen(): string {
  const lines = SUBSET_TEXT.match(/[\s\S]{1,40}/gu)!;
  const text = ["400", "600", "700"].flatMap((weight, w) =>
    lines.map(
      (line, i) =>
        `<text x="8" y="${20 + (w * lines.length + i) * 18}" font-weight="${weight}"${i === lines.length - 1 ? ' style="font-variant-numeric:tabular-nums"' : ""}>${escape(line)}</text>`,
    ),
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="420" height="${40 + 3 * lines.length * 18}" font-family="'Source Sans 3', sans-serif" font-size="14"><rect width="100%" height="100%" fill="#fff"/>${text.join("")}</svg>`;
}

describe("the chart font's subsets", () => {
  it("draw every character they keep, in every weight, exactly as the full font files do", async () => {
    const svg = specimen();
    expect(coveredBySubset(svg)).toBe(true);
    delete process.env.LENTERA_CHART_FONTS;
    const full = await renderPngAsync(svg, 1);
    process.env.LENTERA_CHART_FONTS = JSON.stringify(subsets);
    expect(fontsFor(svg)).toEqual(subsets);
    expect(Buffer.compare(Buffer.from(await renderPngAsync(svg, 1)), Buffer.from(full))).toBe(0);
  });

  it("are not used for an image with a character they lack", () => {
    process.env.LENTERA_CHART_FONTS = JSON.stringify(subsets);
    for (const name of ["Дом", "Kecamatan 中", "Sungai ✓"]) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg"><text>${name}</text></svg>`;
      expect([name, coveredBySubset(svg)]).toEqual([name, false]);
      expect(fontsFor(svg)).toEqual(fonts());
    }
  });

  it("are made once: a second call finds them by the hash of what they are made from", async () => {
    const before = subsets.map((f) => statSync(f).mtimeMs);
    expect(await subsetFonts(fonts(), dir)).toEqual(subsets);
    expect(subsets.map((f) => statSync(f).mtimeMs)).toEqual(before);
    expect(subsets.map((f) => statSync(f).size).every((size, i) => size < statSync(fonts()[i]!).size / 3)).toBe(true);
  });
});
