import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kecamatanComparison } from "../../../src/lib/compare/index.ts";
import { folderSource, loadRegency, type Model } from "../../../src/lib/data/index.ts";
import { LOCALES } from "../../../src/lib/data/types.ts";
import { cardSvg } from "../../../src/lib/og/card.ts";
import { ogCard } from "../../../src/lib/og/cards.ts";
import { previewImage } from "../../../src/lib/site/preview.ts";
import { pageRoutes, type PageRoute } from "../../../src/lib/routing/routes.ts";
import { agencyView } from "../../../src/lib/site/views/agency.ts";
import { dataView } from "../../../src/lib/site/views/data.ts";
import { homeView } from "../../../src/lib/site/views/home.ts";
import { indicatorView } from "../../../src/lib/site/views/indicator.ts";
import { agencyIndexView, indicatorIndexView, kecamatanIndexView, strategyIndexView } from "../../../src/lib/site/views/indexes.ts";
import { kecamatanView } from "../../../src/lib/site/views/kecamatan.ts";
import { methodView } from "../../../src/lib/site/views/method.ts";
import { checkView } from "../../../src/lib/site/views/check.ts";
import { guideView } from "../../../src/lib/site/views/guide.ts";
import { aboutView, searchView } from "../../../src/lib/site/views/pages.ts";
import { strategyView } from "../../../src/lib/site/views/strategy.ts";
import { cleanup, materialize, ROOT } from "../../helpers/fixtures.ts";

/**
 * The page views over two data folders: the minimal fixture, where most
 * things are missing (every view must still produce a page, with "no data"
 * as a value), and the bundled data.
 */
const load = async (dir: string): Promise<Model> => {
  const r = await loadRegency(folderSource(dir));
  if (!r.ok) throw new Error(`${dir} does not validate`);
  return r.model;
};

let minimal: Model;
let bundled: Model;
let dir: string;
beforeAll(async () => {
  dir = materialize();
  minimal = await load(dir);
  bundled = await load(join(ROOT, "data"));
});
afterAll(() => cleanup(dir));

const FILES = { catalogue: "datapackage.json", geo: undefined, geoLicence: undefined };

/** The view of any route: what the route file would compute. */
function view(model: Model, r: PageRoute, locale: (typeof LOCALES)[number]): { title: string; description: string } {
  switch (r.kind) {
    case "home": return homeView(model, locale);
    case "strategy-index": return strategyIndexView(model, locale);
    case "strategy": return strategyView(model, r.id!, locale);
    case "kecamatan-index": return kecamatanIndexView(model, locale);
    case "kecamatan": return kecamatanView(model, r.id!, locale);
    case "indicator-index": return indicatorIndexView(model, locale);
    case "indicator": return indicatorView(model, r.id!, locale);
    case "agency-index": return agencyIndexView(model, locale);
    case "agency": return agencyView(model, r.id!, locale);
    case "data": return dataView(model, FILES, locale);
    case "method": return methodView(model, locale);
    case "about": return aboutView(model, locale);
    case "search": return searchView(model, locale);
    case "check": return checkView(model, FILES, locale);
    case "guide": return guideView(model, locale);
  }
}

describe("every page view", () => {
  it("has a title and a description for every route of both data folders, in both languages", () => {
    for (const model of [minimal, bundled])
      for (const r of pageRoutes(model))
        for (const locale of LOCALES) {
          const v = view(model, r, locale);
          expect(v.title, `${r.path} ${locale}`).toMatch(/\S/);
          expect(v.description, `${r.path} ${locale}`).toMatch(/\S/);
          expect(cardSvg(ogCard(model, r, locale, "example.org"))).toContain("<svg");
        }
  });

  it("gives the two languages different texts (nothing left untranslated on the home page)", () => {
    const [id, en] = LOCALES.map((l) => homeView(bundled, l));
    expect(id!.title).not.toBe(en!.title);
    expect(id!.headline.join(" ")).not.toBe(en!.headline.join(" "));
  });
});

