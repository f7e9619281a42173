import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { selectAll, selectOne } from "css-select";
import type { AnyNode, Element } from "domhandler";
import { DomUtils, parseDocument } from "htmlparser2";
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
 *
 * The pages are read with htmlparser2 into its light DOM and queried with
 * css-select: a fifth of the time linkedom took over a thousand pages.
 */
const dir = inject("siteDir");
let model: Model;
beforeAll(async () => {
  model = await loadModel();
});

/**
 * One page: its parsed tree, its text (to cut an element's markup out of), its elements by id (the first of each), and
 * the ids that come again after their first element, once for every repeat.
 */
interface Page {
  root: AnyNode[];
  html: string;
  ids: Map<string, Element>;
  repeated: string[];
}
const parsed = new Map<string, Page>();
function doc(file: string): Page {
  let d = parsed.get(file);
  if (!d) {
    const html = readFileSync(join(dir, file), "utf8");
    const root = parseDocument(html, { withStartIndices: true, withEndIndices: true }).children;
    const ids = new Map<string, Element>();
    const repeated: string[] = [];
    for (const el of all("[id]", root))
      if (ids.has(el.attribs.id!)) repeated.push(el.attribs.id!);
      else ids.set(el.attribs.id!, el);
    parsed.set(file, (d = { root, html, ids, repeated }));
  }
  return d;
}
type Scope = Element | AnyNode[];
const one = (selector: string, scope: Scope): Element | null => selectOne<AnyNode, Element>(selector, scope);
const all = (selector: string, scope: Scope): Element[] => selectAll<AnyNode, Element>(selector, scope);
/** An attribute as the page wrote it (the parser lowercases attribute names: viewBox is viewbox). */
const attr = (el: Element | null | undefined, name: string): string | null => el?.attribs[name.toLowerCase()] ?? null;
const hasClass = (el: Element, name: string): boolean => (el.attribs.class ?? "").split(/\s+/).includes(name);
const markup = (page: Page, el: Element): string => page.html.slice(el.startIndex!, el.endIndex! + 1);
const inside = (outer: Element, el: Element): boolean => {
  for (let p: Element | null = el; p; p = p.parent as Element | null) if (p === outer) return true;
  return false;
};
const text = (el: Element | null | undefined): string => (el ? DomUtils.textContent(el) : "").replace(/\s+/g, " ").trim();
const pageFile = (locale: Locale, path: string): string => `${localePrefix(locale)}${path}index.html`;

const WORDS = {
  id: { source: "Sumber:", badge: "Data contoh", row: "data contoh" },
  en: { source: "Source:", badge: "Sample data", row: "sample data" },
} as const;

/** Everything wrong with one figure, in words; empty when it has all its parts. */
function problems(fig: Element, page: Page, locale: Locale): string[] {
  const out: string[] = [];
  const w = WORDS[locale];
  const byId = (id: string | null): Element | null => (id ? (page.ids.get(id) ?? null) : null);
  const heading = one("figcaption h1, figcaption h2, figcaption h3", fig);
  if (!heading || !text(heading)) out.push("no title heading in the figcaption");
  if (attr(fig, "aria-labelledby") !== attr(heading, "id")) out.push("the figure is not labelled by its title");
  // A figure with nothing to show says so in place of its chart, and needs no subtitle to read it by.
  const empty = one(".chart-empty", fig);
  if (!empty && !text(one(".chart-subtitle", fig))) out.push("no subtitle");
  const svg = one("svg", fig);
  if (!svg && !empty) out.push("neither an SVG nor a notice");
  if (svg) {
    if (!["img", "group"].includes(attr(svg, "role") ?? "")) out.push(`svg role is ${attr(svg, "role")}`);
    if (byId(attr(svg, "aria-labelledby")) !== heading) out.push("svg is not labelled by the figure title");
    const desc = byId(attr(svg, "aria-describedby"));
    if (!desc || !hasClass(desc, "chart-summary") || !inside(fig, desc)) out.push("svg is not described by the sentence");
    if (one("style", svg) || markup(page, svg).includes(' style="')) out.push("inline style in the svg");
    if (!attr(svg, "viewBox")) out.push("svg without viewBox");
  }
  if (!text(one("p.chart-summary", fig))) out.push("no sentence");
  if (empty) return out;
  if (!text(one(".chart-source", fig)).startsWith(w.source)) out.push(`no line beginning "${w.source}"`);
  const table = one("details table", fig);
  if (!table) out.push("no table in a <details>");
  else {
    if (!text(one("caption", table))) out.push("table without caption");
    if (!all("thead th[scope=col]", table).length) out.push("no column headers");
    if (all("tbody tr", table).some((tr) => !one("th[scope=row]", tr))) out.push("a row without a row header");
    const sampleRows = all("tbody tr.sample-row", table);
    if (sampleRows.length) {
      if (!text(one(".chart-sample", fig)).includes(w.badge)) out.push(`sample rows but no "${w.badge}" mark`);
      if (sampleRows.some((tr) => !text(tr).includes(w.row))) out.push(`a sample row without "${w.row}"`);
    }
  }
  for (const kind of ["csv", "svg", "png"]) {
    const a = one(`a[data-kind=${kind}]`, fig);
    if (!attr(a, "download")?.endsWith(`-${locale}.${kind}`)) out.push(`no ${kind} download`);
  }
  for (const kind of ["page", "embed", "cite"]) if (!one(`a[data-kind=${kind}]`, fig)) out.push(`no ${kind} link`);
  return out;
}

