import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { built, printed } from "../helpers/site-builds.ts";

/**
 * The same data gives the same site, byte for byte: the main build (UTC) and a
 * second build of the same data and code in another time zone and locale
 * (Luwu Utara's own, WITA; site-builds.ts: wita) are compared file by file.
 * The second build is a warm one, from the build cache main left, made over
 * main's site with a stray page as a second `npm run build` into the same
 * dist/ (site-builds.ts): the pages it leaves in place and those it copies
 * from the cache must be exactly what a cold build makes, and the page the
 * data does not make must be gone. A
 * difference names the first file that differs and shows the bytes around it.
 * With LENTERA_SITE_DIR (an older build as main) there is nothing to compare.
 * And as the data is the same, that second build renders no page and draws no
 * image again, although its environment differs (Astro's incremental build
 * renders every page again when the bundled code differs, and the code must not
 * take anything from the environment but what it reads on purpose).
 */

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

function firstDifference(a: Buffer, b: Buffer): string | undefined {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  if (i === n && a.length === b.length) return undefined;
  const around = (x: Buffer): string => JSON.stringify(x.subarray(Math.max(0, i - 40), i + 40).toString("utf8"));
  return `byte ${i} (sizes ${a.length} and ${b.length}): ${around(a)} vs ${around(b)}`;
}

describe("determinism", () => {
  it.skipIf(!inject("builds").mainBuiltNow)(
    "builds byte-identical sites from the same data, whatever the time zone and locale",
    async () => {
      const a = { outDir: await built("main") };
      const b = { outDir: await built("wita") };

      // Pagefind's index reflects the pages; list it last so the first difference named is a cause.
      const order = (list: string[]): string[] => [
        ...list.filter((f) => !f.startsWith("pagefind/")),
        ...list.filter((f) => f.startsWith("pagefind/")),
      ];
      const listA = order(files(a.outDir));
      const listB = order(files(b.outDir));
      const inB = new Set(listB);
      const inA = new Set(listA);
      const differing: string[] = [];
      for (const f of listA.filter((x) => inB.has(x))) {
        const d = firstDifference(readFileSync(join(a.outDir, f)), readFileSync(join(b.outDir, f)));
        if (d) differing.push(`${f}: ${d}`);
      }
      expect({
        onlyInFirst: listA.filter((f) => !inB.has(f)).slice(0, 5),
        onlyInSecond: listB.filter((f) => !inA.has(f)).slice(0, 5),
        differing: differing.length,
        firstDiffering: differing[0],
      }).toEqual({ onlyInFirst: [], onlyInSecond: [], differing: 0, firstDiffering: undefined });
    },
    900_000,
  );

  it.skipIf(!inject("builds").mainBuiltNow)(
    "renders no page and draws no image again for the same data, whatever the time zone, locale and shell",
    async () => {
      const count = (await printed("wita")).split("\n").findLast((l) => l.includes("newly rendered"));
      expect(count).toMatch(/\(0 newly rendered\), [\d.]+ images \(0 newly drawn\)/);
    },
    900_000,
  );
});
