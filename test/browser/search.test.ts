import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Model } from "../../src/lib/data/index.ts";
import { LOCALES, type Locale } from "../../src/lib/data/types.ts";
import { pathOf } from "../../src/lib/routing/paths.ts";
import { SEARCH_WAIT, watchPage } from "../helpers/browser.ts";
import { loadModel } from "../helpers/data-model.ts";
import { siteBrowser } from "../helpers/site-browser.ts";

/**
 * The one search test. Search runs on Pagefind's index of the built site, one
 * index per language (read from <html lang>), on the search page of each
 * language under its Content-Security-Policy. A kecamatan's own page is the
 * first result for its name and for each of its other (old) names, in both
 * languages; each language finds only its own pages; and a reader who types
 * a name into the box reaches the page by tapping the result. The kecamatan
 * are taken from the data: those whose name is not part of another's.
 */
const dir = inject("siteDir");
const site = siteBrowser(dir);
const prefixOf = (l: Locale): string => (l === "id" ? "/" : "/en/");

let model: Model;
beforeAll(async () => {
  model = await loadModel();
});

/** Kecamatan whose name, in `locale`, is not part of another kecamatan's name (Baebunta is part of Baebunta Selatan). */
function distinct(locale: Locale): Model["kecamatan"] {
  const names = model.kecamatan.map((k) => k.name[locale].toLowerCase());
  return model.kecamatan.filter((k) => names.filter((n) => n.includes(k.name[locale].toLowerCase())).length === 1);
}

/**
 * The addresses of the results for `term`, in order, as the search page shows them: the page is opened with
 * ?q=<term>, which it types into Pagefind's box, so this runs the page's own setup (index, language, ranking).
 */
async function search(locale: Locale, term: string): Promise<string[]> {
  const page = await site.browser.newPage();
  const problems = watchPage(page, site.server.origin);
  try {
    await page.goto(`${site.server.origin}${prefixOf(locale)}cari/?q=${encodeURIComponent(term)}`);
    await page.locator("main pagefind-results a[href]").first().waitFor({ timeout: SEARCH_WAIT });
    const hrefs = await page.locator("main pagefind-results a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    problems.stop();
    expect([...problems.console, ...problems.failed, ...problems.foreign]).toEqual([]);
    return hrefs.filter((h) => !h.includes("#"));
  } finally {
    await page.close();
  }
}

describe("search", () => {
  for (const locale of LOCALES) {
    it(`finds a kecamatan by its name and only pages of its own language (${locale})`, async () => {
      const list = distinct(locale);
      expect(list.length, "kecamatan with a name of their own").toBeGreaterThan(0);
      // The first such kecamatan in Indonesian, the last in English, and one whose name has a space or hyphen.
      const picks = new Set([locale === "id" ? list[0]! : list.at(-1)!, ...list.filter((k) => /[\s-]/.test(k.name[locale])).slice(0, 1)]);
      const prefix = prefixOf(locale);
      for (const k of picks) {
        const found = await search(locale, k.name[locale]);
        expect(found[0], k.name[locale]).toBe(`${prefix}${pathOf("kecamatan", k.slug)}`);
        const other = locale === "id" ? /^\/en\// : /^\/(?!en\/)/;
        expect(
          found.filter((u) => other.test(u)),
          k.name[locale],
        ).toEqual([]);
      }
    }, 120_000);
  }

  const named = (): Model["kecamatan"] => model.kecamatan.filter((k) => k.altNames.length > 0);
  it("finds a kecamatan by its other (old) names, in both languages", async (ctx) => {
    if (!named().length) ctx.skip("no kecamatan of this data folder has another name");
    // The first other name of the data in Indonesian, the last in English: every name is indexed alike.
    const all = named().flatMap((k) => k.altNames.map((alt) => ({ k, alt })));
    for (const [locale, { k, alt }] of [
      ["id", all[0]!],
      ["en", all.at(-1)!],
    ] as const)
      expect((await search(locale, alt))[0], `${locale} ${alt}`).toBe(`${prefixOf(locale)}${pathOf("kecamatan", k.slug)}`);
  }, 120_000);

  it("leads a reader who types a name into the box to the kecamatan's page", async () => {
    const k = distinct("id")[0]!;
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const problems = watchPage(page, site.server.origin);
    const res = await page.goto(`${site.server.origin}/cari/`);
    expect(res?.status()).toBe(200);
    const input = page.locator('main input[type="search"], main input[type="text"], main [role="searchbox"]').first();
    await input.waitFor({ state: "visible", timeout: 10_000 });
    await input.fill(k.name.id);
    const target = `/${pathOf("kecamatan", k.slug)}`;
    const hit = page.locator(`main a[href="${target}"]`).first();
    await hit.waitFor({ state: "visible", timeout: SEARCH_WAIT });
    // Leaving the page cancels the search's pending requests: stop recording first.
    problems.stop();
    await Promise.all([page.waitForURL(`**${target}`), hit.click()]);
    expect(new URL(page.url()).pathname).toBe(target);
    await context.close();
    expect([...problems.console, ...problems.failed, ...problems.foreign]).toEqual([]);
  }, 120_000);
});
