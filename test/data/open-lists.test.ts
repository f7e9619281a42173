import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderedChart } from "../../src/lib/charts/chart.ts";
import { chartId } from "../../src/lib/charts/ids.ts";
import { normalizeCatalogue } from "../../src/lib/data/catalogue.ts";
import { folderSource, loadRegency } from "../../src/lib/data/index.ts";
import type { Locale, Model } from "../../src/lib/data/types.ts";
import { formatValue } from "../../src/lib/format.ts";
import { indicatorView } from "../../src/lib/site/views/indicator.ts";
import { cleanup, materialize, ROOT } from "../helpers/fixtures.ts";

/**
 * Units, periods and funding sources are open lists of the catalogue: a data
 * folder that adds one, with its labels, gets pages that name it, without a
 * change to the code. The minimal fixture with an invented unit (hectares),
 * period (a first quarter, in a group of its own) and funding source (CSR),
 * and rows that use them; every value is invented.
 */
let dir: string;
let model: Model;

beforeAll(async () => {
  dir = materialize();
  const file = join(dir, "datapackage.json");
  const catalogue = JSON.parse(readFileSync(file, "utf8"));
  const field = (table: string, name: string) =>
    catalogue.resources.find((r: { name: string }) => r.name === table).schema.fields.find((f: { name: string }) => f.name === name);
  field("indicators", "unit").categories.push({ value: "hectares", label_id: "hektare", label_en: "hectares", additive: true });
  const period = field("observations", "period");
  period.categories.push({ value: "q1", label_id: "triwulan I", label_en: "first quarter", group: "q1", when_id: "triwulan I {year}", when_en: "the first quarter of {year}" });
  period.groups.push({ value: "q1", label_id: "angka triwulan I", label_en: "first-quarter figures" });
  field("actions", "funding").categories.push({ value: "csr", label_id: "CSR", label_en: "CSR (company funds)" });
  writeFileSync(file, JSON.stringify(catalogue, null, 2));
  appendFileSync(join(dir, "indicators.csv"), "sawah,Luas sawah,Rice fields,Sawah (ha),Rice fields (ha),hectares,1,higher,,,geographic,0,,Luas lahan sawah.,Area of rice fields.,src_a\n");
  appendFileSync(
    join(dir, "observations.csv"),
    ["73.22,sawah,2023,q1,1500.5,src_a,final,,", "73.22,sawah,2024,q1,1620.5,src_a,final,,", "73.22.01,sawah,2024,q1,900,src_a,final,,", "73.22.05,sawah,2024,q1,720.5,src_a,final,,", ""].join("\n"),
  );
  const action = readFileSync(join(dir, "actions.csv"), "utf8").split("\n")[1]!;
  appendFileSync(join(dir, "actions.csv"), `${action.replace("RAT-2026-001", "RAT-2026-009").replace(",apbd,", ",csr,")}\n`);
  const r = await loadRegency(folderSource(dir, "data"));
  if (!r.ok) throw new Error(r.errors.map((e) => e.what.en).join("\n"));
  model = r.model;
});
afterAll(() => cleanup(dir));

const sawah = () => model.indicatorById.sawah!;

