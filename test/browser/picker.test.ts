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
    const unreached: string[] = [];
    for (const k of model.kecamatan) {
      const target = `/${pathOf("kecamatan", k.slug)}`;
      await page.goto(`${site.server.origin}/`);
      const picker = page.locator("header details.picker");
      const link = picker.locator(`a[href="${target}"]`);
      // Closed at first: its links are not on screen until the first tap.
      if ((await link.isVisible()) || (await picker.evaluate((d) => (d as HTMLDetailsElement).open))) {
        unreached.push(`${target}: the picker is open before the first tap`);
        continue;
      }
      await picker.locator("summary").click();
      if (!(await link.isVisible())) {
        unreached.push(`${target}: not shown after opening the picker`);
        continue;
      }
      await Promise.all([page.waitForURL(`**${target}`), link.click()]);
      const reached = new URL(page.url()).pathname;
      if (reached !== target) unreached.push(`${target}: reached ${reached}`);
    }
    await context.close();
    expect(model.kecamatan.length).toBeGreaterThan(0);
    expect(unreached).toEqual([]);
  }, 180_000);
});
