import { describe, expect, inject, it } from "vitest";
import { compareSites, SAME_SITE } from "../../scripts/bench/compare-sites.ts";
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

describe("determinism", () => {
  it.skipIf(!inject("builds").mainBuiltNow)(
    "builds byte-identical sites from the same data, whatever the time zone and locale",
    async () => {
      expect(compareSites(await built("main"), await built("wita"))).toEqual(SAME_SITE);
    },
    900_000,
  );

  it.skipIf(!inject("builds").mainBuiltNow)(
    "renders no page and draws no image again for the same data, whatever the time zone, locale and shell",
    async () => {
      const count = (await printed("wita")).split("\n").findLast((l) => l.includes("newly rendered"));
      expect(count).toMatch(/\(0 newly rendered\), [\d,]+ images \(0 newly drawn\)/);
    },
    900_000,
  );
});
