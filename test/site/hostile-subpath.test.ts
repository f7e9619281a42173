import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser, parseHTML } from "linkedom";
import { Parser } from "htmlparser2";
import Papa from "papaparse";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { folderSource, loadRegency } from "../../src/lib/data/index.ts";
import { mapLimit, releaseBrowser, SEARCH_WAIT, watchPage, withTabs, workerBrowser } from "../helpers/browser.ts";
import { FORMULAS, QUOTED_URL } from "../helpers/hostile-data.ts";
import { builtFiles, references } from "../helpers/links.ts";
import { representatives, sitePages } from "../helpers/site-pages.ts";
import { built, DATA_DIR, SUB_PATH, SUB_SITE_URL } from "../helpers/site-builds.ts";
import { serveStatic, type Served } from "../helpers/static-server.ts";

/**
 * The hostile build (site-builds.ts), made from the second place's data in
 * the "place" project (place-site.global.ts), which proves two things at once:
 *
 * Hostile text in the data: <script>, <img onerror>, attribute and </title>
 * breakouts, javascript: links and spreadsheet formulas go through every free
 * text field of a copy of the data (test/helpers/hostile-data.ts), the site is
 * built from it, and:
 * - no injected element, event-handler attribute or javascript: address appears
 *   in any page's DOM, while the hostile text does appear, as text;
 * - pages opened in Chromium with the Content-Security-Policy bypassed (so this
 *   tests the escaping, not the policy) open no dialog;
 * - every CSV download neutralises cells that a spreadsheet would run as a
 *   formula (a leading '), and every JSON download still parses;
 * - the data check rejects a javascript: URL in sources.csv.
 *
 * A site served under a sub-path: the build has BASE_PATH=/sub/path/ and a
 * SITE_URL, and is served so that only /sub/path/... exists. Every address it
 * writes carries the sub-path, its canonical addresses come from SITE_URL,
 * one page of every kind opens in Chromium without a failed request or a
 * console error, and the search finds pages under the sub-path. (Whether
 * every link resolves is checked once, on the main build: links.test.ts.)
 */
let outDir = "";
let data = "";
let fields: string[] = [];
beforeAll(async () => {
  outDir = await built("hostile");
  data = inject("builds").data.hostile!;
  fields = JSON.parse(readFileSync(join(data, "..", "fields.json"), "utf8")) as string[];
});

