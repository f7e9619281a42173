import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { siteBrowser } from "../helpers/site-browser.ts";
import { sitePages } from "../helpers/site-pages.ts";

/**
 * Two promises of the story pages, kept in a real browser:
 * - a reader on a phone with JavaScript off goes from the home page to the
 *   map, a kecamatan, one of its actions, the agency behind it, a strategy
 *   and an indicator, by tapping links only;
 * - a kecamatan profile prints on A4, in black and white, in a few pages, for
 *   a village meeting: the longest profile of each language (the most text,
 *   so the most paper; every profile shares the print style sheet).
 */
const dir = inject("siteDir");
const textLength = (file: string): number => readFileSync(join(dir, file), "utf8").replace(/<[^>]*>/g, "").length;
const kecamatan = ["id", "en"].flatMap((locale) => {
  const pages = sitePages(dir).filter((p) => p.kind === "kecamatan/*" && p.locale === locale);
  const longest = pages.map((p) => ({ p, n: textLength(p.file) })).sort((a, b) => b.n - a.n)[0];
  return longest ? [longest.p.path] : [];
});

const site = siteBrowser(dir);

const pathOf = (page: Page): string => new URL(page.url()).pathname;

/** Taps the first visible link matching the selector inside `scope`, and waits for the next page. */
async function tap(page: Page, scope: Locator, selector: string): Promise<string> {
  const links = scope.locator(selector);
  const n = await links.count();
  for (let i = 0; i < n; i++) {
    const link = links.nth(i);
    if (!(await link.isVisible())) continue;
    const before = page.url();
    // Focus and Enter, as a screen reader or a keyboard would follow the link: the centre of a map area that
    // is made of several islands can lie outside it, where a tap would land on its neighbour or the sea.
    await link.focus();
    await Promise.all([page.waitForURL((u) => u.href !== before), page.keyboard.press("Enter")]);
    return pathOf(page);
  }
  throw new Error(`no visible link "${selector}" on ${pathOf(page)}`);
}

describe("a reader with JavaScript off, on a phone", () => {
  it("goes home -> map -> kecamatan -> action -> agency -> strategy -> indicator by tapping links", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/`);
    const steps: string[] = ["/"];

    // The map of the home page: each kecamatan is a link inside the SVG.
    const map = page
      .locator("figure")
      .filter({ has: page.locator('svg a[href^="/kecamatan/"]') })
      .first();
    steps.push(await tap(page, map, 'svg a[href^="/kecamatan/"]'));
    expect(steps.at(-1)).toMatch(/^\/kecamatan\/[a-z-]+\/$/);

    // An action located in this kecamatan: its row in the actions table names the agency.
    const row = page.locator("table.actions tbody tr").first();
    await expect.poll(() => row.count()).toBe(1);
    const activity = (await row.locator("strong").first().textContent())?.trim();
    expect(activity).toBeTruthy();
    steps.push(await tap(page, row, 'a[href^="/opd/"]'));
    expect(steps.at(-1)).toMatch(/^\/opd\/[a-z0-9-]+\/$/);
    // The agency's page lists the same action.
    expect(await page.locator("table.actions").getByText(activity!, { exact: true }).count()).toBeGreaterThan(0);

    // From the agency's actions to a strategy, and from the strategy to an indicator it aims at.
    steps.push(await tap(page, page.locator("main"), 'a[href^="/strategi/"]:not([href="/strategi/"])'));
    expect(steps.at(-1)).toMatch(/^\/strategi\/[a-z-]+\/$/);
    steps.push(await tap(page, page.locator("main"), 'a[href^="/indikator/"]:not([href="/indikator/"])'));
    expect(steps.at(-1)).toMatch(/^\/indikator\/[a-z0-9-]+\/$/);
    expect(await page.locator("h1").count()).toBe(1);
    await context.close();
  }, 60_000);
});

describe("a kecamatan profile on paper", () => {
  it("prints the longest kecamatan profile on at most 8 A4 pages, black text on white, without the site's navigation", async () => {
    const context = await site.browser.newContext({ colorScheme: "dark" });
    const page = await context.newPage();
    await page.emulateMedia({ media: "print" });
    const problems: string[] = [];
    const counts: number[] = [];
    for (const path of kecamatan) {
      await page.goto(site.server.origin + path);
      const facts = await page.evaluate(() => {
        const shown = (sel: string) => [...document.querySelectorAll(sel)].filter((e) => getComputedStyle(e).display !== "none").length;
        const body = getComputedStyle(document.body);
        return {
          color: body.color,
          background: body.backgroundColor,
          nav: shown(".site-header nav, .picker, .lang, .crumbs"),
          links: shown("figure .chart-links"),
        };
      });
      if (facts.color !== "rgb(0, 0, 0)" || !["rgb(255, 255, 255)", "rgba(0, 0, 0, 0)"].includes(facts.background))
        problems.push(`${path}: text ${facts.color} on ${facts.background}`);
      if (facts.nav || facts.links) problems.push(`${path}: navigation or download links printed`);
      const pdf = await page.pdf({ format: "A4", printBackground: false, preferCSSPageSize: true });
      const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      counts.push(pages);
      if (pages < 1 || pages > 8) problems.push(`${path}: ${pages} A4 pages`);
    }
    await context.close();
    expect(kecamatan.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    // The count is measured, not assumed: a profile is at least a page and a half.
    expect(Math.min(...counts)).toBeGreaterThan(1);
  }, 180_000);
});
