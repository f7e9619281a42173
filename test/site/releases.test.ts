import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser, parseHTML } from "linkedom";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { LOCALES, type Locale } from "../../src/lib/data/types.ts";
import { packageFiles, releaseDir, releaseHistory, type ReleaseHistory } from "../../src/lib/releases/index.ts";
import { README } from "../../src/lib/releases/download.ts";
import { feedPath, localePrefix, pathOf, releaseZipPath } from "../../src/lib/routing/paths.ts";
import { releaseAnchor, releaseStatus } from "../../src/lib/site/views/updates.ts";
import { useTranslations } from "../../src/i18n/index.ts";
import { DATA_DIR } from "../helpers/site-builds.ts";
import { unzip } from "../helpers/unzip.ts";

/**
 * Releases on the built site, for any data folder (no release, one, or
 * several): the page of updates lists every release newest first with its
 * changes, the Atom feed of each language is well formed with one entry per
 * release (pages.test.ts checks that every page links it from its head), the
 * footer says which release the data is, and each release's zip opens and holds its frozen
 * package. The values of the test kota's revision are checked in
 * test/place/releases.test.ts.
 */
const dir = inject("siteDir");
const doc = (locale: Locale, path: string): Document =>
  parseHTML(readFileSync(join(dir, localePrefix(locale), path, "index.html"), "utf8")).document;

let history: ReleaseHistory;
beforeAll(async () => {
  history = await releaseHistory(DATA_DIR);
});
const newestFirst = () => [...history.entries].reverse();

describe("the page of updates", () => {
  for (const locale of LOCALES)
    it(`lists every release newest first, with its date, kind, note and zip, and where the data stands (${locale})`, () => {
      const d = doc(locale, pathOf("updates"));
      const main = d.querySelector("main")!;
      expect(main.textContent).toContain(releaseStatus(history, locale));
      const sections = [...main.querySelectorAll("section.release")];
      expect(sections.map((s) => s.querySelector("h2")?.id)).toEqual(newestFirst().map((e) => releaseAnchor(e.release.version)));
      if (!sections.length) expect(main.textContent).toContain(useTranslations(locale)("updates.noneYet"));
      for (const [i, { release }] of newestFirst().entries()) {
        const s = sections[i]!;
        expect(s.querySelector("time")?.getAttribute("datetime")).toBe(release.date);
        expect(s.textContent).toContain(release.note[locale]);
        expect(s.textContent).toContain(
          useTranslations(locale)(release.kind === "koreksi" ? "updates.kind.koreksi" : "updates.kind.revisi"),
        );
        expect(s.querySelector(`a[href$="/${releaseZipPath(release.version)}"]`), "its zip").not.toBeNull();
      }
    });

  it("shows one table row per indicator value or target added, revised or removed in each release", () => {
    const sections = [...doc("id", pathOf("updates")).querySelectorAll("main section.release")];
    for (const [i, { changes }] of newestFirst().entries()) {
      const diffs = changes ? [changes.observations, changes.targets] : [];
      const expected = diffs.reduce((n, d) => n + d.added.length + d.changed.length + d.removed.length, 0);
      expect(sections[i]!.querySelectorAll("tbody tr").length).toBe(expected);
    }
  });
});

describe("the feed of releases", () => {
  for (const locale of LOCALES)
    it(`is Atom with the required elements, one entry per release newest first, with stable ids and the release dates (${locale})`, () => {
      const xml = readFileSync(join(dir, feedPath(locale)), "utf8");
      expect(xml.replace(/&(#\d+|amp|lt|gt|quot|apos);/g, "")).not.toMatch(/[&<](?![a-z/?!])/);
      const feed = new DOMParser().parseFromString(xml, "text/xml").documentElement as unknown as Element;
      expect(feed.tagName).toBe("feed");
      expect(feed.getAttribute("xmlns")).toBe("http://www.w3.org/2005/Atom");
      const child = (el: Element, name: string) => [...el.children].filter((c) => c.tagName === name);
      for (const name of ["id", "title", "updated", "author"]) expect(child(feed, name), name).toHaveLength(1);
      expect(
        child(feed, "link").some((l) => l.getAttribute("rel") === "self" && l.getAttribute("href")?.endsWith(`/${feedPath(locale)}`)),
      ).toBe(true);
      const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
      expect(child(feed, "updated")[0]!.textContent).toMatch(RFC3339);
      const entries = child(feed, "entry");
      expect(entries.map((e) => child(e, "id")[0]?.textContent)).toEqual(
        newestFirst().map((e) => expect.stringMatching(new RegExp(`/${pathOf("updates")}#${releaseAnchor(e.release.version)}$`))),
      );
      for (const [i, e] of entries.entries()) {
        const { release } = newestFirst()[i]!;
        for (const name of ["title", "updated", "summary"]) expect(child(e, name)[0]?.textContent, name).toBeTruthy();
        expect(child(e, "updated")[0]!.textContent).toBe(`${release.date}T00:00:00Z`);
        expect(child(e, "summary")[0]!.textContent).toContain(release.note[locale]);
        expect(child(e, "link").some((l) => l.getAttribute("rel") === "alternate")).toBe(true);
      }
    });
});

describe("the data's release on every page", () => {
  for (const locale of LOCALES)
    it(`is said in the footer, and the data page links every release's zip (${locale})`, () => {
      expect(doc(locale, pathOf("home")).querySelector("footer")?.textContent).toContain(releaseStatus(history, locale));
      const data = doc(locale, pathOf("data"));
      expect(data.querySelector("main")?.textContent).toContain(releaseStatus(history, locale));
      const zips = [...data.querySelectorAll('main a[href$=".zip"]')].map((a) => a.getAttribute("href"));
      expect(zips).toEqual(
        newestFirst().map((e) => expect.stringMatching(new RegExp(`/${releaseZipPath(e.release.version).replace(/\./g, "\\.")}$`))),
      );
    });
});

describe("the zip of each release", () => {
  it("opens, and holds the release's frozen package as it is (datapackage.json first of all) and a README with its note", async () => {
    for (const { release } of history.entries) {
      const entries = unzip(readFileSync(join(dir, releaseZipPath(release.version))));
      const frozen = releaseDir(DATA_DIR, release.version);
      expect(entries.map((e) => e.name).sort()).toEqual([...(await packageFiles(frozen)), README].sort());
      expect(entries.find((e) => e.name === "datapackage.json")!.bytes.equals(readFileSync(join(frozen, "datapackage.json")))).toBe(true);
      expect(entries.find((e) => e.name === README)!.bytes.toString("utf8")).toContain(release.note.id);
      expect(new Set(entries.map((e) => e.date))).toEqual(new Set([release.date]));
    }
  });
});
