import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { releaseBrowser, workerBrowser } from "./browser.ts";
import { serveStatic, type Served } from "./static-server.ts";

export interface SiteBrowser {
  readonly server: Served;
  readonly browser: Browser;
}

/**
 * For one test file: the built site served on a loopback port, started before
 * the file's tests and closed after them, and the worker's Chromium to read it
 * (browser.ts, `workerBrowser`). Read the fields inside hooks and tests (they
 * are set in `beforeAll`).
 */
export function siteBrowser(dir: string): SiteBrowser {
  const site = {} as { server: Served; browser: Browser };
  beforeAll(async () => {
    site.server = await serveStatic(dir);
    site.browser = await workerBrowser();
  });
  afterAll(async () => {
    await releaseBrowser(site.browser);
    await site.server?.close();
  });
  return site;
}
