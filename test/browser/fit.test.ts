import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { siteBrowser } from "../helpers/site-browser.ts";

/**
 * Money figures fit their cards: on the home page, in both languages, at every
 * common width from a small phone to a desktop, no amount of rupiah ("Rp12,6
 * miliar", "Rp4,87 billion (71%)") runs past or is cut off by a box drawn
 * around it (a fact tile, a strategy card: any ancestor with a background or a
 * border). Found by their text, not by a list of numbers or classes, so a new
 * card or a longer amount is covered too.
 */
const dir = inject("siteDir");
const WIDTHS = [320, 360, 768, 1024, 1280, 1440] as const;
const HOMES = ["/", "/en/"] as const;

let context: BrowserContext;
const site = siteBrowser(dir);
beforeAll(async () => {
  context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: WIDTHS[0], height: 900 } });
});
afterAll(async () => {
  await context?.close();
});

interface Reading {
  /** How many money figures inside a card were found. */
  figures: number;
  /** One line per figure that does not fit. */
  problems: string[];
}

/** Runs in the page: every money figure inside a card-like box, and whether it fits each such box around it. */
function readFit(): Reading {
  const MONEY = /Rp[\s\u00a0]?-?\d/;
  const SLACK = 0.5;
  const cardLike = (el: Element): boolean => {
    const s = getComputedStyle(el);
    const bg = s.backgroundColor !== "rgba(0, 0, 0, 0)" && s.backgroundColor !== "transparent";
    const border = ["Top", "Right", "Bottom", "Left"].some(
      (side) =>
        parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0 &&
        s.getPropertyValue(`border-${side.toLowerCase()}-style`) !== "none",
    );
    return bg || border;
  };
  const main = document.querySelector("main") ?? document.body;
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  const seen = new Set<Element>();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (el && MONEY.test(n.textContent ?? "") && !el.closest("svg, .table-wrap")) seen.add(el);
  }
  let figures = 0;
  const problems: string[] = [];
  for (const value of seen) {
    const cards: Element[] = [];
    for (let a = value.parentElement; a && a !== main; a = a.parentElement) if (cardLike(a)) cards.push(a);
    if (cardLike(value)) cards.unshift(value);
    if (!cards.length) continue;
    figures++;
    const wrong: string[] = [];
    const label = `"${value.textContent?.replace(/\s+/g, " ").trim()}"`;
    // The text itself, wherever it lines up: a range measures the glyphs, not the element's box.
    const range = document.createRange();
    range.selectNodeContents(value);
    const text = range.getBoundingClientRect();
    for (const card of cards) {
      const box = card.getBoundingClientRect();
      const s = getComputedStyle(card);
      const left = box.left + parseFloat(s.borderLeftWidth);
      const right = box.right - parseFloat(s.borderRightWidth);
      const name = `${card.tagName.toLowerCase()}${card.className ? `.${String(card.className).split(/\s+/).join(".")}` : ""}`;
      if (text.left < left - SLACK || text.right > right + SLACK) {
        wrong.push(
          `${label} spans ${Math.round(text.left)}-${Math.round(text.right)} px, its ${name} ${Math.round(left)}-${Math.round(right)} px`,
        );
      }
    }
    // Nothing between the figure and its outermost card scrolls or clips it sideways.
    for (let a: Element | null = value; a && a !== cards.at(-1)!.parentElement; a = a.parentElement) {
      if (a.scrollWidth > a.clientWidth + 1 && a.clientWidth > 0)
        wrong.push(`${label} overflows its ${a.tagName.toLowerCase()} (${a.scrollWidth} > ${a.clientWidth} px)`);
    }
    // The first reason is enough to find it; one line per figure keeps the report readable.
    if (wrong.length) problems.push(wrong[0]!);
  }
  return { figures, problems };
}

describe("money figures fit their cards on the home page", () => {
  for (const home of HOMES) {
    it(`${home} at ${WIDTHS.join(", ")} px`, async () => {
      const page = await context.newPage();
      try {
        const problems: string[] = [];
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          const res = await page.goto(site.server.origin + home, { waitUntil: "load" });
          expect(res?.status()).toBe(200);
          const reading = await page.evaluate(readFit);
          // The strategy cards always show a budget: a test that finds nothing has lost its subject.
          expect(reading.figures, `money figures in cards at ${width} px`).toBeGreaterThan(0);
          problems.push(...reading.problems.map((p) => `${width} px: ${p}`));
        }
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
