import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, matchesGlob } from "node:path";
import { parseHTML } from "linkedom";
import Papa from "papaparse";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Model } from "../../src/lib/data/index.ts";
import { LOCALES, type Locale } from "../../src/lib/data/types.ts";
import { feedPath, fileHref, href, localePrefix, ogImagePath, pageUrl, pathOf, searchGlob } from "../../src/lib/routing/paths.ts";
import { pageRoutes, type PageRoute } from "../../src/lib/routing/routes.ts";
import { homeView } from "../../src/lib/site/views/home.ts";
import { PICKER_LIMIT } from "../../src/lib/site/views/frame.ts";
import { formatRupiahShort, formatValue } from "../../src/lib/format.ts";
import { actionTotals } from "../../src/lib/site/views/actions.ts";
import { useTranslations } from "../../src/i18n/index.ts";
import { loadModel } from "../helpers/data-model.ts";
import { DATA_DIR } from "../helpers/site-builds.ts";
import { sitePages } from "../helpers/site-pages.ts";

/**
 * Static checks of the built pages (parsed with linkedom), with what to expect
 * derived from the data folder's model: every page of the routes built in
 * both languages, with a title and a description; every HTML page of the
 * build with exactly one h1; canonical address, alternates and language
 * switch; the kecamatan picker on every page; the sitemap, the downloads and
 * the preview images. The test build uses the default SITE_URL and BASE_PATH,
 * like `npm run build` without them. (Where links lead: links.test.ts.)
 */
const dir = inject("siteDir");
const SITE = "http://localhost:4321";
const BASE = "/";

let model: Model;
beforeAll(async () => {
  model = await loadModel();
});

interface Built {
  route: PageRoute;
  locale: Locale;
  document: Document;
  file: string;
}
const docs = new Map<string, Built>();
/** Every page route in both languages, parsed once. */
function pages(): Built[] {
  if (!docs.size)
    for (const route of pageRoutes(model))
      for (const locale of LOCALES) {
        const file = `${localePrefix(locale)}${route.path}index.html`;
        const { document } = parseHTML(readFileSync(join(dir, file), "utf8"));
        docs.set(file, { route, locale, document: document as unknown as Document, file });
      }
  return [...docs.values()];
}
const other = (l: Locale): Locale => (l === "id" ? "en" : "id");

/** The file a site-internal address is served from, or undefined for addresses outside the site. */
function fileFor(url: string): string | undefined {
  const u = new URL(url, `${SITE}${BASE}`);
  if (u.origin !== new URL(SITE).origin || !u.pathname.startsWith(BASE)) return undefined;
  const rest = decodeURIComponent(u.pathname.slice(BASE.length));
  return rest === "" || rest.endsWith("/") ? `${rest}index.html` : rest;
}

