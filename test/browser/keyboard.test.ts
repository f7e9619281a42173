import { describe, expect, inject, it } from "vitest";
import { withTabs } from "../helpers/browser.ts";
import { siteBrowser } from "../helpers/site-browser.ts";
import { representatives, sitePages } from "../helpers/site-pages.ts";

/**
 * The keyboard on one page of every kind: the first Tab lands on the skip link
 * (embed pages, the figure alone, have none), which becomes visible and leads
 * to the main content; Tab reaches every visible interactive element; and
 * every focused element looks different from its unfocused self (outline, box
 * shadow, border or background). (axe-core: a11y.test.ts.) The Indonesian
 * pages only: the English ones are the same templates, and neither the Tab
 * order nor the focus styles depend on the words.
 */
const dir = inject("siteDir");
const kinds = representatives(sitePages(dir)).filter((p) => p.locale === "id");

const site = siteBrowser(dir);

interface FocusStep {
  index: number;
  tag: string;
  label: string;
  changed: boolean;
  href: string;
  /** For a link to "#id": whether the page has that element. */
  target: boolean;
  onScreen: boolean;
}

/**
 * Marks the visible interactive elements, records how each looks when not
 * focused, and from then on records every element that takes the focus, as it
 * takes it: the walk below only presses Tab, and reads the record once.
 */
function recordFocus(): number {
  const selector =
    'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
  // The element and its first descendants: a map's SVG link shows focus on the shape inside it.
  const look = (el: Element): string =>
    [el, ...el.querySelectorAll("*")]
      .slice(0, 4)
      .map((e) => {
        const s = getComputedStyle(e);
        return [
          s.outlineStyle,
          s.outlineWidth,
          s.outlineColor,
          s.boxShadow,
          s.borderColor,
          s.backgroundColor,
          s.textDecorationLine,
          s.textDecorationThickness,
          s.stroke,
          s.strokeWidth,
        ].join("|");
      })
      .join("/");
  const all = [...document.querySelectorAll(selector)].filter((el) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    const inClosedDetails = el.closest("details:not([open])") && el.tagName !== "SUMMARY";
    // Off-screen elements (the skip link before it is focused) still have a size and count.
    return r.width > 0 && r.height > 0 && s.visibility !== "hidden" && !inClosedDetails;
  });
  const plain = all.map(look);
  const steps: FocusStep[] = [];
  Object.assign(window, { __steps: steps, __interactive: all });
  document.addEventListener("focusin", (e) => {
    const el = e.target as Element;
    const index = all.indexOf(el);
    const href = el.getAttribute("href") ?? "";
    const r = el.getBoundingClientRect();
    steps.push({
      index,
      tag: el.tagName.toLowerCase(),
      label: (href || el.textContent || "").trim().slice(0, 60),
      changed: index >= 0 && look(el) !== plain[index],
      href,
      target: href.startsWith("#") && document.getElementById(decodeURIComponent(href.slice(1))) !== null,
      onScreen: r.width > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight,
    });
  });
  return all.length;
}

describe("keyboard", () => {
  it("reaches the skip link first, then every interactive element, each with a visible focus", async () => {
    const context = await site.browser.newContext({ viewport: { width: 1024, height: 800 } });
    const problems = await withTabs(context, kinds, 2, async (page, p) => {
      const out: string[] = [];
      await page.goto(site.server.origin + p.path, { waitUntil: "load" });
      const count = await page.evaluate(recordFocus);
      // Enough presses to pass every element and come back round; a page with more than 600
      // stops is itself a keyboard problem.
      for (let i = 0; i < Math.min(count + 3, 600); i++) await page.keyboard.press("Tab");
      const steps = await page.evaluate(() => (window as unknown as { __steps: FocusStep[] }).__steps);
      const first = steps[0];
      // An embed page is the figure alone: nothing to skip, so no skip link; the walk below still applies.
      const skipLink = p.kind !== "embed";
      if (skipLink && (first?.tag !== "a" || !first.target))
        out.push(
          `${p.path}: first Tab lands on <${first?.tag ?? "nothing"} href="${first?.href ?? ""}">, not a skip link to an element of the page`,
        );
      else if (skipLink && !first?.onScreen) out.push(`${p.path}: the skip link stays off screen when focused`);
      const reached = new Set<number>();
      const unseen: string[] = [];
      for (const step of steps) {
        if (step.index < 0) continue;
        if (reached.has(step.index)) break;
        reached.add(step.index);
        if (!step.changed) unseen.push(`<${step.tag}> ${step.label}`);
      }
      if (reached.size < count) {
        const missed = await page.evaluate(
          (got) =>
            (window as unknown as { __interactive: Element[] }).__interactive
              .filter((_, i) => !got.includes(i))
              .map((el) => `<${el.tagName.toLowerCase()}> ${(el.getAttribute("href") ?? el.textContent ?? "").trim().slice(0, 50)}`),
          [...reached],
        );
        out.push(`${p.path}: Tab never reaches ${missed.length} of ${count}: ${missed.slice(0, 5).join("; ")}`);
      }
      if (unseen.length) out.push(`${p.path}: no visible focus on ${unseen.length}: ${unseen.slice(0, 5).join("; ")}`);
      return out;
    });
    await context.close();
    expect(kinds.length).toBeGreaterThan(1);
    expect(problems.flat()).toEqual([]);
  }, 300_000);
});
