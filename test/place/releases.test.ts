import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Model } from "../../src/lib/data/index.ts";
import { LOCALES, type Locale } from "../../src/lib/data/types.ts";
import { formatValue } from "../../src/lib/format.ts";
import { feedPath, localePrefix, pathOf } from "../../src/lib/routing/paths.ts";
import { releaseAnchor } from "../../src/lib/site/views/updates.ts";
import { loadModel } from "../helpers/data-model.ts";
import { PLACE_RELEASES, PLACE_REVISION } from "../helpers/place-releases.ts";

/**
 * The test kota's two releases (test/helpers/place-releases.ts) on its site:
 * /pembaruan/ shows the provisional value made final with its old and new
 * number, the observation added and the one removed, and the action changed;
 * the feed has both releases.
 */
const dir = inject("siteDir");
const main = (locale: Locale) =>
  parseHTML(readFileSync(join(dir, localePrefix(locale), pathOf("updates"), "index.html"), "utf8")).document.querySelector("main")!;
const { revised, added, removed, action } = PLACE_REVISION;

let model: Model;
beforeAll(async () => {
  model = await loadModel();
});

/** The cells of the rows of a release's tables, as text. */
const rows = (locale: Locale, version: string) =>
  [...main(locale).querySelectorAll(`section.release[aria-labelledby="${releaseAnchor(version)}"] tbody tr`)].map((tr) =>
    [...tr.children].map((c) => c.textContent!.trim()),
  );

describe("the test kota's releases", () => {
  for (const locale of LOCALES)
    it(`show the provisional value made final, old and new, the value added and the one removed (${locale})`, () => {
      const second = rows(locale, PLACE_RELEASES[1].version);
      const p0 = model.indicatorById[revised.indicator]!;
      const row = second.find(
        (r) => r[0] === model.areaByCode[revised.area]!.name[locale] && r[3]?.startsWith(formatValue(Number(revised.old), p0, locale)),
      );
      expect(row, JSON.stringify(second)).toBeDefined();
      expect(row![4]).toContain(formatValue(Number(revised.new), p0, locale));
      expect(row![3]).not.toContain(formatValue(Number(revised.new), p0, locale));
      expect(second.some((r) => r[4]?.startsWith(formatValue(Number(added.value), model.indicatorById[added.indicator]!, locale)))).toBe(
        true,
      );
      expect(second.some((r) => r[0] === model.areaByCode[removed.area]!.name[locale] && r[4] === "–")).toBe(true);
      expect(second).toHaveLength(3);
      expect(rows(locale, PLACE_RELEASES[0].version)).toEqual([]);
      expect(main(locale).textContent).toMatch(new RegExp(`${action.id}[^.]*realised_budget, status`));
    });

  it("are both in the feed, newest first", () => {
    const xml = readFileSync(join(dir, feedPath("id")), "utf8");
    const ids = [...xml.matchAll(/<entry>\s*<title>[^<]*<\/title>\s*<id>([^<]*)<\/id>/g)].map((m) => m[1]!.split("#")[1]);
    expect(ids).toEqual([...PLACE_RELEASES].reverse().map((r) => releaseAnchor(r.version)));
  });
});