describe("every page", () => {
  it("is built in both languages, for every route of the model", () => {
    const missing = pageRoutes(model)
      .flatMap((r) => LOCALES.map((l) => `${localePrefix(l)}${r.path}index.html`))
      .filter((f) => !existsSync(join(dir, f)));
    expect(pageRoutes(model).filter((r) => r.kind === "kecamatan")).toHaveLength(model.kecamatan.length);
    expect(missing).toEqual([]);
  });

  it("has a title and a meta description, in its language", () => {
    const bad = pages().flatMap(({ file, document, locale }) => {
      const problems: string[] = [];
      if (!document.title.trim()) problems.push("no title");
      if (!document.querySelector('meta[name="description"]')?.getAttribute("content")?.trim()) problems.push("no description");
      if (document.documentElement.getAttribute("lang") !== locale) problems.push(`lang=${document.documentElement.getAttribute("lang")}`);
      return problems.map((p) => `${file}: ${p}`);
    });
    expect(bad).toEqual([]);
  });

  it("names its canonical address, both language versions and the feed of releases in its language", () => {
    const bad = pages().flatMap(({ file, document, route, locale }) => {
      const link = (sel: string) => document.querySelector(sel)?.getAttribute("href");
      const want: [string, string][] = [
        ['link[rel="canonical"]', pageUrl(locale, route.path, SITE, BASE)],
        ['link[rel="alternate"][hreflang="id"]', pageUrl("id", route.path, SITE, BASE)],
        ['link[rel="alternate"][hreflang="en"]', pageUrl("en", route.path, SITE, BASE)],
        ['link[rel="alternate"][hreflang="x-default"]', pageUrl("id", route.path, SITE, BASE)],
        ['meta[property="og:url"]', pageUrl(locale, route.path, SITE, BASE)],
        ['link[rel="alternate"][type="application/atom+xml"]', fileHref(feedPath(locale), BASE)],
      ];
      return want.flatMap(([sel, url]) => {
        const got = sel.startsWith("meta") ? document.querySelector(sel)?.getAttribute("content") : link(sel);
        return got === url ? [] : [`${file}: ${sel} is ${got}, not ${url}`];
      });
    });
    expect(bad).toEqual([]);
  });

  it("has a language switch that leads to the same page in the other language", () => {
    const bad = pages().flatMap(({ file, document, route, locale }) => {
      const link = document.querySelector(`header a[hreflang="${other(locale)}"]`);
      const target = href(other(locale), route.path, BASE);
      if (link?.getAttribute("href") !== target) return [`${file}: switch goes to ${link?.getAttribute("href")}, not ${target}`];
      const there = fileFor(target)!;
      return existsSync(join(dir, there)) ? [] : [`${file}: ${there} was not built`];
    });
    expect(bad).toEqual([]);
  });

  it("has a kecamatan picker that works without JavaScript and lists all of them (or links to their index)", () => {
    const many = model.kecamatan.length > PICKER_LIMIT;
    const bad = pages().flatMap(({ file, document, locale }) => {
      if (many) {
        const link = document.querySelector("header p.picker a")?.getAttribute("href");
        const index = href(locale, pathOf("kecamatan-index"), BASE);
        return link === index ? [] : [`${file}: picker links to ${link}, not ${index}`];
      }
      const picker = document.querySelector("header details.picker");
      if (!picker?.querySelector("summary")) return [`${file}: no <details> picker with a summary`];
      const links = [...picker.querySelectorAll("a")].map((a) => a.getAttribute("href"));
      const want = model.kecamatan.map((k) => href(locale, pathOf("kecamatan", k.slug), BASE)).sort();
      return JSON.stringify([...links].sort()) === JSON.stringify(want) ? [] : [`${file}: picker links ${links.length} of ${want.length}`];
    });
    expect(model.kecamatan.length).toBeGreaterThan(0);
    expect(bad).toEqual([]);
  });

  it("marks its content for search, except the search page itself", () => {
    const bad = pages().flatMap(({ file, document, route }) => {
      const indexed = document.querySelector("main")?.hasAttribute("data-pagefind-body");
      return indexed === (route.kind !== "search") ? [] : [`${file}: data-pagefind-body ${indexed ? "present" : "missing"}`];
    });
    expect(bad).toEqual([]);
  });

  it("hands Pagefind exactly the pages marked for search, of every kind (searchGlob)", () => {
    const glob = searchGlob(LOCALES);
    const bad = sitePages(dir).flatMap(({ file }) => {
      const marked = readFileSync(join(dir, file), "utf8").includes("data-pagefind-body");
      return matchesGlob(file, glob) === marked ? [] : [`${file}: ${marked ? "marked but not read" : "read but not marked"}`];
    });
    expect(bad).toEqual([]);
  });

  it("has a 1200 × 630 PNG preview image of its own", () => {
    const size = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];
    const bad = pages().flatMap(({ file, document, route, locale }) => {
      const image = document.querySelector('meta[property="og:image"]')?.getAttribute("content");
      const want = new URL(`${BASE}${ogImagePath(locale, route.path)}`, SITE).href;
      if (image !== want) return [`${file}: og:image ${image}, not ${want}`];
      const png = readFileSync(join(dir, fileFor(image)!));
      return png.subarray(1, 4).toString() === "PNG" && size(png).join("x") === "1200x630"
        ? []
        : [`${file}: ${fileFor(image)} is not a 1200x630 PNG`];
    });
    expect(bad).toEqual([]);
  });
});

describe("every HTML file of the build, chart pages included", () => {
  it("has exactly one h1; on a chart page or embed page, the chart's title", () => {
    const bad: string[] = [];
    // Read with a regular expression from the compressed output Astro writes (parsing every page takes long).
    for (const p of sitePages(dir)) {
      const h1 = [...readFileSync(join(dir, p.file), "utf8").matchAll(/<h1\b([^>]*)>/g)];
      if (h1.length !== 1) bad.push(`${p.file}: ${h1.length} h1`);
      else if (["grafik/*", "embed"].includes(p.kind) && !/\sclass="([^"]*\s)?chart-title[\s"]/.test(h1[0]![1]!))
        bad.push(`${p.file}: the h1 is not the chart's title`);
    }
    expect(bad).toEqual([]);
  });

  it("has a preview image that exists", () => {
    const missing: string[] = [];
    const walk = (d: string): void => {
      for (const e of readdirSync(join(dir, d), { withFileTypes: true })) {
        const rel = d ? `${d}/${e.name}` : e.name;
        if (e.isDirectory() && rel !== "pagefind") walk(rel);
        else if (e.name.endsWith(".html")) {
          const m = /<meta property="og:image" content="([^"]+)"/.exec(readFileSync(join(dir, rel), "utf8"));
          if (m && !existsSync(join(dir, fileFor(m[1]!)!))) missing.push(`${rel} -> ${m[1]}`);
        }
      }
    };
    walk("");
    expect(missing.slice(0, 20)).toEqual([]);
  });
});

