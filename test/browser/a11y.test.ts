import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { mapLimit } from "../helpers/browser.ts";
import { siteBrowser } from "../helpers/site-browser.ts";
import { ROOT } from "../helpers/fixtures.ts";
import { representatives, sitePages, type SitePage } from "../helpers/site-pages.ts";

/**
 * Accessibility of one page of every kind, in both languages: axe-core's
 * WCAG 2.0/2.1 A and AA rules report no violation in light mode; in dark mode
 * (prefers-color-scheme), where only colours change, its colour rules (text
 * contrast, links told apart from text) report none either, on the Indonesian
 * pages (the English ones have the same colours). (The keyboard:
 * keyboard.test.ts, a file of its own so that the two run side by side.)
 */
const dir = inject("siteDir");
const kinds = representatives(sitePages(dir));
const AXE = readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
/** What axe runs in each colour scheme: every WCAG A and AA rule, or only those about colour. */
const RUN = {
  light: { type: "tag", values: TAGS },
  dark: { type: "rule", values: ["color-contrast", "link-in-text-block"] },
} as const;

const site = siteBrowser(dir);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

async function axe(page: Page, runOnly: (typeof RUN)[keyof typeof RUN]): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE);
  return page.evaluate(async (runOnly) => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } };
    const r = await w.axe.run(document, { runOnly, resultTypes: ["violations"] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, runOnly);
}

const describeViolation = (p: SitePage, scheme: string, v: AxeViolation): string =>
  `${p.path} [${scheme}] ${v.id} (${v.impact}): ${v.help} at ${v.nodes
    .slice(0, 3)
    .map((n) => JSON.stringify(n.target))
    .join(", ")}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ""}`;

describe("axe-core, WCAG 2.1 A and AA", () => {
  it("finds no violation on any kind of page in light mode (every rule), nor in dark mode (colour rules, Indonesian pages)", async () => {
    // axe is injected by the test, not by the site, so the page's CSP is bypassed for it. Each page is loaded once: in
    // light mode, then switched to dark (prefers-color-scheme), where only colours change.
    const context = await site.browser.newContext({ colorScheme: "light", bypassCSP: true });
    const found = await mapLimit(kinds, 3, async (p) => {
      const page = await context.newPage();
      try {
        await page.goto(site.server.origin + p.path, { waitUntil: "load" });
        const light = (await axe(page, RUN.light)).map((v) => describeViolation(p, "light", v));
        if (p.locale !== "id") return light;
        await page.emulateMedia({ colorScheme: "dark" });
        return [...light, ...(await axe(page, RUN.dark)).map((v) => describeViolation(p, "dark", v))];
      } finally {
        await page.close();
      }
    });
    await context.close();
    expect(kinds.length).toBeGreaterThan(1);
    expect(found.flat()).toEqual([]);
  }, 400_000);
});
