import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { withTabs } from "../helpers/browser.ts";
import { siteBrowser } from "../helpers/site-browser.ts";
import { ROOT } from "../helpers/fixtures.ts";
import { representatives, sitePages, type SitePage } from "../helpers/site-pages.ts";

/**
 * Accessibility of one page of every kind: axe-core's WCAG 2.0/2.1 A and AA
 * rules report no violation. Its colour rules (text contrast, links told apart
 * from text: most of axe's time on a page of charts) run where colours can
 * differ: on the Indonesian pages, in light mode and again in dark mode
 * (prefers-color-scheme), where only colours change. The English pages are the
 * same templates over the same data with other words, so they get every rule
 * but the colour ones; and over a second place (the "place" project), whose
 * English words are the templates' own, proven here on the main build, the
 * Indonesian pages alone are checked. (The keyboard: keyboard.test.ts, a file
 * of its own so that the two run side by side.)
 */
const dir = inject("siteDir");
const kinds = representatives(sitePages(dir)).filter((p) => p.locale === "id" || !inject("secondPlace"));
const AXE = readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];
/** What axe runs on a page: every WCAG A and AA rule, the same but for the colour rules, or only the colour rules. */
const RUN = {
  all: { runOnly: { type: "tag", values: TAGS } },
  words: { runOnly: { type: "tag", values: TAGS }, rules: Object.fromEntries(COLOUR_RULES.map((r) => [r, { enabled: false }])) },
  colours: { runOnly: { type: "rule", values: COLOUR_RULES } },
} as const;

const site = siteBrowser(dir);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

async function axe(page: Page, run: (typeof RUN)[keyof typeof RUN]): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE);
  return page.evaluate(async (run) => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } };
    const r = await w.axe.run(document, { ...run, resultTypes: ["violations"] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, run);
}

const describeViolation = (p: SitePage, scheme: string, v: AxeViolation): string =>
  `${p.path} [${scheme}] ${v.id} (${v.impact}): ${v.help} at ${v.nodes
    .slice(0, 3)
    .map((n) => JSON.stringify(n.target))
    .join(", ")}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ""}`;

describe("axe-core, WCAG 2.1 A and AA", () => {
  it("finds no violation on any kind of page in light mode, nor with the colour rules in dark mode (Indonesian pages)", async () => {
    // axe is injected by the test, not by the site, so the page's CSP is bypassed for it. Each page is loaded once: in
    // light mode, then switched to dark (prefers-color-scheme), where only colours change.
    const context = await site.browser.newContext({ colorScheme: "light", bypassCSP: true });
    const found = await withTabs(context, kinds, 2, async (page, p) => {
      await page.emulateMedia({ colorScheme: "light" });
      await page.goto(site.server.origin + p.path, { waitUntil: "load" });
      if (p.locale !== "id") return (await axe(page, RUN.words)).map((v) => describeViolation(p, "light", v));
      const light = (await axe(page, RUN.all)).map((v) => describeViolation(p, "light", v));
      await page.emulateMedia({ colorScheme: "dark" });
      return [...light, ...(await axe(page, RUN.colours)).map((v) => describeViolation(p, "dark", v))];
    });
    await context.close();
    expect(kinds.length).toBeGreaterThan(1);
    expect(found.flat()).toEqual([]);
  }, 400_000);
});
