import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Model } from "../../src/lib/data/index.ts";
import { pathOf } from "../../src/lib/routing/paths.ts";
import { loadModel } from "../helpers/data-model.ts";
import { siteBrowser } from "../helpers/site-browser.ts";

/**
 * The kecamatan picker keeps a promise: on a phone, with JavaScript off, every
 * kecamatan of the data is two taps from the home page: one to open the
 * picker (a <details> in the header), one on the kecamatan's name. (That every
 * page's header carries the picker with every kecamatan is checked statically,
 * in test/site/pages.test.ts.)
 */
const dir = inject("siteDir");
const site = siteBrowser(dir);

let model: Model;
beforeAll(async () => {
  model = await loadModel();
});

describe("kecamatan picker", () => {
  it("reaches every kecamatan from the home page in two taps, on a phone with JavaScript off", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/`);
    const picker = page.locator("header details.picker");
    const targets = model.kecamatan.map((k) => `/${pathOf("kecamatan", k.slug)}`);
    /** The kecamatan whose link in the picker is shown (rendered, not in a closed <details>, not hidden, with a size). */
    const shown = (): Promise<string[]> =>
      picker.evaluate(
        (d, hrefs) =>
          hrefs.filter((h) => {
            const a = d.querySelector(`a[href="${h}"]`);
            return !!a && a.checkVisibility({ visibilityProperty: true }) && a.getBoundingClientRect().width > 0;
          }),
        targets,
      );
    // Closed at first: its links are not on screen until the first tap.
    expect(await picker.evaluate((d) => (d as HTMLDetailsElement).open), "open before the first tap").toBe(false);
    expect(await shown(), "links on screen before the first tap").toEqual([]);
    await picker.locator("summary").click();
    expect(await shown(), "links on screen after the first tap").toEqual(targets);
    // The second tap, on the last kecamatan (the one furthest down the list), opens its page.
    const last = targets.at(-1)!;
    await Promise.all([page.waitForURL(`**${last}`), picker.locator(`a[href="${last}"]`).click()]);
    expect(new URL(page.url()).pathname).toBe(last);
    await context.close();
    expect(targets.length).toBeGreaterThan(0);
  }, 60_000);
});