describe("every figure in the built site", () => {
  it("has its title, subtitle, accessible SVG, sentence, source line, table and links, and sample marks where sample rows are", () => {
    const wrong: string[] = [];
    let figures = 0;
    for (const page of sitePages(dir)) {
      const parsed = doc(page.file);
      for (const fig of all("figure.chart", parsed.root)) {
        figures++;
        for (const p of problems(fig, parsed, page.locale)) wrong.push(`${page.path} #${attr(fig, "id")}: ${p}`);
      }
    }
    expect(figures).toBeGreaterThan(2 * charts(model).length);
    expect(wrong.slice(0, 30)).toEqual([]);
  }, 300_000);

  it("keeps every id on a page unique, however many charts share it", () => {
    const dup: string[] = [];
    for (const page of sitePages(dir)) dup.push(...doc(page.file).repeated.map((id) => `${page.path} #${id}`));
    expect(dup.slice(0, 20)).toEqual([]);
  }, 300_000);

  it("keeps inline charts light: no SVG above 12 KB gzip", () => {
    const heavy: string[] = [];
    for (const locale of LOCALES)
      for (const e of charts(model)) {
        const page = doc(pageFile(locale, chartPath(e.id)));
        const svg = markup(page, one("figure.chart svg", page.root)!);
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
        const table = one("figure.chart details table", doc(pageFile(locale, chartPath(e.id))).root)!;
        const heads = all("thead th", table).map((th) => ({ label: text(th), numeric: hasClass(th, "num") }));
        const rows = all("tbody tr", table).map((tr) => tr.children.filter(DomUtils.isTag).map((c) => text(c)));
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
        expect(all("#kutip ~ div pre, section pre", d.root).length).toBeGreaterThanOrEqual(4);
        const snippet = text(d.ids.get("embed-code"));
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
    expect(text(doc(pageFile("id", chartPath(id))).ids.get("cite-id"))).toMatch(new RegExp(pattern));
  });

  it("show the figure alone on the embed page, frameable from another site, with a link back", () => {
    for (const locale of LOCALES)
      for (const e of charts(model)) {
        const d = doc(pageFile(locale, embedPath(e.id))).root;
        expect(all("figure.chart", d)).toHaveLength(1);
        expect(one("header, nav, footer", d)).toBeNull();
        const metas = all("meta[http-equiv]", d).map((m) => `${attr(m, "http-equiv")}: ${attr(m, "content")}`.toLowerCase());
        expect(metas.some((m) => m.startsWith("x-frame-options") || m.includes("frame-ancestors"))).toBe(false);
        expect(one(`.embed-more a[href$="${chartPath(e.id)}"]`, d)).not.toBeNull();
      }
  });
});
