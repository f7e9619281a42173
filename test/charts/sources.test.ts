import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { chartState } from "../../src/lib/charts/catalog.ts";
import { chartId } from "../../src/lib/charts/ids.ts";
import { folderSource, loadRegency, type Model } from "../../src/lib/data/index.ts";
import { ROOT } from "../helpers/fixtures.ts";

/** A chart cites what it draws: the sources of its shapes, names and numbers, not everything the subject has. */
let model: Model;
beforeAll(async () => {
  const r = await loadRegency(folderSource(join(ROOT, "data")));
  if (!r.ok) throw new Error("bundled data does not validate");
  model = r.model;
});

describe("chart sources (bundled data)", () => {
  it("a locator cites the code list (names, codes, desa counts) and the boundaries, not the sources of the capital", () => {
    const boundaries = model.sources.filter((s) => s.id.startsWith("geo_")).map((s) => s.id);
    expect(boundaries.length).toBeGreaterThan(0);
    for (const k of model.kecamatan) {
      const cited = chartState(model, chartId.locator(k.slug), "id").sources.map((s) => s.id);
      expect(cited, k.slug).toEqual([k.sources[0], ...boundaries]);
      expect(k.sources.length, `${k.slug} has other sources that the locator must leave out`).toBeGreaterThan(1);
    }
  });
});
