import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { charts } from "../../src/lib/charts/catalog.ts";
import { chartPath, embedPath, FILE_KINDS, filePath } from "../../src/lib/charts/files.ts";
import { pinCharts, type Pinning } from "../../src/lib/charts/pinned.ts";
import type { Model } from "../../src/lib/data/index.ts";
import { LOCALES } from "../../src/lib/data/types.ts";
import { localePrefix } from "../../src/lib/routing/paths.ts";
import { currentRelease, loadRelease } from "../../src/lib/releases/index.ts";
import { loadModel } from "../helpers/data-model.ts";
import { DATA_DIR } from "../helpers/site-builds.ts";
import { sitePages } from "../helpers/site-pages.ts";

/**
 * Pinned chart versions in the built site, against the releases of the data
 * folder under test (none, one or many): exactly the versions the pinning
 * computes have a page, an embed page and their files in both languages;
 * no pinned page is indexed for search or listed in the sitemap; every live
 * chart page says where its data stand among the releases. (What a pinned
 * page shows after a revision: test/place/pinned.test.ts.)
 */
const dir = inject("siteDir");
let model: Model;
let pinning: Pinning;
beforeAll(async () => {
  model = await loadModel();
  pinning = await pinCharts((await currentRelease(DATA_DIR)).releases, (v) => loadRelease(DATA_DIR, v));
});
const html = (path: string): string => readFileSync(join(dir, path, "index.html"), "utf8");

describe("pinned chart versions", () => {
  it("have a page, an embed page and their files for exactly the versions the releases make", () => {
    const expected = LOCALES.flatMap((l) =>
      pinning.releases.flatMap((r) =>
        (pinning.pinned.get(r.version) ?? []).flatMap((id) => [
          `${localePrefix(l)}${chartPath(id, r.version)}`,
          `${localePrefix(l)}${embedPath(id, r.version)}`,
        ]),
      ),
    );
    const built = sitePages(dir)
      .filter((p) => p.pinned)
      .map((p) => p.path.slice(1));
    expect(built.sort()).toEqual([...expected].sort());
    const missing = LOCALES.flatMap((l) =>
      pinning.releases.flatMap((r) =>
        (pinning.pinned.get(r.version) ?? []).flatMap((id) =>
          FILE_KINDS.map((k) => `${localePrefix(l)}${filePath(id, l, k, r.version)}`).filter((f) => !existsSync(join(dir, f))),
        ),
      ),
    );
    expect(missing).toEqual([]);
  });

  it("are not indexed for search and not listed in the sitemap", () => {
    const sitemap = readFileSync(join(dir, "sitemap.xml"), "utf8");
    for (const p of sitePages(dir).filter((x) => x.pinned)) {
      expect(html(p.path), p.path).not.toContain("data-pagefind-body");
      expect(sitemap, p.path).not.toContain(p.path);
    }
  });

  it("each say, on the page, which release they show", () => {
    // Read as text, not parsed: a release of a large place pins hundreds of pages.
    for (const r of pinning.releases)
      for (const id of pinning.pinned.get(r.version) ?? []) {
        const notice = /<aside class="chart-pinned"[\s\S]*?<\/aside>/.exec(html(chartPath(id, r.version)))?.[0];
        expect(notice, id).toContain(` ${r.version} `);
      }
  });
});

describe("every live chart page", () => {
  it("says in which release its data last changed, or that they are not yet released, and offers a pinned address only then", () => {
    for (const e of charts(model)) {
      const page = html(chartPath(e.id));
      const versions = /<section[^>]*class="chart-versions"[^>]*>([\s\S]*?)<\/section>/.exec(page)?.[1] ?? "";
      const fixed = /<pre id="cite-id-tetap">([\s\S]*?)<\/pre>/.exec(page)?.[1];
      const last = pinning.versions.get(e.id)?.at(-1);
      if (fixed) {
        expect(last, e.id).toBeDefined();
        expect(versions, e.id).toContain(last!.version);
        expect(fixed, e.id).toContain(chartPath(e.id, last!.version));
      } else expect(versions, e.id).toMatch(pinning.releases.length ? /belum dirilis/ : /Data situs ini belum dirilis/);
    }
  });
});
