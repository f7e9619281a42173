import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { folderSource, loadRegency, type Model, type Summary } from "../../src/lib/data/index.ts";
import { adjacency } from "../../src/lib/site/adjacency.ts";
import { pageRoutes } from "../../src/lib/routing/routes.ts";
import { ROOT } from "../helpers/fixtures.ts";

/**
 * The golden file: facts of the bundled data folder (data/) of Luwu Utara,
 * and only here. Every other suite derives what it expects from the model of
 * the data folder it tests, so it passes on any valid data folder (DATA_DIR);
 * this file says what the bundled data must hold, so a change to data/ that
 * loses a kecamatan, a value or an old name shows here, by name.
 */
let model: Model;
let summary: Summary;
beforeAll(async () => {
  const r = await loadRegency(folderSource(join(ROOT, "data")));
  if (!r.ok)
    throw new Error(`the bundled data does not validate: ${r.errors.map((e) => `${e.file} ${e.line ?? ""} ${e.code}`).join("; ")}`);
  ({ model, summary } = r);
});

const KECAMATAN = [
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
];

describe("the bundled data of Luwu Utara", () => {
  it("is Kabupaten Luwu Utara (73.22) with its 15 kecamatan", () => {
    expect(model.regency.code).toBe("73.22");
    expect(model.regency.name.id).toBe("Luwu Utara");
    expect(model.kecamatan.map((k) => k.slug).sort()).toEqual(KECAMATAN);
    expect(summary.kecamatan).toBe(15);
  });

  it("knows Rongkong (73.22.05) by its old name Limbong", () => {
    expect(model.areaByCode["73.22.05"]!.name.id).toBe("Rongkong");
    expect(model.areaByCode["73.22.05"]!.altNames).toEqual(["Limbong"]);
  });

  it("keeps the real poverty rates and their status: 11.24 % in March 2024 (final), 10.74 % in 2025 (provisional)", () => {
    const p0 = model.observations.filter((o) => o.indicator === "p0" && o.area === "73.22");
    expect(p0.find((o) => o.year === 2024)).toMatchObject({ value: 11.24, status: "final", period: { id: "march" } });
    expect(p0.find((o) => o.year === 2025)).toMatchObject({ value: 10.74, status: "provisional" });
  });

  it("invents no kecamatan poverty rate, and marks everything else at kecamatan level and every action as sample", () => {
    // No kecamatan poverty rate exists in any source; none may be invented.
    expect(model.observations.filter((o) => o.indicator === "p0" && o.area.startsWith("73.22."))).toEqual([]);
    // Everything at kecamatan level that is not a sourced fact is sample data.
    const sampleIndicators = new Set(model.observations.filter((o) => o.status === "sample").map((o) => o.indicator));
    expect(sampleIndicators.size).toBeGreaterThan(0);
    for (const id of sampleIndicators)
      expect(
        model.observations.filter((o) => o.indicator === id).every((o) => o.status === "sample"),
        id,
      ).toBe(true);
    expect(model.actions.length).toBeGreaterThan(0);
    expect(model.actions.every((a) => a.sample)).toBe(true);
  });

  it("has one plan year, 2026, the current plan by being the latest (the settings name none)", () => {
    expect(model.settings.planYear).toBeUndefined();
    expect(model.plans.map((p) => [p.year, p.actions.length])).toEqual([[2026, 40]]);
    expect(model.planYear).toBe(2026);
  });

  it("has the three strategy pages the design names and a page per kecamatan", () => {
    const paths = pageRoutes(model).map((r) => r.path);
    for (const p of ["", "strategi/beban-pengeluaran/", "strategi/pendapatan/", "strategi/kantong-kemiskinan/"]) expect(paths).toContain(p);
    expect(paths.filter((p) => /^kecamatan\/[^/]+\/$/.test(p)).sort()).toEqual(KECAMATAN.map((s) => `kecamatan/${s}/`).sort());
  });

  it("has boundaries in which each kecamatan split off borders its parent, and Seko borders Rampi", () => {
    const adj = adjacency(model.geo!.kecamatan);
    const code = (slug: string) => model.areaBySlug[slug]!.code;
    // Carved out of their parents (areas.csv notes), so they must border them.
    for (const [child, parent] of [
      ["tana-lili", "bone-bone"],
      ["sukamaju-selatan", "sukamaju"],
      ["baebunta-selatan", "baebunta"],
      ["sabbang-selatan", "sabbang"],
    ] as const)
      expect(adj.get(code(child)), `${child} -> ${parent}`).toContain(code(parent));
    expect(adj.get(code("seko"))).toContain(code("rampi"));
  });
});
