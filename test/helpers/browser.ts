import { existsSync } from "node:fs";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type ConsoleMessage,
  type Dialog,
  type Page,
  type Request,
  type Response,
} from "playwright-core";

/**
 * Debian's Chromium, driven by playwright-core (no browser download): its
 * headless shell (package chromium-headless-shell, the same Chromium without
 * the windowed browser around it, which Playwright itself runs headless) when
 * installed, else the full browser. The shell does the suites' work for about
 * three fifths of the processor time (the site's browser suites on one build:
 * 245 CPU-seconds with the full browser, 139 with the shell). Set CHROMIUM to
 * use another binary. The flags keep it from phoning home, so the
 * only requests a page makes are the site's own; and they turn off
 * RenderDocument (a new frame host for every navigation), which the suites have
 * no use for and which costs each navigation about a fifth of its processor
 * time (300 loads of a one-line page: 39.5 CPU-seconds with it, 32.0 without).
 */
const SHELL = "/usr/bin/chromium-headless-shell";
export const CHROMIUM = process.env.CHROMIUM ?? (existsSync(SHELL) ? SHELL : "/usr/bin/chromium");
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-dev-shm-usage",
  "--disable-features=RenderDocument",
];

/**
 * How long a search may take to show its first result. Alone it takes one to four seconds (Pagefind loads its
 * WebAssembly and index); a full run once took more than 15 s while a build had both cores, so the wait is generous:
 * a search that finds nothing still fails, only later.
 */
export const SEARCH_WAIT = 40_000;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

let shared: Promise<Browser> | undefined;

/**
 * The Chromium of this test worker, launched by the first suite that asks and
 * shared by the suites the worker runs after it, one at a time (a launch costs
 * about 1.7 CPU-seconds). Playwright closes it when the worker exits. A suite
 * gives it back with `releaseBrowser` when it ends.
 */
export function workerBrowser(): Promise<Browser> {
  return (shared ??= launchBrowser().then((b) => {
    b.on("disconnected", () => (shared = undefined));
    return b;
  }));
}

/** Closes whatever a suite left open in the worker's Chromium (its contexts and tabs), so the next suite starts clean. */
export async function releaseBrowser(browser: Browser | undefined): Promise<void> {
  await Promise.all((browser?.contexts() ?? []).map((c) => c.close()));
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
 * origin other than `origin`, and dialogs (which are dismissed). Only requests
 * made while it records count, and a request the browser cancelled
 * (net::ERR_ABORTED: a tab going on to the next page cancels what the last one
 * still had in flight, Chromium drops a favicon it is already fetching) is no
 * failure: a missing file is an HTTP error, and a broken one another error.
 */
export function watchPage(page: Page, origin: string): PageProblems & { stop: () => void } {
  const problems: PageProblems = { console: [], failed: [], foreign: [], dialogs: [] };
  const onConsole = (m: ConsoleMessage): void => {
    if (m.type() === "error") problems.console.push(`${m.text()} (${m.location().url || "?"})`);
  };
  const onError = (e: Error): void => void problems.console.push(`uncaught: ${e.message}`);
  const made = new WeakSet<Request>();
  const onRequest = (r: Request): void => {
    made.add(r);
    const u = r.url();
    if (!u.startsWith(origin) && !/^(data|blob|about):/.test(u)) problems.foreign.push(u);
  };
  const onFailed = (r: Request): void => {
    const error = r.failure()?.errorText ?? "failed";
    if (made.has(r) && error !== "net::ERR_ABORTED") problems.failed.push(`${r.url()}: ${error}`);
  };
  const onResponse = (r: Response): void => {
    if (made.has(r.request()) && r.status() >= 400) problems.failed.push(`${r.url()}: HTTP ${r.status()}`);
  };
  const onDialog = (d: Dialog): void => {
    problems.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => {});
  };
  page.on("console", onConsole);
  page.on("pageerror", onError);
  page.on("request", onRequest);
  page.on("requestfailed", onFailed);
  page.on("response", onResponse);
  page.on("dialog", onDialog);
  return Object.assign(problems, {
    /** Stops recording (for a tab that goes on to another page). */
    stop: () => {
      page.off("console", onConsole);
      page.off("pageerror", onError);
      page.off("request", onRequest);
      page.off("requestfailed", onFailed);
      page.off("response", onResponse);
      page.off("dialog", onDialog);
    },
  });
}

/**
 * Visits `items` with `tabs` pages of one context working at once, each tab
 * reused from one visit to the next (opening a tab costs more than a visit).
 * Listeners added in `visit` must be removed by it (watchPage(...).stop()).
 */
export async function withTabs<T, R>(
  context: BrowserContext,
  items: readonly T[],
  tabs: number,
  visit: (page: Page, item: T) => Promise<R>,
): Promise<R[]> {
  const pages = await Promise.all(Array.from({ length: Math.min(tabs, items.length) }, () => context.newPage()));
  const free = [...pages];
  try {
    return await mapLimit(items, pages.length, async (item) => {
      const page = free.pop()!;
      try {
        return await visit(page, item);
      } finally {
        free.push(page);
      }
    });
  } finally {
    await Promise.all(pages.map((p) => p.close()));
  }
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
