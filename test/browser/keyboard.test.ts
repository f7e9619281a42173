import { describe, expect, inject, it } from "vitest";
import { mapLimit } from "../helpers/browser.ts";
import { siteBrowser } from "../helpers/site-browser.ts";
import { representatives, sitePages } from "../helpers/site-pages.ts";

/**
 * The keyboard on one page of every kind, in both languages: the first Tab
 * lands on the skip link (embed pages, the figure alone, have none), which
 * becomes visible and leads to the main content; Tab reaches every visible
 * interactive element; and every focused element looks different from its
 * unfocused self (outline, box shadow, border or background). (axe-core:
 * a11y.test.ts.)
 */
const dir = inject("siteDir");
const kinds = representatives(sitePages(dir));

const site = siteBrowser(dir);

interface FocusStep {
  index: number;
  tag: string;
  label: string;
  changed: boolean;
}

/** Marks the visible interactive elements and records how each looks when not focused. */
function markInteractive(): number {
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
        if (skipLink && (first.tag !== "a" || !first.target))
          out.push(`${p.path}: first Tab lands on <${first.tag} href="${first.href}">, not a skip link to an element of the page`);
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
              return w.__interactive
                .filter((_, i) => !got.includes(i))
                .map((el) => `<${el.tagName.toLowerCase()}> ${(el.getAttribute("href") ?? el.textContent ?? "").trim().slice(0, 50)}`);
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