describe("home page", () => {
  it("states the latest headline figure in words, from the data, or says there is none yet", () => {
    const { indicator, period } = model.settings.headline;
    const ind = model.indicatorById[indicator];
    const last = model.observations
      .filter((o) => o.indicator === indicator && o.area === model.regency.code && o.period.id === period)
      .sort((a, b) => a.year - b.year)
      .at(-1);
    pages();
    for (const l of LOCALES) {
      const text = docs
        .get(`${localePrefix(l)}index.html`)!
        .document.querySelector("main")!
        .textContent!.replace(/\s+/g, " ");
      const view = homeView(model, l);
      if (!last || !ind) {
        expect(view.figure).toBeUndefined();
        expect(text).toContain(useTranslations(l)("nodata"));
        continue;
      }
      // The figure in large type is the latest value of the series, in the page's language, and the sentences under it are on the page.
      expect(view.figure!.value).toBe(formatValue(last.value, ind, l));
      expect(text).toContain(view.figure!.value.replace(/\s+/g, " "));
      for (const sentence of view.headline) expect(text).toContain(sentence.replace(/\s+/g, " "));
    }
  });

  it("links every kecamatan in a plain list as well as on the map", () => {
    pages();
    const { document } = docs.get("index.html")!;
    const hrefs = new Set([...document.querySelectorAll("main ul a")].map((a) => a.getAttribute("href")));
    for (const k of model.kecamatan) expect(hrefs, k.slug).toContain(href("id", pathOf("kecamatan", k.slug), BASE));
  });
});

describe("kecamatan pages", () => {
  // Each rank and value against the comparison module, on every kecamatan and indicator page: one-truth.test.ts;
  // the comparison phrase of each indicator: the kecamatan view (test/lib/site/views.test.ts).
  it("name a kecamatan's other names (old names) in both languages, for search", () => {
    pages();
    const named = model.kecamatan.filter((k) => k.altNames.length);
    const missing = named.flatMap((k) =>
      LOCALES.flatMap((l) => {
        const text = docs.get(`${localePrefix(l)}kecamatan/${k.slug}/index.html`)!.document.querySelector("main")!.textContent!;
        return k.altNames.filter((a) => !text.includes(a)).map((a) => `${l} ${k.slug}: ${a}`);
      }),
    );
    expect(missing).toEqual([]);
  });

  it("link to their neighbours, each of which links back", () => {
    pages();
    const neighbours = (slug: string) => {
      const h2 = [...docs.get(`kecamatan/${slug}/index.html`)!.document.querySelectorAll("h2")].find(
        (h) => h.textContent === "Kecamatan tetangga",
      )!;
      return [...h2.parentElement!.querySelectorAll("ul a")].map((a) => a.getAttribute("href")!.split("/").at(-2)!);
    };
    for (const k of model.kecamatan) {
      const list = neighbours(k.slug);
      expect(list.length, k.slug).toBeGreaterThan(0);
      for (const n of list) expect(neighbours(n), `${n} -> ${k.slug}`).toContain(k.slug);
    }
  });
});

