// Page weight as a visitor meets it, after ../shared/tools/pageweight.mjs: each page is
// loaded in headless Chromium from a gzipping loopback host, once with JavaScript on and
// once with it off, and measured the same way for our site and for the peer.
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Response } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface PageWeight {
  page: string;
  /** Responses received with JavaScript on, the document included. */
  requests: number;
  rawBytes: number;
  /** Sum of each response body compressed with gzip -9 (as the shared probe counts). */
  gzipBytes: number;
  /** The same, for scripts only. */
  jsGzipBytes: number;
  /** <svg> elements in the page with JavaScript on and off. */
  svgJsOn: number;
  svgJsOff: number;
  /** Charts: <svg> elements at least 100 by 50 CSS pixels, with JavaScript on and off. */
  chartsJsOn: number;
  chartsJsOff: number;
  /** Milliseconds from navigation to the first <svg> with JavaScript on; null when none came within 10 s. */
  msFirstSvg: number | null;
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

const countCharts = (): { svg: number; charts: number } => {
  const all = [...document.querySelectorAll("svg")];
  const charts = all.filter((s) => {
    const r = s.getBoundingClientRect();
    return r.width >= 100 && r.height >= 50 && !s.parentElement?.closest("svg");
  });
  return { svg: all.length, charts: charts.length };
};

export async function measurePage(browser: Browser, origin: string, path: string): Promise<PageWeight> {
  const out: Partial<PageWeight> = { page: path };
  for (const js of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled: js, viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    const bodies: Array<Promise<{ type: string; body: Buffer } | undefined>> = [];
    page.on("response", (r: Response) => {
      bodies.push(
        r.body().then(
          (body) => ({ type: r.request().resourceType(), body }),
          () => undefined,
        ),
      );
    });
    const t0 = performance.now();
    await page.goto(origin + path, { waitUntil: "networkidle" });
    if (js) {
      const seen = await page.waitForSelector("svg", { timeout: 10_000 }).then(
        () => true,
        () => false,
      );
      out.msFirstSvg = seen ? Math.round(performance.now() - t0) : null;
      // Charts drawn in the browser may still be arriving.
      await page.waitForLoadState("networkidle");
      const got = (await Promise.all(bodies)).filter((b): b is { type: string; body: Buffer } => b !== undefined);
      out.requests = got.length;
      out.rawBytes = got.reduce((s, b) => s + b.body.length, 0);
      out.gzipBytes = got.reduce((s, b) => s + gzipSync(b.body, { level: 9 }).length, 0);
      out.jsGzipBytes = got.filter((b) => b.type === "script").reduce((s, b) => s + gzipSync(b.body, { level: 9 }).length, 0);
      const c = await page.evaluate(countCharts);
      out.svgJsOn = c.svg;
      out.chartsJsOn = c.charts;
    } else {
      const c = await page.evaluate(countCharts);
      out.svgJsOff = c.svg;
      out.chartsJsOff = c.charts;
    }
    await context.close();
  }
  return out as PageWeight;
}
