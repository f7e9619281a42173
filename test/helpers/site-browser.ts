import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "./browser.ts";
import { serveStatic, type Served } from "./static-server.ts";

export interface SiteBrowser {
  readonly server: Served;
  readonly browser: Browser;
}

/**
 * For one test file: the built site served on a loopback port and a Chromium
 * to read it, started before the file's tests and closed after them. Read the
 * fields inside hooks and tests (they are set in `beforeAll`).
 */
export function siteBrowser(dir: string): SiteBrowser {
  const site = {} as { server: Served; browser: Browser };
  beforeAll(async () => {
    site.server = await serveStatic(dir);
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