describe("plan year pages", () => {
  // The model's split of the years and the views' totals: test/data/plan-years.test.ts; here, that the pages show them.
  it("show each year's actions and totals alone, in both languages", () => {
    pages();
    const problems: string[] = [];
    for (const plan of model.plans)
      for (const locale of LOCALES) {
        const file = `${localePrefix(locale)}${pathOf("plan", String(plan.year))}index.html`;
        const { document } = docs.get(file)!;
        const ids = [...document.querySelectorAll("#tabel-kegiatan tbody tr")].map((tr) => tr.id);
        const want = plan.actions.map((a) => a.id).sort();
        if (JSON.stringify(ids) !== JSON.stringify(want)) problems.push(`${file}: activities ${ids.join(" ")}, want ${want.join(" ")}`);
        const budget = formatRupiahShort(actionTotals(plan.actions).budget, locale);
        for (const table of ["#rencana-strategi", "#rencana-opd"]) {
          const total = document.querySelectorAll(`${table} tfoot td`)[1]?.textContent;
          if (total !== budget) problems.push(`${file} ${table}: total ${total}, want ${budget}`);
        }
      }
    expect(problems).toEqual([]);
  });

  it("are linked, every year and the index, from the pages of the current plan and the data page", () => {
    pages();
    const want = [...model.plans.map((p) => pathOf("plan", String(p.year))), pathOf("plan-index")].map((p) => href("id", p, BASE));
    const current = [
      pathOf("home"),
      pathOf("strategy", model.strategies[0]!.id),
      pathOf("kecamatan", model.kecamatan[0]!.slug),
      pathOf("agency-index"),
    ];
    for (const file of [...current, pathOf("data")].map((p) => `${p}index.html`)) {
      const links = [...docs.get(file)!.document.querySelectorAll("nav.plan-years a")].map((a) => a.getAttribute("href"));
      expect(links, file).toEqual(model.plans.length || file === `${pathOf("data")}index.html` ? want : []);
    }
  });
});

describe("sitemap and robots.txt", () => {
  it("lists every page in both languages with its alternates", () => {
    const xml = readFileSync(join(dir, "sitemap.xml"), "utf8");
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    for (const r of pageRoutes(model)) for (const l of LOCALES) expect(locs).toContain(pageUrl(l, r.path, SITE, BASE));
    const k = pathOf("kecamatan", model.kecamatan[0]!.slug);
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${pageUrl("en", k, SITE, BASE)}"/>`);
    for (const loc of locs) expect(existsSync(join(dir, fileFor(loc!)!)), loc).toBe(true);
  });

  it("points robots.txt at the sitemap", () => {
    expect(readFileSync(join(dir, "robots.txt"), "utf8")).toContain(`Sitemap: ${new URL(`${BASE}sitemap.xml`, SITE).href}`);
  });
});

describe("downloads", () => {
  it("offers every table as CSV (UTF-8 with BOM) and JSON with every row", () => {
    for (const t of model.tables) {
      const csv = readFileSync(join(dir, "data", t.path), "utf8");
      expect(csv.startsWith("\uFEFF"), t.path).toBe(true);
      const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
      expect(parsed[0]).toEqual(t.fields.map((f) => f.name));
      expect(parsed.length - 1, t.path).toBe(t.rows.length);
      const json = JSON.parse(readFileSync(join(dir, "data", `${t.name}.json`), "utf8"));
      expect(json.rows).toHaveLength(t.rows.length);
    }
  });

  it("publishes the catalogue, the boundaries and their licence as they are", () => {
    const geo = readdirSync(join(DATA_DIR, "geo")).filter((f) => /\.topojson$|^LICENSE/.test(f));
    expect(geo.filter((f) => f.endsWith(".topojson")).length, "boundary files in the data folder").toBeGreaterThan(0);
    for (const f of ["datapackage.json", ...geo.map((g) => `geo/${g}`)])
      expect(existsSync(join(dir, "data", f)) && readFileSync(join(dir, "data", f)).equals(readFileSync(join(DATA_DIR, f))), f).toBe(true);
    expect(statSync(join(dir, "data", "datapackage.json")).size).toBeGreaterThan(1000);
  });

  it("links every download from the data page", () => {
    pages();
    const hrefs = [...docs.get("data/index.html")!.document.querySelectorAll("main a")].map((a) => a.getAttribute("href"));
    for (const t of model.tables) {
      expect(hrefs).toContain(`${BASE}data/${t.path}`);
      expect(hrefs).toContain(`${BASE}data/${t.name}.json`);
    }
    expect(hrefs).toContain(`${BASE}data/datapackage.json`);
  });
});

describe("404 page", () => {
  it("helps in both languages: search, every kecamatan, the indexes", () => {
    const { document } = parseHTML(readFileSync(join(dir, "404.html"), "utf8"));
    expect(document.querySelectorAll("h1")).toHaveLength(1);
    expect(document.querySelector('section[lang="en"]')).not.toBeNull();
    expect([...document.querySelectorAll("form")].map((f) => f.getAttribute("action"))).toEqual(LOCALES.map((l) => href(l, "cari/", BASE)));
    const links = [...document.querySelectorAll("main a")].map((a) => a.getAttribute("href"));
    for (const l of LOCALES) for (const k of model.kecamatan) expect(links).toContain(href(l, pathOf("kecamatan", k.slug), BASE));
  });
});
