import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser, parseHTML } from "linkedom";
import Papa from "papaparse";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { folderSource, loadRegency } from "../../src/lib/data/index.ts";
import { launchBrowser, mapLimit, watchPage } from "../helpers/browser.ts";
import { ROOT } from "../helpers/fixtures.ts";
import { FORMULAS, hostileData, QUOTED_URL } from "../helpers/hostile-data.ts";
import { builtFiles } from "../helpers/links.ts";
import { representatives, sitePages } from "../helpers/site-pages.ts";
import { serveStatic } from "../helpers/static-server.ts";
import { buildInto, tempDir } from "../helpers/temp-build.ts";

/**
 * Hostile text in the data: <script>, <img onerror>, attribute and </title>
 * breakouts, javascript: links and spreadsheet formulas go through every free
 * text field of a copy of the bundled data (test/helpers/hostile-data.ts), the
 * site is built from it, and:
 * - no injected element, event-handler attribute or javascript: address appears
 *   in any page's DOM, while the hostile text does appear, as text;
 * - pages opened in Chromium with the Content-Security-Policy bypassed (so this
 *   tests the escaping, not the policy) open no dialog;
 * - every CSV download neutralises cells that a spreadsheet would run as a
 *   formula (a leading '), and every JSON download still parses;
 * - the data check rejects a javascript: URL in sources.csv.
 */
const root = tempDir("hostile");
const dataDir = join(root, "data");
const outDir = join(root, "site");
let fields: string[] = [];
let built: { ok: boolean; output: string } = { ok: false, output: "not built" };