describe("kecamatan view", () => {
  it("says 'no data' as a value where the data has nothing, instead of failing", () => {
    const v = kecamatanView(minimal, "malangke", "id");
    const item = (label: string) => v.profile.find((p) => p.label === label)!;
    expect(item("Ibu kota").value).toBeUndefined();
    expect(item("Penduduk").value).toBeUndefined();
    expect(item("Desa").value).toBe("14");
    expect(item("Desa").sources).toHaveLength(1);
  });

  it("gives a profile figure its year, source and kind", () => {
    const seko = kecamatanView(bundled, "seko", "en");
    const area = seko.profile.find((p) => p.label === "Area")!;
    const obs = bundled.observations.filter((o) => o.area === "73.22.07" && o.indicator === "luas-wilayah").sort((a, b) => a.year - b.year).at(-1)!;
    expect(area.year).toBe(String(obs.year));
    expect(area.kind).toBe("Geographic measure");
    expect(area.sources[0]!.url).toBe(bundled.sourceById[obs.source]!.url);
  });

  it("compares every indicator with the regency and ranks it among the kecamatan that have it", () => {
    const v = kecamatanView(bundled, "seko", "id");
    expect(v.indicators.length).toBeGreaterThan(0);
    for (const i of v.indicators) {
      expect(i.rank, i.id).toMatch(/^peringkat \d+ dari 15[;,] /);
      if (kecamatanComparison(bundled, i.id)!.regency) expect(i.comparison, i.id).toMatch(/angka kabupaten|jumlah kabupaten/);
      else expect(i.comparison, i.id).toBeUndefined();
      expect(i.sample, i.id).toBe(true);
    }
  });

  it("lists actions located there by strategy, and regency-wide ones separately", () => {
    const v = kecamatanView(bundled, "seko", "id");
    const here = bundled.actions.filter((a) => a.locations.includes("73.22.07")).length;
    const wide = bundled.actions.filter((a) => a.regencyWide).length;
    expect(v.actions.reduce((n, g) => n + g.rows.length, 0)).toBe(here);
    expect(v.actions.reduce((n, g) => n + g.wide.length, 0)).toBe(wide);
    expect(v.actionCounts).toEqual({ here, regencyWide: wide });
  });
});

describe("strategy and agency views", () => {
  it("add up the budget of their actions and link every agency and kecamatan", () => {
    for (const s of bundled.strategies) {
      const v = strategyView(bundled, s.id, "id");
      expect(v.rows).toHaveLength(bundled.actions.filter((a) => a.strategy === s.id).length);
      for (const r of v.rows) {
        expect(r.agency.path).toMatch(/^opd\/[a-z0-9-]+\/$/);
        for (const p of r.places) expect(p.path === undefined ? p.label : p.path).toMatch(/^kecamatan\/[a-z-]+\/$|^Seluruh kabupaten$/);
      }
    }
    const a = agencyView(bundled, "dinas-sosial", "en");
    expect(a.rows.every((r) => r.agency.label === "Dinas Sosial")).toBe(true);
  });

  it("say 'none yet' for spending that has not happened", () => {
    const planned = bundled.actions.find((a) => a.realisedBudget === undefined)!;
    const row = strategyView(bundled, planned.strategy, "en").rows.find((r) => r.id === planned.id)!;
    expect(row.realisedBudget).toBe("none yet");
  });
});

describe("indicator view", () => {
  it("names the other series of its family, which cannot be joined", () => {
    const v = indicatorView(bundled, "ipm-2010", "en");
    expect(v.family.map((f) => f.path)).toEqual(["indikator/ipm-sp2020/"]);
  });

  it("ranks kecamatan only among values of the comparison year, and lists the others without a value", () => {
    for (const ind of bundled.indicators) {
      const v = indicatorView(bundled, ind.id, "id");
      const cmp = kecamatanComparison(bundled, ind.id);
      if (!cmp) {
        expect(v.kecamatan?.rows.every((r) => r.rank === undefined && r.year !== undefined) ?? true).toBe(true);
        continue;
      }
      expect(v.kecamatan!.year).toBe(cmp.year);
      expect(v.kecamatan!.rows.filter((r) => r.rank !== undefined)).toHaveLength(cmp.values.size);
      expect(v.kecamatan!.rows.filter((r) => r.value === undefined)).toHaveLength(cmp.missing.length);
    }
  });
});

describe("preview images", () => {
  it("are the page's own card, the chart itself on a chart page, or else the home card", () => {
    expect(previewImage(bundled, "en", "kecamatan/seko/")).toEqual({ path: "og/en/kecamatan/seko.png", width: 1200, height: 630 });
    expect(previewImage(bundled, "id", "grafik/tren-p0/").path).toBe("grafik/tren-p0/lentera-tren-p0-id.png");
    expect(previewImage(bundled, "en", "grafik/tren-p0/").path).toBe("en/grafik/tren-p0/lentera-tren-p0-en.png");
    expect(previewImage(bundled, "id", "grafik/no-such-chart/")).toEqual({ path: "og/id/index.png", width: 1200, height: 630 });
  });
});
