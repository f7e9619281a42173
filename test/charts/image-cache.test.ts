import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cachedPng, imageCounts, imageKey, type ImageCacheOptions } from "../../src/lib/charts/image-cache.ts";
import { cleanup } from "../helpers/fixtures.ts";

/**
 * The image cache (src/lib/charts/image-cache.ts): a PNG is drawn once per
 * markup, font bytes, resvg options and version, and copied from the cache
 * folder after that; anything that changes the pixels draws it again. A
 * stand-in renderer counts the drawings; one case draws a real PNG with resvg.
 */
const root = mkdtempSync(join(tmpdir(), "lentera-images-"));
afterAll(() => cleanup(root));

const font = (name: string, bytes: string): string => {
  const file = join(root, name);
  writeFileSync(file, bytes);
  return file;
};
const fontA = font("a.ttf", "font one");
const fontB = font("b.ttf", "font one");
const fontC = font("c.ttf", "font two");

/** A stand-in resvg: the "PNG" names what it drew, and every drawing is counted. */
let made = 0;
function setup(dir = join(root, `cache-${++made}`)) {
  const drawn: string[] = [];
  const o = (extra: Partial<ImageCacheOptions> = {}): ImageCacheOptions => ({
    dir,
    render: async (svg, scale) => (drawn.push(`${svg}@${scale}`), new TextEncoder().encode(`png of ${svg} at ${scale}`)),
    options: (scale) => ({ fitTo: { mode: "zoom", value: scale }, font: { fontFiles: [fontA] } }),
    fontFiles: () => [fontA],
    version: () => "2.6.2",
    ...extra,
  });
  return { drawn, o, dir };
}

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';

describe("image cache", () => {
  it("draws an image once and copies it from the cache after that, with the same bytes", async () => {
    const { drawn, o } = setup();
    const reused = imageCounts.reused;
    const first = await cachedPng(SVG, 1.5, o());
    const second = await cachedPng(SVG, 1.5, o());
    expect(drawn).toEqual([`${SVG}@1.5`]);
    expect(second).toEqual(first);
    expect(imageCounts.reused - reused).toBe(1);
  });

  it("draws an image asked for again while it is being drawn (started ahead of its route) only once", async () => {
    const { drawn, o } = setup();
    const [ahead, route] = await Promise.all([cachedPng(SVG, 1.5, o()), cachedPng(SVG, 1.5, o())]);
    expect(drawn).toEqual([`${SVG}@1.5`]);
    expect(route).toEqual(ahead);
  });

  it("draws again when the markup, the scale, the options, the font bytes or resvg's version change", async () => {
    const { drawn, o } = setup();
    await cachedPng(SVG, 1.5, o());
    await cachedPng(SVG.replace('width="10" height="10"/>', 'width="9" height="10"/>'), 1.5, o());
    await cachedPng(SVG, 1, o());
    await cachedPng(SVG, 1.5, o({ options: (scale) => ({ fitTo: { mode: "zoom", value: scale }, shapeRendering: 1 }) }));
    await cachedPng(SVG, 1.5, o({ fontFiles: () => [fontC] }));
    await cachedPng(SVG, 1.5, o({ version: () => "2.6.3" }));
    expect(drawn).toHaveLength(6);
  });

  it("keys fonts by their bytes, not their paths", () => {
    const { o } = setup();
    expect(imageKey(SVG, 1.5, o({ fontFiles: () => [fontB] }))).toBe(imageKey(SVG, 1.5, o({ fontFiles: () => [fontA] })));
    expect(imageKey(SVG, 1.5, o({ fontFiles: () => [fontC] }))).not.toBe(imageKey(SVG, 1.5, o({ fontFiles: () => [fontA] })));
  });

  it("draws every image when there is no cache folder, and writes nothing", async () => {
    const { drawn, o, dir } = setup();
    await cachedPng(SVG, 1.5, o({ dir: undefined }));
    await cachedPng(SVG, 1.5, o({ dir: undefined }));
    expect(drawn).toHaveLength(2);
    expect(existsSync(dir)).toBe(false);
  });

  it("stores what resvg draws with the project's fonts and options, and returns the same PNG from the cache", async () => {
    const dir = join(root, "real");
    const first = await cachedPng(SVG, 1, { dir });
    const second = await cachedPng(SVG, 1, { dir, render: () => Promise.reject(new Error("drawn twice")) });
    expect([...first.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]); // "PNG"
    expect(second).toEqual(first);
  });
});