beforeAll(async () => {
  fields = hostileData(join(ROOT, "data"), dataDir).fields;
  built = await buildInto(outDir, { DATA_DIR: dataDir });
}, 600_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const INJECTED = /alert\(/;

/** What an unescaped payload would have created in a page. */
function injections(html: string): string[] {
  const { document } = parseHTML(html);
  const found: string[] = [];
  for (const el of document.querySelectorAll("*")) {
    const tag = el.tagName.toLowerCase();
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on")) found.push(`<${tag} ${name}>`);
      if (["href", "src", "action", "xlink:href", "formaction"].includes(name) && /^\s*javascript:/i.test(attr.value)) found.push(`<${tag} ${name}="${attr.value}">`);
    }
    if (tag === "script" && INJECTED.test(el.textContent ?? "")) found.push(`<script>${(el.textContent ?? "").slice(0, 40)}`);
    if (tag === "img" && el.getAttribute("src") === "x") found.push("<img src=x>");
    if (tag === "title" && el.parentElement?.tagName.toLowerCase() !== "head" && !el.closest("svg")) found.push("<title> outside <head>");
  }
  if (document.querySelectorAll("title").length - document.querySelectorAll("svg title").length !== 1) found.push("not exactly one document <title>");
  return found;
}

describe("hostile text in every text field of the data", () => {
  it("keeps the data valid, and the site builds from it", () => {
    expect(fields.length).toBeGreaterThan(30);
    expect(built.ok, built.output.slice(-3000)).toBe(true);
  });

  it("is escaped on every page: no injected element, handler or javascript: address", async () => {
    expect(built.ok).toBe(true);
    const pages = sitePages(outDir);
    const found = await mapLimit(pages, 2, async (p) => injections(readFileSync(join(outDir, p.file), "utf8")).map((f) => `${p.path}: ${f}`));
    const all = [...new Set(found.flat())];
    expect(all.slice(0, 30), `${all.length} injections`).toEqual([]);
  }, 300_000);

  it("shows the hostile text as text (the test reached the pages)", () => {
    expect(built.ok).toBe(true);
    const pages = sitePages(outDir);
    const text = (f: string): string => parseHTML(readFileSync(join(outDir, f), "utf8")).document.body?.textContent ?? "";
    const home = pages.find((p) => p.kind === "home" && p.locale === "id")!;
    const kecamatan = pages.find((p) => p.kind === "kecamatan/*" && p.locale === "id")!;
    expect(text(home.file)).toContain("<script>alert(1)</script>");
    expect(text(kecamatan.file)).toMatch(/<script>alert\(1\)|<img src=x onerror=a\(\)>|"'><svg onload=alert\(1\)>|<\/title><script>alert\(/);
    const title = parseHTML(readFileSync(join(outDir, kecamatan.file), "utf8")).document.title;
    expect(title).toMatch(/<|"/);
  });

  it("opens no dialog in Chromium, even with the Content-Security-Policy bypassed", async () => {
    expect(built.ok).toBe(true);
    const server = await serveStatic(outDir);
    let browser: Browser | undefined;
    try {
      browser = await launchBrowser();
      const context = await browser.newContext({ bypassCSP: true });
      const sample = representatives(sitePages(outDir));
      const dialogs = await mapLimit(sample, 3, async (p) => {
        const page = await context.newPage();
        const w = watchPage(page, server.origin);
        await page.goto(server.origin + p.path, { waitUntil: "load" });
        await page.waitForTimeout(100);
        await page.close();
        return w.dialogs.map((d) => `${p.path}: ${d}`);
      });
      expect(sample.length).toBeGreaterThan(2);
      expect(dialogs.flat()).toEqual([]);
    } finally {
      await browser?.close();
      await server.close();
    }
  }, 180_000);

  it("neutralises spreadsheet formulas in every CSV download, and keeps every JSON download valid", () => {
    expect(built.ok).toBe(true);
    const files = builtFiles(outDir);
    const csv = files.filter((f) => f.endsWith(".csv"));
    const bad: string[] = [];
    let neutralised = 0;
    for (const f of csv) {
      const rows = Papa.parse<string[]>(readFileSync(join(outDir, f), "utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
      rows.forEach((row, i) =>
        row.forEach((cell, j) => {
          if (/^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(cell)) bad.push(`${f} line ${i + 1} cell ${j + 1}: ${JSON.stringify(cell.slice(0, 40))}`);
          if (FORMULAS.some((x) => cell.startsWith(`'${x}`))) neutralised++;
        }),
      );
    }
    expect(csv.length, "CSV downloads in the built site").toBeGreaterThan(0);
    expect(bad.slice(0, 20), `${bad.length} formula cells`).toEqual([]);
    expect(neutralised, "hostile formulas found, neutralised, in the downloads").toBeGreaterThan(0);
    const badJson = files.filter((f) => f.endsWith(".json") && !f.startsWith("pagefind/")).filter((f) => {
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
    expect(built.ok).toBe(true);
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
          if (/^on/i.test(attr.name) || (/href$/i.test(attr.name) && /^\s*javascript:/i.test(attr.value))) bad.push(`${f}: <${el.tagName} ${attr.name}>`);
      }
    }
    expect(svg.length).toBeGreaterThan(0);
    expect(bad.slice(0, 20), `${bad.length} problems`).toEqual([]);
  });

  it("keeps the quoted URL inside its href", () => {
    expect(built.ok).toBe(true);
    // Parse only the pages that mention the address at all.
    const hits = sitePages(outDir)
      .map((p) => readFileSync(join(outDir, p.file), "utf8"))
      .filter((html) => html.includes("x.example/?q="))
      .flatMap((html) => [...parseHTML(html).document.querySelectorAll("a[href]")].filter((a) => a.getAttribute("href") === QUOTED_URL));
    // The sources are listed on the methodology page and under figures.
    expect(hits.length).toBeGreaterThan(0);
  });
});

describe("javascript: addresses in the data", () => {
  it("are rejected by the data check (sources.csv url must be http or https)", async () => {
    const dir = join(root, "js-url");
    cpSync(join(ROOT, "data"), dir, { recursive: true });
    const file = join(dir, "sources.csv");
    const rows = Papa.parse<Record<string, string>>(readFileSync(file, "utf8"), { header: true, skipEmptyLines: true });
    const first = rows.data.findIndex((r) => r.url);
    rows.data[first]!.url = "javascript:alert(1)";
    writeFileSync(file, `${Papa.unparse({ fields: rows.meta.fields!, data: rows.data.map((r) => rows.meta.fields!.map((h) => r[h] ?? "")) }, { newline: "\n" })}\n`);
    const result = await loadRegency(folderSource(dir));
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors.some((e) => e.file === "sources.csv" && e.column === "url" && e.line === first + 2 && e.value === "javascript:alert(1)")).toBe(true);
  });
});
