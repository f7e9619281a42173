import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, watchPage } from "../helpers/browser.ts";
import { builtFiles, idsOf, references } from "../helpers/links.ts";
import { sitePages } from "../helpers/site-pages.ts";
import { serveStatic, type Served } from "../helpers/static-server.ts";
import { buildInto, tempDir } from "../helpers/temp-build.ts";

/**
 * Every internal link and asset of the built site resolves to a file of the
 * build, fragment included, and stays under the base path: for the bundled
 * build at the root, and for a build with BASE_PATH=/sub/path/ and a SITE_URL,
 * which is then served so that only /sub/path/... exists and opened in
 * Chromium (pages, assets, search) without a failed request.
 */
const SITE_URL = "https://lentera.example.org";
const BASE = "/sub/path/";

/** Problems with the references of every HTML, CSS and XML file of a build. */
function unresolved(dir: string, base: string, siteUrl: string): string[] {
  const files = builtFiles(dir);
  const present = new Set(files);
  const origin = new URL(siteUrl).origin;
  const ids = new Map<string, Set<string>>();
  const problems: string[] = [];
  for (const from of files.filter((f) => /\.(html|css|xml)$/.test(f))) {
    for (const ref of references(dir, from)) {
      let url: URL;
      try {
        url = new URL(ref.url, `${origin}${base}${from}`);
      } catch {
        problems.push(`${from}: "${ref.url}" is not a valid address`);
        continue;
      }
      if (url.origin !== origin) {
        if (ref.kind === "asset" && /^https?:$/.test(url.protocol)) problems.push(`${from}: asset from another origin ${ref.url}`);
        continue;
      }
      if (!url.pathname.startsWith(base)) {
        problems.push(`${from}: "${ref.url}" is outside the base path ${base}`);
        continue;
      }
      const path = decodeURIComponent(url.pathname.slice(base.length));
      const file = path === "" || path.endsWith("/") ? `${path}index.html` : present.has(path) ? path : `${path}/index.html`;
      if (!present.has(file)) {
        problems.push(`${from}: "${ref.url}" (${ref.kind}) leads to nothing`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && file.endsWith(".html")) {
        if (!ids.has(file)) ids.set(file, idsOf(readFileSync(join(dir, file), "utf8")));
        if (!ids.get(file)!.has(fragment)) problems.push(`${from}: "${ref.url}" has no element with id "${fragment}"`);
      }
    }
  }
  return [...new Set(problems)].sort();
}

describe("links and assets of the bundled build", () => {
  it("all resolve, fragments included", () => {
    const problems = unresolved(inject("siteDir"), "/", process.env.SITE_URL ?? "http://localhost:4321");
    expect(problems.slice(0, 50), `${problems.length} problems`).toEqual([]);
  });
});

describe(`a build served under ${BASE}`, () => {
  const root = tempDir("subpath");
  const outDir = join(root, "site");
  let server: Served;
  let browser: Browser;
  let built = false;

  beforeAll(async () => {
    const b = await buildInto(outDir, { BASE_PATH: BASE, SITE_URL });
    if (!b.ok) throw new Error(`The sub-path build failed:\n${b.output}`);
    built = true;
    server = await serveStatic(outDir, { base: BASE });
    browser = await launchBrowser();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("refers only to files of the build, all under the sub-path", () => {
    expect(built).toBe(true);
    const problems = unresolved(outDir, BASE, SITE_URL);
    expect(problems.slice(0, 50), `${problems.length} problems`).toEqual([]);
  });

  it("writes canonical addresses from SITE_URL and the sub-path", () => {
    const home = readFileSync(join(outDir, "index.html"), "utf8");
    expect(home).toContain(`<link rel="canonical" href="${SITE_URL}${BASE}"`);
    const en = readFileSync(join(outDir, "en", "index.html"), "utf8");
    expect(en).toContain(`<link rel="canonical" href="${SITE_URL}${BASE}en/"`);
  });

  it("loads one page of every kind in Chromium with no failed request or console error", async () => {
    const seen = new Set<string>();
    const sample = sitePages(outDir).filter((p) => !seen.has(p.kind) && seen.add(p.kind));
    const context = await browser.newContext();
    const problems: string[] = [];
    for (const p of sample) {
      const page = await context.newPage();
      const w = watchPage(page, server.origin);
      // The 404 page is asked for the way a reader meets it: at an address that does not exist.
      const path = p.kind === "404" ? `${p.locale === "en" ? "/en" : ""}/tidak-ada/` : p.path;
      const res = await page.goto(server.origin + BASE.slice(0, -1) + path, { waitUntil: "load" });
      const expected = p.kind === "404" ? 404 : 200;
      if (res?.status() !== expected) problems.push(`${p.path}: HTTP ${res?.status()}`);
      await page.waitForTimeout(50);
      problems.push(...[...w.console.filter((c) => p.kind !== "404" || !/404/.test(c)), ...w.failed.filter((f) => p.kind !== "404" || !f.includes(path)), ...w.foreign].map((m) => `${p.path}: ${m}`));
      await page.close();
    }
    await context.close();
    expect(sample.length).toBeGreaterThan(1);
    expect(problems).toEqual([]);
  }, 120_000);

  it("serves nothing outside the sub-path (the test host is strict)", async () => {
    expect((await fetch(`${server.origin}/`)).status).toBe(404);
    expect((await fetch(`${server.origin}${BASE}`)).status).toBe(200);
  });

  it("finds a kecamatan with the search under the sub-path", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const w = watchPage(page, server.origin);
    const res = await page.goto(`${server.origin}${BASE}cari/`);
    expect(res?.status()).toBe(200);
    const input = page.locator('main input[type="search"], main input[type="text"], main [role="searchbox"]').first();
    await input.waitFor({ state: "visible", timeout: 10_000 });
    await input.fill("Masamba");
    await page.locator(`main a[href*="${BASE}kecamatan/masamba/"]`).first().waitFor({ state: "visible", timeout: 15_000 });
    w.stop();
    await context.close();
    expect([...w.console, ...w.failed, ...w.foreign]).toEqual([]);
  }, 60_000);
});
