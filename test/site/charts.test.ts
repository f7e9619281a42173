import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import Papa from "papaparse";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { charts, chartState } from "../../src/lib/charts/catalog.ts";
import { citations } from "../../src/lib/charts/citation.ts";
import { chartPath, embedPath, fileName, filePath } from "../../src/lib/charts/files.ts";
import { chartId } from "../../src/lib/charts/ids.ts";
import type { Model } from "../../src/lib/data/index.ts";
import { LOCALES, type Locale } from "../../src/lib/data/types.ts";
import { localePrefix } from "../../src/lib/routing/paths.ts";
import { loadModel } from "../helpers/data-model.ts";
import { sitePages } from "../helpers/site-pages.ts";

/**
 * The charts of the built site, with what to expect taken from the data's
 * model: every figure on every page has all its parts; every chart of the
 * catalogue has its page, embed page and files in both languages; each CSV
 * holds the numbers of its figure's table; sample data is marked wherever it
 * is shown. (One h1 per page, chart pages included: pages.test.ts.)
 */
const dir = inject("siteDir");
let model: Model;
beforeAll(async () => {
  model = await loadModel();
});

const parsed = new Map<string, Document>();
function doc(file: string): Document {
  let d = parsed.get(file);
  if (!d) parsed.set(file, (d = parseHTML(readFileSync(join(dir, file), "utf8")).document as unknown as Document));
  return d;
}
const text = (el: Element | null | undefined): string => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
const pageFile = (locale: Locale, path: string): string => `${localePrefix(locale)}${path}index.html`;

const WORDS = {
  id: { source: "Sumber:", badge: "Data contoh", row: "data contoh" },
  en: { source: "Source:", badge: "Sample data", row: "sample data" },
} as const;

/** Everything wrong with one figure, in words; empty when it has all its parts. */
function problems(fig: Element, document: Document, locale: Locale): string[] {
  const out: string[] = [];
  const w = WORDS[locale];
  const byId = (id: string | null): Element | null => (id ? document.getElementById(id) : null);
  const heading = fig.querySelector("figcaption h1, figcaption h2, figcaption h3");
  if (!heading || !text(heading)) out.push("no title heading in the figcaption");
  if (fig.getAttribute("aria-labelledby") !== heading?.id) out.push("the figure is not labelled by its title");
  // A figure with nothing to show says so in place of its chart, and needs no subtitle to read it by.
  if (!fig.querySelector(".chart-empty") && !text(fig.querySelector(".chart-subtitle"))) out.push("no subtitle");
  const empty = fig.querySelector(".chart-empty");
  const svg = fig.querySelector("svg");
  if (!svg && !empty) out.push("neither an SVG nor a notice");
  if (svg) {
    if (!["img", "group"].includes(svg.getAttribute("role") ?? "")) out.push(`svg role is ${svg.getAttribute("role")}`);
    if (byId(svg.getAttribute("aria-labelledby")) !== heading) out.push("svg is not labelled by the figure title");
    const desc = byId(svg.getAttribute("aria-describedby"));
    if (!desc || !desc.classList.contains("chart-summary") || !fig.contains(desc)) out.push("svg is not described by the sentence");
    if (svg.querySelector("style") || svg.outerHTML.includes(' style="')) out.push("inline style in the svg");
    if (!svg.getAttribute("viewBox")) out.push("svg without viewBox");
  }
  if (!text(fig.querySelector("p.chart-summary"))) out.push("no sentence");
  if (empty) return out;
  if (!text(fig.querySelector(".chart-source")).startsWith(w.source)) out.push(`no line beginning "${w.source}"`);
  const table = fig.querySelector("details table");
  if (!table) out.push("no table in a <details>");
  else {
    if (!text(table.querySelector("caption"))) out.push("table without caption");
    if (!table.querySelectorAll("thead th[scope=col]").length) out.push("no column headers");
    if ([...table.querySelectorAll("tbody tr")].some((tr) => !tr.querySelector("th[scope=row]"))) out.push("a row without a row header");
    const sampleRows = [...table.querySelectorAll("tbody tr.sample-row")];
    if (sampleRows.length) {
      if (!text(fig.querySelector(".chart-sample")).includes(w.badge)) out.push(`sample rows but no "${w.badge}" mark`);
      if (sampleRows.some((tr) => !text(tr).includes(w.row))) out.push(`a sample row without "${w.row}"`);
    }
  }
  for (const kind of ["csv", "svg", "png"]) {
    const a = fig.querySelector(`a[data-kind=${kind}]`);
    if (!a?.getAttribute("download")?.endsWith(`-${locale}.${kind}`)) out.push(`no ${kind} download`);
  }
  for (const kind of ["page", "embed", "cite"]) if (!fig.querySelector(`a[data-kind=${kind}]`)) out.push(`no ${kind} link`);
  return out;
}

