import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { mapLimit, watchPage } from "../helpers/browser.ts";
import { siteBrowser } from "../helpers/site-browser.ts";
import { otherLanguagePath, representatives, sitePages } from "../helpers/site-pages.ts";

/**
 * What a reader does with the site: switch language, search for a kecamatan
 * (Pagefind on /cari/), and find their kecamatan with the picker, in two taps
 * from the home page, with JavaScript on and off.
 */
const dir = inject("siteDir");
const pages = sitePages(dir).filter((p) => p.kind !== "404");
const kecamatan = pages.filter((p) => p.kind === "kecamatan/*" && p.locale === "id").map((p) => p.path);

const site = siteBrowser(dir);

const pathOf = (page: Page): string => new URL(page.url()).pathname;

describe("language switch", () => {
  // Embed pages are the figure alone, without the site's header, so without a switch.
  it("leads from every kind of page to the same page in the other language", async () => {
    const context = await site.browser.newContext();
    const wrong = await mapLimit(representatives(pages).filter((p) => p.kind !== "embed"), 4, async (p) => {
      const page = await context.newPage();
      try {
        await page.goto(site.server.origin + p.path);
        const other = p.locale === "id" ? "en" : "id";
        const link = page.locator(`body a[hreflang="${other}"]`).first();
        if ((await link.count()) === 0) return `${p.path}: no link with hreflang="${other}"`;
        await Promise.all([page.waitForURL((u) => u.pathname !== p.path), link.click()]);
        const lang = await page.locator("html").getAttribute("lang");
        if (pathOf(page) !== otherLanguagePath(p.path) || lang !== other) return `${p.path} -> ${pathOf(page)} (lang=${lang})`;
        return undefined;
      } finally {
        await page.close();
      }
    });
    await context.close();
    expect(wrong.filter(Boolean)).toEqual([]);
  }, 120_000);
});

describe("search (Pagefind on /cari/)", () => {
  for (const [locale, prefix, name, slug] of [
    ["id", "/", "Seko", "seko"],
    ["en", "/en/", "Rampi", "rampi"],
  ] as const) {
    it(`finds the kecamatan ${name} by name on the ${locale} search page`, async () => {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      const problems = watchPage(page, site.server.origin);
      const res = await page.goto(`${site.server.origin}${prefix}cari/`);
      expect(res?.status()).toBe(200);
      const input = page.locator('main input[type="search"], main input[type="text"], main [role="searchbox"]').first();
      await input.waitFor({ state: "visible", timeout: 10_000 });
      await input.fill(name);
      const hit = page.locator(`main a[href*="${prefix}kecamatan/${slug}/"]`).first();
      await hit.waitFor({ state: "visible", timeout: 15_000 });
      // Leaving the page cancels the search's pending requests: stop recording first.
      problems.stop();
      await Promise.all([page.waitForURL(`**${prefix}kecamatan/${slug}/**`), hit.click()]);
      expect(pathOf(page)).toBe(`${prefix}kecamatan/${slug}/`);
      await context.close();
      expect([...problems.console, ...problems.failed, ...problems.foreign]).toEqual([]);
    }, 60_000);
  }
});

describe("kecamatan picker", () => {
  it("finds the 15 kecamatan pages of the bundled data", () => {
    expect(kecamatan).toHaveLength(15);
  });

  for (const js of [false, true]) {
    it(`reaches every kecamatan from the home page in at most two taps (JavaScript ${js ? "on" : "off"})`, async () => {
      const context = await site.browser.newContext({ javaScriptEnabled: js, viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      const unreached: string[] = [];
      for (const target of kecamatan) {
        await page.goto(`${site.server.origin}/`);
        if (!(await tapTowards(page, target)) && !(await tapVia(page, target))) unreached.push(target);
      }
      await context.close();
      expect(unreached).toEqual([]);
    }, 180_000);
  }
});

/** One tap: a visible link to the target on this page (opening the <details> it sits in counts as the first tap). */
async function tapTowards(page: Page, target: string): Promise<boolean> {
  const links = page.locator(`a[href="${target}"]`);
  for (let i = 0; i < (await links.count()); i++) {
    const link = links.nth(i);
    const details = link.locator("xpath=ancestor::details[1]");
    let taps = 0;
    if ((await details.count()) > 0 && !(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
      await details.locator("summary").first().click();
      taps++;
    }
    if (!(await link.isVisible())) continue;
    await Promise.all([page.waitForURL(`**${target}`), link.click()]);
    return taps <= 2 && pathOf(page) === target;
  }
  return false;
}

/** Two taps: a visible link on the home page to a page that links to the target directly. */
async function tapVia(page: Page, target: string): Promise<boolean> {
  const hubs = await page.locator("header a[href], main a[href]").evaluateAll((as) =>
    as.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => (a as HTMLAnchorElement).getAttribute("href") ?? ""),
  );
  for (const hub of new Set(hubs.filter((h) => h.startsWith("/") && h !== "/"))) {
    await page.goto(site.server.origin + hub);
    const link = page.locator(`main a[href="${target}"]`).first();
    if ((await link.count()) > 0 && (await link.isVisible())) {
      await Promise.all([page.waitForURL(`**${target}`), link.click()]);
      return pathOf(page) === target;
    }
    await page.goto(`${site.server.origin}/`);
  }
  return false;
}
