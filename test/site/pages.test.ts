import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import Papa from "papaparse";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { folderSource, loadRegency, type Model } from "../../src/lib/data/index.ts";
import { LOCALES, type Locale } from "../../src/lib/data/types.ts";
import { href, localePrefix, ogImagePath, pageUrl } from "../../src/lib/site/paths.ts";
import { kecamatanPath, pageRoutes, type PageRoute } from "../../src/lib/site/routes.ts";
import { ROOT } from "../helpers/fixtures.ts";

/**
 * Static checks of the built pages (parsed with linkedom): every page of
 * routes.ts in both languages with one h1, a title and a description; its
 * canonical address, alternates and language switch; the kecamatan picker; every
 * internal link and asset resolving to a built file; the sitemap, the
 * downloads and the preview images. The test build uses the default SITE_URL
 * and BASE_PATH, like `npm run build` without them.
 */
const dir = inject("siteDir");
const SITE = process.env.SITE_URL ?? "http://localhost:4321";
const BASE = process.env.BASE_PATH ?? "/";

let model: Model;
beforeAll(async () => {
  const r = await loadRegency(folderSource(join(ROOT, "data")));
  if (!r.ok) throw new Error("bundled data does not validate");
  model = r.model;
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
  it("has exactly one h1, a title and a meta description, in its language", () => {
    const bad = pages().flatMap(({ file, document, locale }) => {
      const problems: string[] = [];
      if (document.querySelectorAll("h1").length !== 1) problems.push(`${document.querySelectorAll("h1").length} h1`);
      if (!document.title.trim()) problems.push("no title");
      if (!document.querySelector('meta[name="description"]')?.getAttribute("content")?.trim()) problems.push("no description");
      if (document.documentElement.getAttribute("lang") !== locale) problems.push(`lang=${document.documentElement.getAttribute("lang")}`);
      return problems.map((p) => `${file}: ${p}`);
    });
    expect(bad).toEqual([]);
  });

  it("names its canonical address and both language versions", () => {
    const bad = pages().flatMap(({ file, document, route, locale }) => {
      const link = (sel: string) => document.querySelector(sel)?.getAttribute("href");
      const want: [string, string][] = [
        ['link[rel="canonical"]', pageUrl(locale, route.path, SITE, BASE)],
        ['link[rel="alternate"][hreflang="id"]', pageUrl("id", route.path, SITE, BASE)],
        ['link[rel="alternate"][hreflang="en"]', pageUrl("en", route.path, SITE, BASE)],
        ['link[rel="alternate"][hreflang="x-default"]', pageUrl("id", route.path, SITE, BASE)],
        ['meta[property="og:url"]', pageUrl(locale, route.path, SITE, BASE)],
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

  it("has a kecamatan picker that works without JavaScript and lists all of them", () => {
    const bad = pages().flatMap(({ file, document, locale }) => {
      const picker = document.querySelector("header details.picker");
      if (!picker?.querySelector("summary")) return [`${file}: no <details> picker with a summary`];
      const links = [...picker.querySelectorAll("a")].map((a) => a.getAttribute("href"));
      const want = model.kecamatan.map((k) => href(locale, kecamatanPath(k.slug), BASE)).sort();
      return JSON.stringify([...links].sort()) === JSON.stringify(want) ? [] : [`${file}: picker links ${links.length} of ${want.length}`];
    });
    expect(model.kecamatan).toHaveLength(15);
    expect(bad).toEqual([]);
  });

  it("links and refers only to files that exist in the build", () => {
    const missing = new Set<string>();
    for (const { file, document } of pages()) {
      const refs = [
        ...[...document.querySelectorAll("a[href], link[href]")].map((e) => e.getAttribute("href")!),
        ...[...document.querySelectorAll("[src]")].map((e) => e.getAttribute("src")!),
        ...[...document.querySelectorAll("form[action]")].map((e) => e.getAttribute("action")!),
        ...[...document.querySelectorAll('meta[property="og:image"], meta[name="twitter:image"]')].map((e) => e.getAttribute("content")!),
      ];
      for (const ref of refs) {
        if (ref.startsWith("#") || /^(mailto|data):/.test(ref)) continue;
        const target = fileFor(ref);
        if (target !== undefined && !existsSync(join(dir, target))) missing.add(`${file} -> ${ref}`);
      }
    }
    expect([...missing].slice(0, 30)).toEqual([]);
  });

  it("marks its content for search, except the search page itself", () => {
    const bad = pages().flatMap(({ file, document, route }) => {
      const indexed = document.querySelector("main")?.hasAttribute("data-pagefind-body");
      return indexed === (route.kind !== "search") ? [] : [`${file}: data-pagefind-body ${indexed ? "present" : "missing"}`];
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
      return png.subarray(1, 4).toString() === "PNG" && size(png).join("x") === "1200x630" ? [] : [`${file}: ${fileFor(image)} is not a 1200x630 PNG`];
    });
    expect(bad).toEqual([]);
  });
});

describe("every HTML file of the build, chart pages included", () => {
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
  it("states the latest headline figure in words, from the data", () => {
    const { indicator, period } = model.settings.headline;
    const last = model.observations.filter((o) => o.indicator === indicator && o.area === model.regency.code && o.period === period).sort((a, b) => a.year - b.year).at(-1)!;
    const text = (l: Locale) => docs.get(`${localePrefix(l)}index.html`)!.document.querySelector("main")!.textContent!;
    pages();
    expect(text("id")).toContain(`Pada Maret ${last.year}, persentase penduduk miskin (P0) Luwu Utara adalah ${String(last.value).replace(".", ",")}`);
    expect(text("en")).toContain(`In March ${last.year}, the poverty rate (P0, headcount ratio) of Luwu Utara was ${last.value}%`);
  });

  it("links every kecamatan in a plain list as well as on the map", () => {
    pages();
    const { document } = docs.get("index.html")!;
    const hrefs = new Set([...document.querySelectorAll("main ul a")].map((a) => a.getAttribute("href")));
    for (const k of model.kecamatan) expect(hrefs, k.slug).toContain(href("id", kecamatanPath(k.slug), BASE));
  });
});

describe("kecamatan pages", () => {
  it("compare each indicator with the regency and rank it among all kecamatan", () => {
    pages();
    const { document } = docs.get("kecamatan/seko/index.html")!;
    const rows = [...document.querySelectorAll("main table tbody tr")].filter((tr) => /peringkat \d+ dari 15/.test(tr.textContent!));
    expect(rows.length).toBeGreaterThan(3);
    for (const tr of rows) expect(tr.textContent).toMatch(/kali angka kabupaten|angka kabupaten|jumlah kabupaten/);
  });

  it("name the old name Limbong on the Rongkong page in both languages, for search", () => {
    pages();
    for (const l of LOCALES) expect(docs.get(`${localePrefix(l)}kecamatan/rongkong/index.html`)!.document.querySelector("main")!.textContent).toContain("Limbong");
  });

  it("link to their neighbours, each of which links back", () => {
    pages();
    const neighbours = (slug: string) => {
      const h2 = [...docs.get(`kecamatan/${slug}/index.html`)!.document.querySelectorAll("h2")].find((h) => h.textContent === "Kecamatan tetangga")!;
      return [...h2.parentElement!.querySelectorAll("ul a")].map((a) => a.getAttribute("href")!.split("/").at(-2)!);
    };
    for (const k of model.kecamatan) {
      const list = neighbours(k.slug);
      expect(list.length, k.slug).toBeGreaterThan(0);
      for (const n of list) expect(neighbours(n), `${n} -> ${k.slug}`).toContain(k.slug);
    }
  });
});

describe("a visit without JavaScript", () => {
  it("goes home -> kecamatan -> an action's agency -> a strategy -> an indicator by plain links", () => {
    pages();
    const linksOf = (file: string, within = "main") => [...docs.get(file)!.document.querySelectorAll(`${within} a[href]`)].map((a) => a.getAttribute("href")!);
    const fileOf = (h: string) => fileFor(h)!;
    const kecamatan = linksOf("index.html").find((h) => /\/kecamatan\/[a-z-]+\/$/.test(h))!;
    const agency = linksOf(fileOf(kecamatan), "main table.actions").find((h) => /\/opd\/[a-z0-9-]+\/$/.test(h))!;
    const strategy = linksOf(fileOf(agency)).find((h) => /\/strategi\/[a-z-]+\/$/.test(h))!;
    const indicator = linksOf(fileOf(strategy)).find((h) => /\/indikator\/[a-z0-9-]+\/$/.test(h))!;
    for (const step of [kecamatan, agency, strategy, indicator]) expect(existsSync(join(dir, fileOf(step))), step).toBe(true);
  });
});

describe("sitemap and robots.txt", () => {
  it("lists every page in both languages with its alternates", () => {
    const xml = readFileSync(join(dir, "sitemap.xml"), "utf8");
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    for (const r of pageRoutes(model)) for (const l of LOCALES) expect(locs).toContain(pageUrl(l, r.path, SITE, BASE));
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${pageUrl("en", "kecamatan/seko/", SITE, BASE)}"/>`);
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
    for (const f of ["datapackage.json", "geo/luwu-utara.topojson", "geo/LICENSE-cahyadsn-wilayah_boundaries.txt"])
      expect(readFileSync(join(dir, "data", f)).equals(readFileSync(join(ROOT, "data", f))), f).toBe(true);
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
    for (const l of LOCALES) for (const k of model.kecamatan) expect(links).toContain(href(l, kecamatanPath(k.slug), BASE));
  });
});
