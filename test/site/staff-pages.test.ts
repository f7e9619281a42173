import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Model } from "../../src/lib/data/index.ts";
import { LOCALES, type Locale } from "../../src/lib/data/types.ts";
import { localePrefix, pathOf } from "../../src/lib/routing/paths.ts";
import { loadModel } from "../helpers/data-model.ts";
import { sitePages } from "../helpers/site-pages.ts";

/**
 * The staff's pages, read from the built site: the guide (/panduan/) names
 * every table file of the catalogue, in both languages, and runs no script;
 * the checker (/periksa/) loads one bundled script from the site and says
 * without JavaScript where else to check; no other page runs a script but
 * search, which cannot work without one; the data
 * page and the footer of every page lead to both.
 */
const dir = inject("siteDir");
const html = (locale: Locale, path: string): string => readFileSync(join(dir, localePrefix(locale), path, "index.html"), "utf8");
const doc = (locale: Locale, path: string): Document => parseHTML(html(locale, path)).document;
const scripts = (d: Document): Element[] => [...d.querySelectorAll("script")].filter((s) => !/json/.test(s.getAttribute("type") ?? ""));

let model: Model;
beforeAll(async () => {
  model = await loadModel();
});

describe("the staff guide", () => {
  for (const locale of LOCALES)
    it(`names every table file of the catalogue and runs no script (${locale})`, () => {
      const d = doc(locale, pathOf("guide"));
      const text = d.querySelector("main")?.textContent ?? "";
      expect(model.tables.length).toBeGreaterThan(0);
      for (const t of model.tables) {
        expect(text, t.path).toContain(`data/${t.path}`);
        const listed = d.querySelector(`main [data-guide-file="${t.path}"]`)?.textContent ?? "";
        for (const f of t.fields) expect(listed, `${t.path} ${f.name}`).toContain(f.name);
      }
      for (const word of ["CSV UTF-8", "pull request", "merge request", "main"]) expect(text).toContain(word);
      expect(d.querySelector(`main a[href$="/${pathOf("check")}"]`), "a link to the checker").not.toBeNull();
      expect(scripts(d)).toEqual([]);
    });
});

describe("the checker page", () => {
  for (const locale of LOCALES)
    it(`loads one script of the site's own and explains itself without JavaScript (${locale})`, () => {
      const d = doc(locale, pathOf("check"));
      const own = scripts(d);
      expect(own.map((s) => s.getAttribute("src") ?? "(inline)")).toEqual([expect.stringMatching(/^\/_astro\/[\w.-]+\.js$/)]);
      expect(d.querySelector("noscript")?.textContent).toContain("npm run check:data");
      expect(d.querySelector('[data-checker] input[type="file"][multiple]')).not.toBeNull();
      expect(d.querySelector("[data-checker]")?.hasAttribute("hidden"), "the controls stay hidden until the script runs").toBe(true);
    });
});

describe("scripts across the site", () => {
  it("run only on the search page and the checker", () => {
    const withScript = sitePages(dir)
      .filter((p) => p.kind !== "404")
      .filter((p) => /<script\b(?![^>]*type="application\/(ld\+)?json")/.test(readFileSync(join(dir, p.file), "utf8")))
      .map((p) => p.kind);
    expect([...new Set(withScript)].sort()).toEqual(["cari", "periksa"]);
  });

  it("lead to the checker and the guide from the data page and every page's footer", () => {
    for (const locale of LOCALES) {
      const d = doc(locale, pathOf("data"));
      for (const kind of ["check", "guide"] as const) {
        const target = `/${localePrefix(locale)}${pathOf(kind)}`;
        expect(d.querySelector(`main a[href="${target}"]`), `${locale} data page -> ${kind}`).not.toBeNull();
        expect(d.querySelector(`footer a[href="${target}"]`), `${locale} footer -> ${kind}`).not.toBeNull();
      }
    }
  });
});
