import type { BrowserContext, Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { watchPage, withTabs } from "../helpers/browser.ts";
import { siteBrowser } from "../helpers/site-browser.ts";
import { sitePages, sweep, type SitePage } from "../helpers/site-pages.ts";

/**
 * The site as a reader with JavaScript off meets it (old phones, data savers,
 * slow rural connections), on a 360 px phone: every page loads with its
 * assets, is readable, fits the screen, and shows every chart (a <figure>
 * holding an <svg>) with a real size and legible type. (Where links lead is
 * checked statically for every file: test/site/links.test.ts.)
 *
 * Every page is visited, except that of the embed pages and the English chart
 * pages (on a second place, of all its chart pages), one per chart kind is
 * (site-pages.ts, `sweep`).
 */
const dir = inject("siteDir");
const all = sitePages(dir).filter((p) => p.kind !== "404");
const pages = sweep(all, inject("secondPlace"));
let context: BrowserContext;

interface PageFacts {
  text: number;
  /** How far the page scrolls sideways on the 360 px screen. */
  overflow: number;
  charts: Array<{ id: string; visible: boolean; width: number; height: number; smallestType: number }>;
}

const site = siteBrowser(dir);
beforeAll(async () => {
  context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
});

const facts = new Map<string, PageFacts>();
const loadProblems: string[] = [];

async function read(page: Page, p: SitePage): Promise<void> {
  const problems = watchPage(page, site.server.origin);
  try {
    await page.goto(site.server.origin + p.path, { waitUntil: "load" });
    const f = await page.evaluate((): PageFacts => {
      const charts = [...document.querySelectorAll("figure")]
        .map((fig) => ({ fig, svg: fig.querySelector("svg") }))
        .filter((x): x is { fig: HTMLElement; svg: SVGSVGElement } => x.svg !== null)
        .map(({ fig, svg }) => {
          const r = svg.getBoundingClientRect();
          const style = getComputedStyle(svg);
          const visible =
            r.width > 0 && r.height > 0 && style.visibility !== "hidden" && style.display !== "none" && Number(style.opacity) > 0;
          // Type as the reader sees it: the font size in the drawing's units times the drawing's scale on screen.
          const scale = r.width / (svg.viewBox.baseVal?.width || r.width);
          const sizes = [...svg.querySelectorAll("text")]
            .filter((t) => t.textContent?.trim())
            .map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
          const smallestType = Math.round(Math.min(...sizes) * 10) / 10;
          return {
            id: fig.id || fig.dataset.chart || "(figure without id)",
            visible,
            width: Math.round(r.width),
            height: Math.round(r.height),
            smallestType,
          };
        });
      const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
      return { text: (document.querySelector("main")?.textContent ?? "").trim().length, overflow, charts };
    });
    facts.set(p.path, f);
    loadProblems.push(...[...problems.failed, ...problems.foreign.map((u) => `third-party request ${u}`)].map((m) => `${p.path} ${m}`));
  } finally {
    // No script runs on these pages, so the tab goes straight on to the next one (a stop at about:blank between two
    // visits cost a third of the sweep's processor time).
    problems.stop();
  }
}

describe("with JavaScript disabled", () => {
  beforeAll(async () => {
    await withTabs(context, pages, 4, read);
  }, 600_000);

  it("loads every page and its assets", () => {
    expect(facts.size).toBe(pages.length);
    expect(loadProblems).toEqual([]);
  });

  it("shows readable text in the <main> of every page", () => {
    const empty = pages.filter((p) => (facts.get(p.path)?.text ?? 0) < 40).map((p) => p.path);
    expect(empty).toEqual([]);
  });

  it("shows every chart (figure with an svg) with a real size", () => {
    const hidden = [...facts].flatMap(([path, f]) =>
      f.charts
        .filter((c) => !c.visible || c.width < 100 || c.height < 40)
        .map((c) => `${path} #${c.id} ${c.width}x${c.height} visible=${c.visible}`),
    );
    expect(hidden).toEqual([]);
  });

  it("fits a 360 px phone: no page scrolls sideways, and no chart's type is smaller than 10.5 px", () => {
    const wide = [...facts].filter(([, f]) => f.overflow > 0).map(([path, f]) => `${path} scrolls ${f.overflow}px sideways`);
    expect(wide).toEqual([]);
    const small = [...facts].flatMap(([path, f]) =>
      f.charts.filter((c) => c.smallestType < 10.5).map((c) => `${path} #${c.id}: ${c.smallestType}px`),
    );
    expect(small).toEqual([]);
  });

  it("shows charts on the home page and on every chart page", () => {
    const missing = pages
      .filter((p) => ["home", "grafik/*", "embed"].includes(p.kind) && (facts.get(p.path)?.charts.length ?? 0) === 0)
      .map((p) => p.path);
    expect(missing).toEqual([]);
  });
});
