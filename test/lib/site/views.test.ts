import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kecamatanComparison } from "../../../src/lib/compare/index.ts";
import { chartId } from "../../../src/lib/charts/ids.ts";
import type { Model } from "../../../src/lib/data/index.ts";
import { LOCALES } from "../../../src/lib/data/types.ts";
import { cardSvg } from "../../../src/lib/og/card.ts";
import { ogCard } from "../../../src/lib/og/cards.ts";
import { placeWords } from "../../../src/lib/place.ts";
import { pageRoutes, pageView, pathOf } from "../../../src/lib/routing/index.ts";
import { previewImage } from "../../../src/lib/site/preview.ts";
import { agencyView } from "../../../src/lib/site/views/agency.ts";
import { frameView, PICKER_LIMIT } from "../../../src/lib/site/views/frame.ts";
import { homeView } from "../../../src/lib/site/views/home.ts";
import { indicatorView } from "../../../src/lib/site/views/indicator.ts";
import { kecamatanView } from "../../../src/lib/site/views/kecamatan.ts";
import { strategyView } from "../../../src/lib/site/views/strategy.ts";
import { loadModel } from "../../helpers/data-model.ts";
import { cleanup, materialize } from "../../helpers/fixtures.ts";

/**
 * The page views over two data folders: the minimal fixture, where most
 * things are missing (every view must still produce a page, with "no data"
 * as a value), and the data folder under test (DATA_DIR, else data/), whose
 * expectations come from its own model.
 */
let minimal: Model;
let full: Model;
let dir: string;
beforeAll(async () => {
  dir = materialize();
  minimal = await loadModel(dir);
  full = await loadModel();
});
afterAll(() => cleanup(dir));

describe("every page view", () => {
  it("has a title and a description for every route of both data folders, in both languages", () => {
    for (const model of [minimal, full])
      for (const r of pageRoutes(model))
        for (const locale of LOCALES) {
          const v = pageView(model, r, locale).view;
          expect(v.title, `${r.path} ${locale}`).toMatch(/\S/);
          expect(v.description, `${r.path} ${locale}`).toMatch(/\S/);
          expect(cardSvg(ogCard(model, r, locale, "example.org"))).toContain("<svg");
        }
  });

  it("gives the two languages different texts (nothing left untranslated on the home page)", () => {
    const [id, en] = LOCALES.map((l) => homeView(full, l));
    expect(id!.title).not.toBe(en!.title);
    expect(id!.headline.join(" ")).not.toBe(en!.headline.join(" "));
  });
});

describe("kecamatan view", () => {
  it("says 'no data' as a value where the data has nothing, instead of failing", () => {
    const v = kecamatanView(minimal, minimal.kecamatan[0]!.slug, "id");
    const item = (label: string) => v.profile.find((p) => p.label === label)!;
    expect(item("Ibu kota").value).toBeUndefined();
    expect(item("Penduduk").value).toBeUndefined();
    expect(item("Desa").value).toBe("14");
    expect(item("Desa").sources).toHaveLength(1);
  });

  it("gives a profile figure its year, source and kind", () => {
    const areaIndicator = full.settings.profile.area;
    const k = full.kecamatan.find((x) => full.observations.some((o) => o.area === x.code && o.indicator === areaIndicator));
    if (!areaIndicator || !k) return; // a place without the area indicator has no such item
    const item = kecamatanView(full, k.slug, "en").profile.find((p) => p.label === "Area")!;
    const obs = full.observations
      .filter((o) => o.area === k.code && o.indicator === areaIndicator)
      .sort((a, b) => a.year - b.year)
      .at(-1)!;
    expect(item.year).toBe(String(obs.year));
    expect(item.kind).toBeTruthy();
    expect(item.sources[0]!.url).toBe(full.sourceById[obs.source]!.url);
  });

  it("compares every indicator with the regency and ranks it among the kecamatan that have it", () => {
    const { placeWord } = placeWords(full, "id");
    for (const k of full.kecamatan) {
      const v = kecamatanView(full, k.slug, "id");
      for (const i of v.indicators) {
        const cmp = kecamatanComparison(full, i.id)!;
        if (cmp.ranks.has(k.code)) expect(i.rank, i.id).toMatch(new RegExp(`^peringkat \\d+ dari ${cmp.ranks.get(k.code)!.of}; `));
        if (cmp.regency && cmp.values.has(k.code)) expect(i.comparison, i.id).toMatch(new RegExp(`(angka|jumlah) ${placeWord}`));
        else expect(i.comparison, i.id).toBeUndefined();
        expect(i.sample, i.id).toBe(cmp.values.get(k.code)?.status === "sample" || cmp.regency?.status === "sample");
      }
    }
  });

  it("lists actions located there by strategy, and regency-wide ones separately", () => {
    const k = full.kecamatan[0]!;
    const v = kecamatanView(full, k.slug, "id");
    const here = full.actions.filter((a) => a.locations.includes(k.code)).length;
    const wide = full.actions.filter((a) => a.regencyWide).length;
    expect(v.actions.reduce((n, g) => n + g.rows.length, 0)).toBe(here);
    expect(v.actions.reduce((n, g) => n + g.wide.length, 0)).toBe(wide);
    expect(v.actionCounts).toEqual({ here, regencyWide: wide });
  });
});

