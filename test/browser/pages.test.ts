import type { BrowserContext, Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { watchPage, withTabs } from "../helpers/browser.ts";
import { siteBrowser } from "../helpers/site-browser.ts";
import { onePerChartKind, representatives, sitePages, type SitePage } from "../helpers/site-pages.ts";

/**
 * One page of every kind (home, each index, one strategy, kecamatan, indicator
 * and agency, data, method, about, search, one chart page), in both languages,
 * and one embed page per chart kind and language, opened in Chromium with
 * JavaScript on: each loads with no console error (Content-Security-Policy
 * violations are reported there), no failed request, no HTTP error and no
 * request to any origin but the site's own; a missing address gets the 404
 * page.
 *
 * Pages of one kind share their template and scripts, and every page is
 * checked otherwise without a browser (test/site/: its policy against its
 * inline code, its links, its HTML) and with JavaScript off (nojs.test.ts).
 */
const dir = inject("siteDir");
const all = sitePages(dir).filter((p) => p.kind !== "404");
const pages = [...representatives(all.filter((p) => p.kind !== "embed")), ...onePerChartKind(all.filter((p) => p.kind === "embed"))];
let context: BrowserContext;

const site = siteBrowser(dir);
beforeAll(async () => {
  context = await site.browser.newContext();
});

async function visit(page: Page, p: SitePage): Promise<string[]> {
  const problems = watchPage(page, site.server.origin);
  try {
    const res = await page.goto(site.server.origin + p.path, { waitUntil: "load" });
    if (res?.status() !== 200) problems.failed.push(`HTTP ${res?.status()}`);
    // What a page fetches after its load event (the favicon) belongs to it too.
    await page.waitForLoadState("networkidle");
  } finally {
    problems.stop();
  }
  return [
    ...problems.console.map((m) => `console error: ${m}`),
    ...problems.failed.map((m) => `failed request: ${m}`),
    ...problems.foreign.map((m) => `third-party request: ${m}`),
    ...problems.dialogs.map((m) => `dialog: ${m}`),
  ].map((m) => `${p.path} ${m}`);
}

describe("one page of every kind in a real browser", () => {
  it("loads each without console errors, failed requests or third-party requests", async () => {
    const problems = (await withTabs(context, pages, 4, visit)).flat();
    expect(problems).toEqual([]);
  }, 600_000);

  it("answers a missing page with HTTP 404 and the site's 404 page, without other errors", async () => {
    const page = await context.newPage();
    const problems = watchPage(page, site.server.origin);
    const res = await page.goto(`${site.server.origin}/tidak-ada-halaman-ini/`, { waitUntil: "load" });
    expect(res?.status()).toBe(404);
    // The 404 page itself must be the site's, in Indonesian, with a way home.
    expect(await page.locator("html").getAttribute("lang")).toBe("id");
    expect(await page.locator(`a[href="/"]`).count()).toBeGreaterThan(0);
    await page.close();
    // The main request's own 404 is expected; nothing else may fail.
    expect(problems.failed.filter((f) => !f.includes("/tidak-ada-halaman-ini/"))).toEqual([]);
    expect([...problems.console.filter((c) => !/404/.test(c)), ...problems.foreign]).toEqual([]);
  });
});
