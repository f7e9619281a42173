import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Frame } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { releaseBrowser, watchPage, workerBrowser } from "../helpers/browser.ts";
import { ROOT } from "../helpers/fixtures.ts";
import { parseHeadersFile, type HeaderMode } from "../helpers/headers-file.ts";
import { onePerChartKind, sitePages } from "../helpers/site-pages.ts";
import { serveStatic, type Served } from "../helpers/static-server.ts";

/**
 * A journalist pastes a chart's embed snippet into an article on another
 * site: the embed page (/grafik/<id>/embed/) must render alone (the figure,
 * no site header, navigation or footer) inside an iframe on a page of another
 * origin, fit a phone-wide iframe, and make no request but to the site. The
 * header samples in deploy/ must allow exactly that: embed pages may be framed
 * by anyone, the other pages only by the site itself. (That every chart has its
 * embed page: test/site/charts.test.ts.)
 */
const dir = inject("siteDir");
const embeds = sitePages(dir).filter((p) => p.kind === "embed");
const sample = onePerChartKind(embeds);

let browser: Browser;
beforeAll(async () => {
  browser = await workerBrowser();
});
afterAll(async () => {
  await releaseBrowser(browser);
});

async function hostPage(
  site: Served,
  paths: readonly string[],
  width = 360,
): Promise<{ frames: Frame[]; problems: ReturnType<typeof watchPage>; hostOrigin: string; close: () => Promise<void> }> {
  const iframes = paths
    .map((p, i) => `<iframe id="f${i}" src="${site.origin}${p}" width="${width}" height="480" title="chart ${i}"></iframe>`)
    .join("\n");
  const host = await serveStatic(dir, {
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head><body><h1>An article</h1>${iframes}</body></html>`,
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watchPage(page, site.origin);
  await page.goto(`${host.origin}/article/`, { waitUntil: "load" });
  const frames = (await Promise.all(paths.map(async (_, i) => (await page.locator(`#f${i}`).elementHandle())!.contentFrame()))) as Frame[];
  return {
    frames,
    problems,
    hostOrigin: host.origin,
    close: async () => {
      await context.close();
      await host.close();
    },
  };
}

describe("embed pages in an iframe on another origin", () => {
  it("renders each kind of chart alone, fitting a 360 px iframe, with no error", async () => {
    const site = await serveStatic(dir);
    const { frames, problems, hostOrigin, close } = await hostPage(
      site,
      sample.map((p) => p.path),
    );
    const wrong: string[] = [];
    for (const [i, frame] of frames.entries()) {
      const path = sample[i]!.path;
      if (!frame.url().endsWith(path)) {
        wrong.push(`${path}: frame shows ${frame.url()}`);
        continue;
      }
      const f = await frame.evaluate(() => ({
        figures: document.querySelectorAll("figure").length,
        svg: (() => {
          const r = document.querySelector("figure svg")?.getBoundingClientRect();
          return r ? r.width * r.height : 0;
        })(),
        chrome: document.querySelectorAll("body > header, nav, .site-header, .site-footer, body > footer").length,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }));
      if (f.figures !== 1) wrong.push(`${path}: ${f.figures} figures`);
      if (f.svg === 0) wrong.push(`${path}: no visible chart`);
      if (f.chrome > 0) wrong.push(`${path}: site header, navigation or footer inside the embed`);
      if (f.overflow > 1) wrong.push(`${path}: ${f.overflow}px wider than its 360 px iframe`);
    }
    await close();
    await site.close();
    expect(sample.length).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
    // The host page's own requests go to the host's origin; every other request must be the site's.
    expect([...problems.console, ...problems.failed, ...problems.foreign.filter((u) => !u.startsWith(hostOrigin))]).toEqual([]);
  }, 60_000);

  for (const [mode, file] of [
    ["cloudflare", "deploy/cloudflare/_headers"],
    ["netlify", "deploy/netlify/_headers"],
  ] as const) {
    it(`lets another site frame embed pages but not the other pages, with ${file}`, async () => {
      const rules = parseHeadersFile(readFileSync(join(ROOT, file), "utf8"));
      const site = await serveStatic(dir, { headers: { rules, mode: mode as HeaderMode } });
      const embed = sample.find((p) => p.locale === "en") ?? sample[0];
      const paths = ["/", "/en/", ...(embed ? [embed.path] : [])];
      const { frames, problems, close } = await hostPage(site, paths);
      const shown = await Promise.all(
        frames.map(async (f) => {
          const framed = await f.evaluate(() => document.querySelectorAll("main, figure").length).catch(() => 0);
          return framed > 0 && !f.url().startsWith("chrome-error:");
        }),
      );
      await close();
      await site.close();
      expect(shown).toEqual(paths.map((p) => p.includes("/embed/")));
      expect(problems.console.filter((m) => /frame-ancestors/.test(m)).length).toBe(2);
    }, 60_000);
  }
});
