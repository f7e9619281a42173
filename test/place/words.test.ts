import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Model } from "../../src/lib/data/index.ts";
import { bundledPlaceNames } from "../../src/lib/new-place/index.ts";
import { loadModel } from "../helpers/data-model.ts";
import { ROOT } from "../helpers/fixtures.ts";

/**
 * The test kota's site (the "place" project builds it from new-regency's
 * output): it speaks of a kota everywhere, and no text of the bundled regency
 * (its name, its kecamatan, its codes) appears on any page or in any file.
 */
const dir = inject("siteDir");
let model: Model;
beforeAll(async () => {
  model = await loadModel();
});

function files(d: string): string[] {
  return readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? e.name === "pagefind" || e.name === "_astro"
        ? []
        : files(join(d, e.name))
      : /\.(html|svg|csv|json|xml|txt)$/.test(e.name)
        ? [join(d, e.name)]
        : [],
  );
}
/** The readable text of a page or file: markup removed, so attribute values and tags do not count. */
const text = (f: string) => readFileSync(f, "utf8").replace(/<[^>]*>/g, " ");

describe("the site of a kota", () => {
  it("is the kota of the test data", () => {
    expect(model.settings.kind).toBe("kota");
  });

  it("never calls it a kabupaten or a regency on a page or in a chart (the level names of both, kabupaten/kota, and the command new-regency are fine)", () => {
    // Pages and drawings, not the data files: there "regency" is the structural level of the place in areas.csv.
    const offenders = files(dir)
      .filter((f) => /\.(html|svg)$/.test(f))
      .flatMap((f) => {
        const hits = text(f).match(/\bkabupaten\b(?!\/kota)|(?<!new-)\bregency\b(?! and city)|\bregencies\b(?! and cities)/gi);
        return hits ? [`${relative(dir, f)}: ${[...new Set(hits)].join(", ")}`] : [];
      });
    expect(offenders).toEqual([]);
  });

  it("shows no name or code of the bundled regency", () => {
    const names = bundledPlaceNames(readFileSync(join(ROOT, "data", "areas.csv"), "utf8")).filter((n) => n.length > 3);
    const bundled = new RegExp(
      `(^|[^\\p{L}])(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")}|73\\.22)($|[^\\p{L}\\d])`,
      "u",
    );
    const offenders = files(dir).flatMap((f) => {
      const m = bundled.exec(text(f));
      return m ? [`${relative(dir, f)}: ${m[2]}`] : [];
    });
    expect(offenders).toEqual([]);
  });
});
