import { chromium, type Browser, type Page } from "playwright-core";

/**
 * Debian's Chromium, driven by playwright-core (no browser download). Set
 * CHROMIUM to use another binary. The flags keep it from phoning home, so the
 * only requests a page makes are the site's own.
 */
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-dev-shm-usage",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** What went wrong while a page loaded: each entry is one readable line. */
export interface PageProblems {
  console: string[];
  failed: string[];
  foreign: string[];
  dialogs: string[];
}

/**
 * Records console errors (CSP violations arrive here too), uncaught
 * exceptions, requests that failed or got an HTTP error, requests to any
 * origin other than `origin`, and dialogs (which are dismissed).
 */
export function watchPage(page: Page, origin: string): PageProblems {
  const problems: PageProblems = { console: [], failed: [], foreign: [], dialogs: [] };
  page.on("console", (m) => {
    if (m.type() === "error") problems.console.push(`${m.text()} (${m.location().url || "?"})`);
  });
  page.on("pageerror", (e) => problems.console.push(`uncaught: ${e.message}`));
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !/^(data|blob|about):/.test(u)) problems.foreign.push(u);
  });
  page.on("requestfailed", (r) => problems.failed.push(`${r.url()}: ${r.failure()?.errorText ?? "failed"}`));
  page.on("response", (r) => {
    if (r.status() >= 400) problems.failed.push(`${r.url()}: HTTP ${r.status()}`);
  });
  page.on("dialog", (d) => {
    problems.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => {});
  });
  return problems;
}

/** Runs `fn` over `items` with at most `limit` at once, keeping the order of results. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
