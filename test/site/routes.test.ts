import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { folderSource, loadRegency, type Model } from "../../src/lib/data/index.ts";
import { LOCALES } from "../../src/lib/data/types.ts";
import { localePrefix } from "../../src/lib/site/paths.ts";
import { pageRoutes } from "../../src/lib/site/routes.ts";
import { ROOT } from "../helpers/fixtures.ts";

const load = async (): Promise<Model> => {
  const r = await loadRegency(folderSource(join(ROOT, "data")));
  if (!r.ok) throw new Error("bundled data does not validate");
  return r.model;
};

describe("routes of the bundled data", () => {
  it("has the strategy and kecamatan pages the design names", async () => {
    const paths = pageRoutes(await load()).map((r) => r.path);
    for (const p of ["", "strategi/beban-pengeluaran/", "strategi/pendapatan/", "strategi/kantong-kemiskinan/"]) expect(paths).toContain(p);
    const kecamatan = paths.filter((p) => /^kecamatan\/[^/]+\/$/.test(p)).sort();
    expect(kecamatan).toEqual(
      [
        "baebunta",
        "baebunta-selatan",
        "bone-bone",
        "malangke",
        "malangke-barat",
        "mappedeceng",
        "masamba",
        "rampi",
        "rongkong",
        "sabbang",
        "sabbang-selatan",
        "seko",
        "sukamaju",
        "sukamaju-selatan",
        "tana-lili",
      ]
        .map((s) => `kecamatan/${s}/`)
        .sort(),
    );
  });

  it("builds every route in both languages", async () => {
    const dir = inject("siteDir");
    const missing = pageRoutes(await load())
      .flatMap((r) => LOCALES.map((l) => `${localePrefix(l)}${r.path}index.html`))
      .filter((f) => !existsSync(join(dir, f)));
    expect(missing).toEqual([]);
  });
});