const INJECTED = /alert\(/;

/**
 * What an unescaped payload would have created in a page, read from the events of htmlparser2 (the parser linkedom
 * builds its DOM with, without building the DOM: a fourteenth of the time over a thousand pages).
 */
function injections(html: string): string[] {
  const found: string[] = [];
  /** The open elements, outermost first. */
  const open: string[] = [];
  let titles = 0;
  let script: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const tag = name.toLowerCase();
        for (const [n, value] of Object.entries(attributes)) {
          const attr = n.toLowerCase();
          if (attr.startsWith("on")) found.push(`<${tag} ${attr}>`);
          if (["href", "src", "action", "xlink:href", "formaction"].includes(attr) && /^\s*javascript:/i.test(value))
            found.push(`<${tag} ${attr}="${value}">`);
        }
        if (tag === "img" && attributes.src === "x") found.push("<img src=x>");
        if (tag === "title" && !open.includes("svg")) {
          titles++;
          if (open.at(-1) !== "head") found.push("<title> outside <head>");
        }
        if (tag === "script") script = "";
        open.push(tag);
      },
      ontext(text) {
        if (script !== undefined) script += text;
      },
      onclosetag(name) {
        const tag = name.toLowerCase();
        if (tag === "script" && script !== undefined) {
          if (INJECTED.test(script)) found.push(`<script>${script.slice(0, 40)}`);
          script = undefined;
        }
        const i = open.lastIndexOf(tag);
        if (i >= 0) open.length = i;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  if (titles !== 1) found.push("not exactly one document <title>");
  return found;
}

describe("hostile text in every text field of the data", () => {
  it("keeps the data valid, and the site builds from it", async () => {
    expect(fields.length).toBeGreaterThan(30);
    expect((await loadRegency(folderSource(data))).ok).toBe(true);
  });

  it("is escaped on every page: no injected element, handler or javascript: address", async () => {
    const pages = sitePages(outDir);
    const found = await mapLimit(pages, 2, async (p) =>
      injections(readFileSync(join(outDir, p.file), "utf8")).map((f) => `${p.path}: ${f}`),
    );
    const all = [...new Set(found.flat())];
    expect(all.slice(0, 30), `${all.length} injections`).toEqual([]);
  }, 300_000);

  it("shows the hostile text as text (the test reached the pages)", () => {
    const pages = sitePages(outDir);
    const text = (f: string): string => parseHTML(readFileSync(join(outDir, f), "utf8")).document.body?.textContent ?? "";
    const home = pages.find((p) => p.kind === "home" && p.locale === "id")!;
    const kecamatan = pages.find((p) => p.kind === "kecamatan/*" && p.locale === "id")!;
    expect(text(home.file)).toContain("<script>alert(1)</script>");
    expect(text(kecamatan.file)).toMatch(
      /<script>alert\(1\)|<img src=x onerror=a\(\)>|"'><svg onload=alert\(1\)>|<\/title><script>alert\(/,
    );
    const title = parseHTML(readFileSync(join(outDir, kecamatan.file), "utf8")).document.title;
    expect(title).toMatch(/<|"/);
  });

  it("neutralises spreadsheet formulas in every CSV download, and keeps every JSON download valid", () => {
    const files = builtFiles(outDir);
    const csv = files.filter((f) => f.endsWith(".csv"));
    const bad: string[] = [];
    let neutralised = 0;
    for (const f of csv) {
      const rows = Papa.parse<string[]>(readFileSync(join(outDir, f), "utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
      rows.forEach((row, i) =>
        row.forEach((cell, j) => {
          if (/^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(cell))
            bad.push(`${f} line ${i + 1} cell ${j + 1}: ${JSON.stringify(cell.slice(0, 40))}`);
          if (FORMULAS.some((x) => cell.startsWith(`'${x}`))) neutralised++;
        }),
      );
    }
    expect(csv.length, "CSV downloads in the built site").toBeGreaterThan(0);
    expect(bad.slice(0, 20), `${bad.length} formula cells`).toEqual([]);
    expect(neutralised, "hostile formulas found, neutralised, in the downloads").toBeGreaterThan(0);
    const badJson = files
      .filter((f) => f.endsWith(".json") && !f.startsWith("pagefind/"))
      .filter((f) => {
        try {
          JSON.parse(readFileSync(join(outDir, f), "utf8"));
          return false;
        } catch {
          return true;
        }
      });
    expect(badJson).toEqual([]);
  });

  it("keeps script and handlers out of every standalone SVG download, which stays well-formed", () => {
    const svg = builtFiles(outDir).filter((f) => f.endsWith(".svg"));
    const bad: string[] = [];
    for (const f of svg) {
      const text = readFileSync(join(outDir, f), "utf8");
      // Raw "<" may only open a tag: in an attribute value or in text it must be escaped.
      const stray = /<[A-Za-z][\w:-]*(\s+[\w:-]+="[^"<]*")*\s+[\w:-]+="[^"]*</.exec(text);
      if (stray) bad.push(`${f}: raw "<" in an attribute at byte ${stray.index}`);
      const document = new DOMParser().parseFromString(text, "image/svg+xml");
      for (const el of document.querySelectorAll("*")) {
        if (el.tagName.toLowerCase() === "script") bad.push(`${f}: <script>`);
        for (const attr of el.attributes)
          if (/^on/i.test(attr.name) || (/href$/i.test(attr.name) && /^\s*javascript:/i.test(attr.value)))
            bad.push(`${f}: <${el.tagName} ${attr.name}>`);
      }
    }
    expect(svg.length).toBeGreaterThan(0);
    expect(bad.slice(0, 20), `${bad.length} problems`).toEqual([]);
  });

  it("keeps the quoted URL inside its href", () => {
    // Parse only the pages that mention the address at all.
    const hits = sitePages(outDir)
      .map((p) => readFileSync(join(outDir, p.file), "utf8"))
      .filter((html) => html.includes("x.example/?q="))
      .flatMap((html) => [...parseHTML(html).document.querySelectorAll("a[href]")].filter((a) => a.getAttribute("href") === QUOTED_URL));
    // The sources are listed on the methodology page and under figures.
    expect(hits.length).toBeGreaterThan(0);
  }, 300_000);
});

describe("javascript: addresses in the data", () => {
  it("are rejected by the data check (sources.csv url must be http or https)", async () => {
    const dir = join(inject("builds").root, "js-url");
    cpSync(DATA_DIR, dir, { recursive: true });
    const file = join(dir, "sources.csv");
    const rows = Papa.parse<Record<string, string>>(readFileSync(file, "utf8"), { header: true, skipEmptyLines: true });
    const first = rows.data.findIndex((r) => r.url);
    rows.data[first]!.url = "javascript:alert(1)";
    writeFileSync(
      file,
      `${Papa.unparse({ fields: rows.meta.fields!, data: rows.data.map((r) => rows.meta.fields!.map((h) => r[h] ?? "")) }, { newline: "\n" })}\n`,
    );
    const result = await loadRegency(folderSource(dir));
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(
      errors.some((e) => e.file === "sources.csv" && e.column === "url" && e.line === first + 2 && e.value === "javascript:alert(1)"),
    ).toBe(true);
  });
});

describe(`the hostile build served under ${SUB_PATH}`, () => {
  let server: Served;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveStatic(outDir, { base: SUB_PATH });
    browser = await workerBrowser();
  });
  afterAll(async () => {
    await releaseBrowser(browser);
    await server?.close();
  });

  it("writes every address of the site with the sub-path", () => {
    const origin = new URL(SUB_SITE_URL).origin;
    const outside: string[] = [];
    let inside = 0;
    for (const from of builtFiles(outDir).filter((f) => /\.(html|css|xml)$/.test(f)))
      for (const ref of references(outDir, from)) {
        const url = new URL(ref.url, `${origin}${SUB_PATH}${from}`);
        if (url.origin !== origin) continue;
        if (url.pathname.startsWith(SUB_PATH)) inside++;
        else outside.push(`${from}: "${ref.url}"`);
      }
    expect(inside).toBeGreaterThan(0);
    expect([...new Set(outside)].slice(0, 30)).toEqual([]);
  });

  it("writes canonical addresses from SITE_URL and the sub-path", () => {
    const home = readFileSync(join(outDir, "index.html"), "utf8");
    expect(home).toContain(`<link rel="canonical" href="${SUB_SITE_URL}${SUB_PATH}"`);
    const en = readFileSync(join(outDir, "en", "index.html"), "utf8");
    expect(en).toContain(`<link rel="canonical" href="${SUB_SITE_URL}${SUB_PATH}en/"`);
  });

  it("serves nothing outside the sub-path (the test host is strict)", async () => {
    expect((await fetch(`${server.origin}/`)).status).toBe(404);
    expect((await fetch(`${server.origin}${SUB_PATH}`)).status).toBe(200);
  });

  it("opens one page of every kind in Chromium: no failed request, no console error, and no dialog even with the CSP bypassed", async () => {
    // The policy is bypassed so that a dialog would show an escaping fault, not be stopped by the policy.
    const context = await browser.newContext({ bypassCSP: true });
    const sample = representatives(sitePages(outDir));
    const problems = await withTabs(context, sample, 2, async (page, p) => {
      const w = watchPage(page, server.origin);
      // The 404 page is asked for the way a reader meets it: at an address that does not exist.
      const path = p.kind === "404" ? `${p.locale === "en" ? "/en" : ""}/tidak-ada/` : p.path;
      const res = await page.goto(server.origin + SUB_PATH.slice(0, -1) + path, { waitUntil: "load" });
      // What the page fetches after its load event (the favicon) belongs to it too.
      await page.waitForLoadState("networkidle");
      w.stop();
      const expected = p.kind === "404" ? 404 : 200;
      return [
        ...(res?.status() === expected ? [] : [`HTTP ${res?.status()}`]),
        ...w.console.filter((c) => p.kind !== "404" || !/404/.test(c)),
        ...w.failed.filter((f) => p.kind !== "404" || !f.includes(path)),
        ...w.foreign,
        ...w.dialogs.map((d) => `dialog ${d}`),
      ].map((m) => `${p.path}: ${m}`);
    });
    await context.close();
    expect(new Set(sample.map((p) => p.kind)).size).toBeGreaterThan(5);
    expect(problems.flat()).toEqual([]);
  }, 180_000);

  it("finds pages with the search, at addresses under the sub-path", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const w = watchPage(page, server.origin);
    // Every page carries the hostile text, so the search finds it everywhere.
    await page.goto(`${server.origin}${SUB_PATH}cari/?q=${encodeURIComponent("alert")}`);
    await page.locator("main pagefind-results a[href]").first().waitFor({ timeout: SEARCH_WAIT });
    const hrefs = await page.locator("main pagefind-results a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    w.stop();
    await context.close();
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((h) => !h.startsWith(SUB_PATH))).toEqual([]);
    expect([...w.console, ...w.failed, ...w.foreign, ...w.dialogs]).toEqual([]);
  }, 120_000);
});