describe("every figure in the built site", () => {
  it("has its title, subtitle, accessible SVG, sentence, source line, table and links, and sample marks where sample rows are", () => {
    const wrong: string[] = [];
    let figures = 0;
    for (const page of sitePages(dir)) {
      const document = doc(page.file);
      for (const fig of document.querySelectorAll("figure.chart")) {
        figures++;
        for (const p of problems(fig, document, page.locale)) wrong.push(`${page.path} #${fig.id}: ${p}`);
      }
    }
    expect(figures).toBeGreaterThan(2 * charts(model).length);
    expect(wrong.slice(0, 30)).toEqual([]);
  }, 300_000);

  it("keeps every id on a page unique, however many charts share it", () => {
    const dup: string[] = [];
    for (const page of sitePages(dir)) {
      const ids = [...doc(page.file).querySelectorAll("[id]")].map((e) => e.id);
      const seen = new Set<string>();
      for (const id of ids)
        if (seen.has(id)) dup.push(`${page.path} #${id}`);
        else seen.add(id);
    }
    expect(dup.slice(0, 20)).toEqual([]);
  }, 300_000);

  it("keeps inline charts light: no SVG above 12 KB gzip", () => {
    const heavy: string[] = [];
    for (const locale of LOCALES)
      for (const e of charts(model)) {
        const svg = doc(pageFile(locale, chartPath(e.id))).querySelector("figure.chart svg")!.outerHTML;
        const kb = gzipSync(svg).length / 1024;
        if (kb > 12) heavy.push(`${e.id}: ${kb.toFixed(1)} KB`);
      }
    expect(heavy).toEqual([]);
  });
});

