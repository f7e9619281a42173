import { describe, expect, inject, it } from "vitest";
import { watchPage } from "../helpers/browser.ts";
import { siteBrowser } from "../helpers/site-browser.ts";

/**
 * Search runs on Pagefind's index of the built site, one index per language
 * (read from <html lang>). These search on the search page of each language,
 * under its Content-Security-Policy, and check that a kecamatan's own page is
 * the first result for its name, Rongkong's for its old name Limbong, in both
 * languages, and that each language finds only its own pages.
 */
const dir = inject("siteDir");

const site = siteBrowser(dir);

/**
 * The addresses of the results for `term`, in order, as the search page shows them: the page is opened with
 * ?q=<term>, which it types into Pagefind's box, so this runs the page's own setup (index, language, ranking).
 */
async function search(prefix: string, term: string): Promise<string[]> {
  const page = await site.browser.newPage();
  const problems = watchPage(page, site.server.origin);
  try {
    await page.goto(`${site.server.origin}${prefix}cari/?q=${encodeURIComponent(term)}`);
    await page.locator("main pagefind-results a[href]").first().waitFor({ timeout: 15_000 });
    const hrefs = await page.locator("main pagefind-results a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    expect([...problems.console, ...problems.failed]).toEqual([]);
    return hrefs.filter((h) => !h.includes("#"));
  } finally {
    await page.close();
  }
}

describe("search", () => {
  for (const [prefix, lang] of [["/", "id"], ["/en/", "en"]] as const) {
    it(`finds kecamatan by name, and Rongkong by its old name Limbong (${lang})`, async () => {
      const seko = await search(prefix, "Seko");
      expect(seko[0]).toBe(`${prefix}kecamatan/seko/`);
      const limbong = await search(prefix, "Limbong");
      expect(limbong[0]).toBe(`${prefix}kecamatan/rongkong/`);
      expect((await search(prefix, "Bone-Bone"))[0]).toBe(`${prefix}kecamatan/bone-bone/`);
      const other = lang === "id" ? /^\/en\// : /^\/(?!en\/)/;
      expect([...seko, ...limbong].filter((u) => other.test(u))).toEqual([]);
    }, 60_000);
  }
});