describe("a unit, a period and a funding source added to the catalogue", () => {
  it("are read with their labels into the model", () => {
    expect(model.units.hectares).toEqual({ id: "hectares", label: { id: "hektare", en: "hectares" }, additive: true, style: "word" });
    expect(sawah().unit).toBe(model.units.hectares);
    expect(model.periods.q1).toMatchObject({ label: { id: "triwulan I", en: "first quarter" }, group: { id: "q1", yearly: false }, yearOnly: false });
    expect(model.funding.at(-1)).toEqual({ id: "csr", label: { id: "CSR", en: "CSR (company funds)" } });
  });

  it("write a value in the new unit", () => {
    expect(formatValue(1620.5, sawah(), "id")).toBe("1.620,5\u00a0hektare");
    expect(formatValue(1620.5, sawah(), "en")).toBe("1,620.5\u00a0hectares");
  });

  for (const locale of ["id", "en"] as Locale[]) {
    it(`draw the trend chart of an indicator in the new unit and period (${locale})`, () => {
      const chart = renderedChart(model, chartId.trend("sawah"), locale);
      expect(chart.svg).toMatch(/^<svg /);
      expect(chart.state.subtitle).toContain(locale === "id" ? "hektare · angka triwulan I" : "hectares · first-quarter figures");
      expect(JSON.stringify(chart.state)).not.toMatch(/undefined|NaN/);
    });

    it(`show the indicator page in the new unit and period (${locale})`, () => {
      const view = indicatorView(model, "sawah", locale);
      expect(view.facts).toContainEqual(expect.objectContaining({ value: locale === "id" ? "hektare" : "hectares" }));
      expect(view.observations.map((o) => o.when)).toContain(locale === "id" ? "triwulan I 2024" : "the first quarter of 2024");
      expect(view.story.join(" ")).toContain(locale === "id" ? "1.620,5\u00a0hektare" : "1,620.5\u00a0hectares");
      expect(JSON.stringify(view)).not.toMatch(/undefined|NaN/);
    });
  }

  it("name the new funding source in the budget chart", () => {
    const chart = renderedChart(model, chartId.budgetByFunding(), "en");
    expect(chart.svg).toMatch(/^<svg /);
    expect(chart.state.table.rows.map((r) => r.cells.category)).toContain("CSR (company funds)");
  });
});

describe("the catalogue's lists, checked", () => {
  /** The project's catalogue with one change, and what the check says about it (English). */
  function check(change: (field: (table: string, name: string) => Record<string, unknown> & { categories?: Record<string, unknown>[] }, catalogue: Record<string, any>) => void): string[] {
    const catalogue = JSON.parse(readFileSync(join(ROOT, "data", "datapackage.json"), "utf8"));
    change((table, name) => catalogue.resources.find((r: { name: string }) => r.name === table).schema.fields.find((f: { name: string }) => f.name === name), catalogue);
    return normalizeCatalogue(catalogue).problems.map((p) => p.what.en);
  }

  it("accepts the project's own catalogue", () => {
    expect(check(() => {})).toEqual([]);
  });

  it("refuses a category without a label, a unit of unknown style, a period without {year} or group, a repeated value", () => {
    expect(check((f) => void delete f("actions", "funding").categories![4]!.label_id)).toEqual([
      'In datapackage.json, the choice "other" of the column funding in the table actions has no label_id, so the site cannot name it.',
    ]);
    expect(check((f) => void (f("indicators", "unit").categories![0]!.style = "percentage"))).toEqual([
      'In datapackage.json, resources[2].schema.fields[5].categories[0].style must be one of "percent", "rupiah", "index", "word".',
    ]);
    expect(check((f) => void Object.assign(f("observations", "period").categories![1]!, { when_en: "March", group: "spring" }))).toEqual([
      'In datapackage.json, resources[3].schema.fields[3].categories[1].group must be one of the groups in groups ("march", "september", "august", "year").',
      "In datapackage.json, resources[3].schema.fields[3].categories[1].when_en must be a text with {year}.",
    ]);
    expect(check((f) => void f("actions", "funding").categories!.push({ value: "apbd", label_id: "APBD", label_en: "APBD" }))).toEqual([
      'In datapackage.json, resources[7].schema.fields[17].categories[5].value must be a value no other choice has (not "apbd" again).',
    ]);
  });

  it("refuses a list column without categories, an enum that disagrees with them, and a headline period not among them", () => {
    expect(check((f) => void delete f("indicators", "unit").categories)).toEqual([
      'In datapackage.json, resources[2].schema.fields[5].categories must be a list of "categories", each choice with value, label_id and label_en.',
    ]);
    expect(check((f) => void Object.assign(f("actions", "funding"), { constraints: { required: true, enum: ["apbd"] } }))).toEqual([
      'In datapackage.json, resources[7].schema.fields[17].constraints.enum must repeat the values of "categories" in the same order, or be removed.',
    ]);
    expect(check((_, c) => void (c.lentera.headline.period = "maret"))).toEqual([
      'In datapackage.json, lentera.headline.period must be one of the periods ("annual", "march", "september", "august", "midyear", "census").',
    ]);
  });
});
