import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { compareSites, SAME_SITE } from "../../scripts/bench/compare-sites.ts";
import { built, printed } from "../helpers/site-builds.ts";

/**
 * The staff's rebuild after one edited value (place-site.global.ts: one value
 * of a kecamatan changed in a copy of the kota's data, the bench's change):
 * `npm run build` again into the same dist/, from the build cache the first
 * build left, must give exactly the site a cold build of the edited data
 * gives, byte for byte, while rendering again only the pages the value
 * reaches. A page key that leaves out something a page shows would keep the
 * old page here; determinism.test.ts proves the same for unchanged data.
 */
const builds = inject("builds");

/** The counts of the build's last progress line: pages and images in all, and how many were made anew. */
async function counts(): Promise<{ pages: number; rendered: number; images: number; drawn: number }> {
  const line = (await printed("changed")).split("\n").findLast((l) => l.includes("newly rendered")) ?? "";
  const m = /([\d.,]+) pages \(([\d.,]+) newly rendered\), ([\d.,]+) images \(([\d.,]+) newly drawn\)/.exec(line);
  if (!m) throw new Error(`The warm build printed no count of pages: ${line}`);
  const [pages, rendered, images, drawn] = m.slice(1).map((n) => Number(n.replace(/[.,]/g, "")));
  return { pages: pages!, rendered: rendered!, images: images!, drawn: drawn! };
}

describe.skipIf(!builds.dirs.changed)("a rebuild after one edited value", () => {
  it("is byte-identical to a cold build of the edited data", async () => {
    const warm = await built("changed");
    const change = readFileSync(join(dirname(warm), "change.txt"), "utf8");
    expect(compareSites(warm, await built("changed-cold")), change).toEqual(SAME_SITE);
  }, 900_000);

  // The kota's data was released: the first edit after a release renders again the pages whose footer now says that the
  // data has changed since release 2026.2, but only the embed pages and images of the charts the value is in.
  it("renders again some pages and images, not all", async () => {
    const { pages, rendered, images, drawn } = await counts();
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(pages);
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(images / 2);
  }, 900_000);
});