describe("every chart of the catalogue", () => {
  it("has its page, embed page, CSV, SVG and PNG in both languages", () => {
    const missing: string[] = [];
    for (const locale of LOCALES)
      for (const e of charts(model)) {
        for (const p of [pageFile(locale, chartPath(e.id)), pageFile(locale, embedPath(e.id))])
          if (!existsSync(join(dir, p))) missing.push(p);
        for (const kind of ["csv", "svg", "png"] as const) {
          const f = `${localePrefix(locale)}${filePath(e.id, locale, kind)}`;
          if (!existsSync(join(dir, f))) missing.push(f);
        }
      }
    expect(missing).toEqual([]);
  });

  it("has files that are what they say: a BOM'd CSV, a standalone SVG with title and source, a PNG", () => {
    for (const locale of LOCALES)
      for (const e of charts(model).filter((_, i) => i % 15 === 0)) {
        const base = join(dir, `${localePrefix(locale)}${chartPath(e.id)}`);
        expect(readFileSync(join(base, fileName(e.id, locale, "csv")), "utf8").startsWith("\ufeff")).toBe(true);
        const svg = readFileSync(join(base, fileName(e.id, locale, "svg")), "utf8");
        expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
        expect(svg).toContain(`<title id="t">`);
        expect(svg).toContain(`>${WORDS[locale].source}`);
        expect(svg).not.toMatch(/var\(--|currentColor/);
        expect([...readFileSync(join(base, fileName(e.id, locale, "png"))).subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
      }
  });

  it("offers a CSV with the same rows and numbers as its figure's table", () => {
    const wrong: string[] = [];
    const parseCell = (s: string, locale: Locale): number =>
      Number(locale === "id" ? s.replace(/\./g, "").replace(",", ".") : s.replace(/,/g, ""));
    for (const locale of LOCALES)
      for (const e of charts(model)) {
        const table = doc(pageFile(locale, chartPath(e.id))).querySelector("figure.chart details table")!;
        const heads = [...table.querySelectorAll("thead th")].map((th) => ({ label: text(th), numeric: th.classList.contains("num") }));
        const rows = [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => text(c)));
        const csvText = readFileSync(join(dir, `${localePrefix(locale)}${filePath(e.id, locale, "csv")}`), "utf8").slice(1);
        const csv = Papa.parse<string[]>(csvText.trimEnd(), { delimiter: "," }).data;
        const [header, ...body] = csv;
        if (body.length !== rows.length) {
          wrong.push(`${locale} ${e.id}: ${body.length} CSV rows, ${rows.length} table rows`);
          continue;
        }
        heads.forEach((h, c) => {
          const k = header!.indexOf(h.label);
          if (k < 0) return void wrong.push(`${locale} ${e.id}: no CSV column "${h.label}"`);
          rows.forEach((r, i) => {
            const cell = r[c] ?? "";
            const value = body[i]![k] ?? "";
            const same = h.numeric
              ? cell === ""
                ? value === ""
                : Math.abs(parseCell(cell, locale) - Number(value)) < 1e-9
              : value.replace(/^'/, "") === cell;
            if (!same) wrong.push(`${locale} ${e.id} row ${i + 1} "${h.label}": table "${cell}", CSV "${value}"`);
          });
        });
      }
    expect(wrong.slice(0, 20)).toEqual([]);
  }, 300_000);
});

describe("chart pages and embed pages", () => {
  it("give the citation in three styles, the embed code and the downloads", () => {
    for (const locale of LOCALES)
      for (const e of charts(model)) {
        const d = doc(pageFile(locale, chartPath(e.id)));
        expect(d.querySelectorAll("#kutip ~ div pre, section pre").length).toBeGreaterThanOrEqual(4);
        const snippet = text(d.getElementById("embed-code"));
        expect(snippet).toMatch(
          /^<iframe src="https?:\/\/[^"]+\/grafik\/[^"]+\/embed\/" title="[^"]+" width="100%" height="\d+" loading="lazy"/,
        );
      }
  });

  it("names the primary data producer and the sources quoted in the Indonesian citation (the headline chart, or the first with data)", () => {
    const headline = chartId.trend(model.settings.headline.indicator);
    const id = [headline, ...charts(model).map((e) => e.id)].find((c) => chartState(model, c, "id").sources.length > 0)!;
    const state = chartState(model, id, "id");
    // The citation the catalogue gives, with the address and the build date left open.
    const [before, after] = citations(model, state, "URL", "2000-01-01").indonesian.split("URL") as [string, string];
    const escape = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const pattern = `^${escape(before).replace("2000", "\\d{4}")}https?://\\S+/grafik/${id}/${escape(after).replace(escape("1 Januari 2000"), "\\d+ \\w+ \\d{4}")}$`;
    expect(state.sources.length).toBeGreaterThan(0);
    expect(after).toContain("Data: ");
    expect(text(doc(pageFile("id", chartPath(id))).getElementById("cite-id"))).toMatch(new RegExp(pattern));
  });

  it("show the figure alone on the embed page, frameable from another site, with a link back", () => {
    for (const locale of LOCALES)
      for (const e of charts(model)) {
        const d = doc(pageFile(locale, embedPath(e.id)));
        expect(d.querySelectorAll("figure.chart")).toHaveLength(1);
        expect(d.querySelector("header, nav, footer")).toBeNull();
        const metas = [...d.querySelectorAll("meta[http-equiv]")].map((m) =>
          `${m.getAttribute("http-equiv")}: ${m.getAttribute("content")}`.toLowerCase(),
        );
        expect(metas.some((m) => m.startsWith("x-frame-options") || m.includes("frame-ancestors"))).toBe(false);
        expect(d.querySelector(`.embed-more a[href$="${chartPath(e.id)}"]`)).not.toBeNull();
      }
  });
});
