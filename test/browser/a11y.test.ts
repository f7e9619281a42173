import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { mapLimit } from "../helpers/browser.ts";
import { siteBrowser } from "../helpers/site-browser.ts";
import { ROOT } from "../helpers/fixtures.ts";
import { representatives, sitePages, type SitePage } from "../helpers/site-pages.ts";

/**
 * Accessibility of one page of every kind, in both languages:
 * - axe-core's WCAG 2.0/2.1 A and AA rules report no violation, in light and
 *   in dark mode (prefers-color-scheme), so contrast is checked in both;
 * - with the keyboard, the first Tab lands on the skip link (embed pages, the
 *   figure alone, have none), which becomes visible and leads to the main
 *   content; Tab reaches every visible
 *   interactive element; and every focused element looks different from its
 *   unfocused self (outline, box shadow, border or background).
 */
const dir = inject("siteDir");
const kinds = representatives(sitePages(dir));
const AXE = readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const site = siteBrowser(dir);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

async function axe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE);
  return page.evaluate(async (tags) => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } };
    const r = await w.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  }, TAGS);
}

const describeViolation = (p: SitePage, scheme: string, v: AxeViolation): string =>
  `${p.path} [${scheme}] ${v.id} (${v.impact}): ${v.help} at ${v.nodes
    .slice(0, 3)
    .map((n) => JSON.stringify(n.target))
    .join(", ")}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ""}`;

describe("axe-core, WCAG 2.1 A and AA", () => {
  for (const scheme of ["light", "dark"] as const) {
    it(`finds no violation on any kind of page in ${scheme} mode`, async () => {
      // axe is injected by the test, not by the site, so the page's CSP is bypassed for it.
      const context = await site.browser.newContext({ colorScheme: scheme, bypassCSP: true });
      const found = await mapLimit(kinds, 3, async (p) => {
        const page = await context.newPage();
        try {
          await page.goto(site.server.origin + p.path, { waitUntil: "load" });
          return (await axe(page)).map((v) => describeViolation(p, scheme, v));
        } finally {
          await page.close();
        }
      });
      await context.close();
      expect(kinds.length).toBeGreaterThan(1);
      expect(found.flat()).toEqual([]);
    }, 300_000);
  }
});

interface FocusStep {
  index: number;
  tag: string;
  label: string;
  changed: boolean;
}

/** Marks the visible interactive elements and records how each looks when not focused. */
function markInteractive(): number {
  const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
  // The element and its first descendants: a map's SVG link shows focus on the shape inside it.
  const look = (el: Element): string =>
    [el, ...el.querySelectorAll("*")]
      .slice(0, 4)
      .map((e) => {
        const s = getComputedStyle(e);
        return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.borderColor, s.backgroundColor, s.textDecorationLine, s.textDecorationThickness, s.stroke, s.strokeWidth].join("|");
      })
      .join("/");
  const all = [...document.querySelectorAll(selector)].filter((el) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    const inClosedDetails = el.closest("details:not([open])") && el.tagName !== "SUMMARY";
    // Off-screen elements (the skip link before it is focused) still have a size and count.
    return r.width > 0 && r.height > 0 && s.visibility !== "hidden" && !inClosedDetails;
  });
  const w = window as unknown as { __interactive: Element[]; __look: (el: Element) => string; __plain: string[] };
  w.__interactive = all;
  w.__look = look;
  w.__plain = all.map(look);
  return all.length;
}

function focusStep(): FocusStep {
  const w = window as unknown as { __interactive: Element[]; __look: (el: Element) => string; __plain: string[] };
  const el = document.activeElement;
  const index = el ? w.__interactive.indexOf(el) : -1;
  return {
    index,
    tag: el?.tagName.toLowerCase() ?? "none",
    label: (el?.getAttribute("href") ?? el?.textContent ?? "").trim().slice(0, 60),
    changed: index >= 0 && w.__look(el!) !== w.__plain[index],
  };
}

describe("keyboard", () => {
  it("reaches the skip link first, then every interactive element, each with a visible focus", async () => {
    const context = await site.browser.newContext({ viewport: { width: 1024, height: 800 } });
    const problems = await mapLimit(kinds, 3, async (p) => {
      const page = await context.newPage();
      const out: string[] = [];
      try {
        await page.goto(site.server.origin + p.path, { waitUntil: "load" });
        const count = await page.evaluate(markInteractive);
        await page.keyboard.press("Tab");
        const first = await page.evaluate(() => {
          const el = document.activeElement as HTMLAnchorElement | null;
          const href = el?.getAttribute("href") ?? "";
          const r = el?.getBoundingClientRect();
          return {
            tag: el?.tagName.toLowerCase(),
            href,
            target: href.startsWith("#") && document.getElementById(decodeURIComponent(href.slice(1))) !== null,
            onScreen: !!r && r.width > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight,
          };
        });
        // An embed page is the figure alone: nothing to skip, so no skip link; the walk below still applies.
        const skipLink = p.kind !== "embed";
        if (skipLink && (first.tag !== "a" || !first.target)) out.push(`${p.path}: first Tab lands on <${first.tag} href="${first.href}">, not a skip link to an element of the page`);
        else if (skipLink && !first.onScreen) out.push(`${p.path}: the skip link stays off screen when focused`);
        const reached = new Set<number>();
        const unseen: string[] = [];
        // Walk forward until focus leaves the page's elements or comes back round; a page
        // with more than 600 stops is itself a keyboard problem.
        for (let i = 0; i < Math.min(count + 20, 600); i++) {
          const step = await page.evaluate(focusStep);
          if (step.index >= 0) {
            if (reached.has(step.index)) break;
            reached.add(step.index);
            if (!step.changed) unseen.push(`<${step.tag}> ${step.label}`);
          }
          await page.keyboard.press("Tab");
        }
        if (reached.size < count) {
          const missed = await page.evaluate(
            (got) => {
              const w = window as unknown as { __interactive: Element[] };
              return w.__interactive.filter((_, i) => !got.includes(i)).map((el) => `<${el.tagName.toLowerCase()}> ${(el.getAttribute("href") ?? el.textContent ?? "").trim().slice(0, 50)}`);
            },
            [...reached],
          );
          out.push(`${p.path}: Tab never reaches ${missed.length} of ${count}: ${missed.slice(0, 5).join("; ")}`);
        }
        if (unseen.length) out.push(`${p.path}: no visible focus on ${unseen.length}: ${unseen.slice(0, 5).join("; ")}`);
      } finally {
        await page.close();
      }
      return out;
    });
    await context.close();
    expect(problems.flat()).toEqual([]);
  }, 300_000);
});
