import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cachedSvg } from "../../src/lib/charts/svg-cache.ts";
import { cleanup } from "../helpers/fixtures.ts";

/**
 * The chart cache (src/lib/charts/svg-cache.ts): a chart's SVG is drawn once
 * per state and code version, and read from the cache folder after that; a
 * changed state or code draws it again. A stand-in drawing counts the draws.
 */
const root = mkdtempSync(join(tmpdir(), "lentera-svg-cache-"));
afterAll(() => cleanup(root));

const stored = (dir: string): string[] =>
  existsSync(dir) ? (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith(".svg")) : [];

/** Waits until `n` SVGs are in the folder: they are written while the build goes on. */
async function settled(dir: string, n: number): Promise<void> {
  for (let i = 0; i < 200 && stored(dir).length < n; i++) await new Promise((r) => setTimeout(r, 10));
  expect(stored(dir)).toHaveLength(n);
}

describe("the chart cache", () => {
  it("draws a chart once per state and code, then reads it", async () => {
    const dir = join(root, "a");
    const drawn: string[] = [];
    const draw = (what: string) => () => (drawn.push(what), `<svg>${what}</svg>`);
    expect(cachedSvg(() => "chart 1", draw("one"), { dir, code: "v1" })).toBe("<svg>one</svg>");
    await settled(dir, 1);
    expect(cachedSvg(() => "chart 1", draw("again"), { dir, code: "v1" })).toBe("<svg>one</svg>");
    expect(cachedSvg(() => "chart 2", draw("two"), { dir, code: "v1" })).toBe("<svg>two</svg>");
    expect(cachedSvg(() => "chart 1", draw("new code"), { dir, code: "v2" })).toBe("<svg>new code</svg>");
    expect(drawn).toEqual(["one", "two", "new code"]);
    await settled(dir, 3);
  });

  it("draws every time without a folder or a code version", () => {
    let n = 0;
    const draw = () => `<svg>${++n}</svg>`;
    cachedSvg(() => "chart", draw, { dir: undefined, code: "v1" });
    cachedSvg(() => "chart", draw, { dir: undefined, code: "v1" });
    cachedSvg(() => "chart", draw, { dir: join(root, "b"), code: undefined });
    expect(n).toBe(3);
    expect(stored(join(root, "b"))).toEqual([]);
  });
});
