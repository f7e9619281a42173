import { describe, expect, it } from "vitest";
import { printed } from "../helpers/site-builds.ts";

/**
 * What `npm run build` prints (scripts/lib/progress.ts), read from the main
 * build's output as a log (not a terminal): its four stages in order, the
 * count of pages and images while the pages are built, a closing line, and
 * nothing of Astro's, Vite's or Pagefind's own logs.
 */
describe("the build's log", () => {
  it("shows the stages, the count of pages and images, and no framework log", async () => {
    const lines = (await printed("main")).trimEnd().split("\n");
    const stage = (n: number): number => lines.findIndex((l) => l.startsWith(`[${n}/4] `));
    expect(lines.flatMap((l) => /^\[(\d)\/4\] /.exec(l)?.[1] ?? [])).toEqual(["1", "2", "3", "4"]);
    const count = lines.findLastIndex((l) => / pages \([\d,]+ newly rendered\), [\d,]+ images /.test(l));
    expect(count).toBeGreaterThan(stage(2));
    expect(count).toBeLessThan(stage(3));
    expect(lines.at(-1)).toMatch(/^✓ /);
    expect(lines.filter((l) => /\[(vite|build|content|types|glob-loader|pagefind)\]|^\d\d:\d\d:\d\d |Running Pagefind/i.test(l))).toEqual(
      [],
    );
    expect(lines.length).toBeLessThanOrEqual(20);
  });
});