describe("strategy and agency views", () => {
  it("add up the budget of their actions and link every agency and kecamatan", () => {
    const whole = `Seluruh ${placeWords(full, "id").placeWord}`;
    const kecamatanPaths = new Set(full.kecamatan.map((k) => pathOf("kecamatan", k.slug)));
    for (const s of full.strategies) {
      const v = strategyView(full, s.id, "id");
      expect(v.rows).toHaveLength(full.actions.filter((a) => a.strategy === s.id).length);
      for (const r of v.rows) {
        expect(r.agency.path).toBe(pathOf("agency", full.actions.find((a) => a.id === r.id)!.agency));
        for (const p of r.places) expect(p.path === undefined ? p.label === whole : kecamatanPaths.has(p.path)).toBe(true);
      }
    }
    for (const agency of full.agencies) {
      const a = agencyView(full, agency.id, "en");
      expect(a.rows.every((r) => r.agency.label === agency.short)).toBe(true);
    }
  });

  it("say 'none yet' for spending that has not happened", () => {
    const planned = full.actions.find((a) => a.realisedBudget === undefined);
    if (!planned) return;
    const row = strategyView(full, planned.strategy, "en").rows.find((r) => r.id === planned.id)!;
    expect(row.realisedBudget).toBe("none yet");
  });
});

describe("indicator view", () => {
  it("names the other series of its family, which cannot be joined", () => {
    for (const ind of full.indicators.filter((i) => i.family)) {
      const v = indicatorView(full, ind.id, "en");
      const others = full.indicators.filter((o) => o.family === ind.family && o.id !== ind.id);
      expect(v.family.map((f) => f.path)).toEqual(others.map((o) => pathOf("indicator", o.id)));
    }
  });

  it("ranks kecamatan only among values of the comparison year, and lists the others without a value", () => {
    for (const ind of full.indicators) {
      const v = indicatorView(full, ind.id, "id");
      const cmp = kecamatanComparison(full, ind.id);
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
    const k = full.kecamatan[0]!;
    const trend = chartId.trend(full.settings.headline.indicator);
    expect(previewImage(full, "en", pathOf("kecamatan", k.slug))).toEqual({
      path: `og/en/kecamatan/${k.slug}.png`,
      width: 1200,
      height: 630,
    });
    expect(previewImage(full, "id", pathOf("chart", trend)).path).toBe(`${pathOf("chart", trend)}lentera-${trend}-id.png`);
    expect(previewImage(full, "en", pathOf("chart", trend)).path).toBe(`en/${pathOf("chart", trend)}lentera-${trend}-en.png`);
    expect(previewImage(full, "id", pathOf("chart", "no-such-chart"))).toEqual({ path: "og/id/index.png", width: 1200, height: 630 });
  });
});

describe("the kecamatan picker in every page's header", () => {
  it("lists every kecamatan up to PICKER_LIMIT, and beyond it only links to the kecamatan index", () => {
    const k = full.kecamatan[0]!;
    const many = (n: number): Model => ({
      ...full,
      kecamatan: Array.from({ length: n }, (_, i) => ({ ...k, slug: `k-${i}`, name: { id: `K ${i}`, en: `K ${i}` } })),
    });
    const index = pathOf("kecamatan-index");
    expect(frameView(many(PICKER_LIMIT), "id", "").picker.links).toHaveLength(PICKER_LIMIT);
    expect(frameView(many(PICKER_LIMIT + 1), "en", "").picker).toEqual({ links: [], index: { label: "Choose a kecamatan", path: index } });
    expect(frameView(many(PICKER_LIMIT), "id", "").picker.index.path).toBe(index);
  });
});
