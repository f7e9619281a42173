import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { chartState } from "../../src/lib/charts/catalog.ts";
import { chartId } from "../../src/lib/charts/ids.ts";
import { formatRupiahShort } from "../../src/lib/format.ts";
import { loadRegency, memorySource, type LoadResult, type Model, type Problem } from "../../src/lib/data/index.ts";
import { pageRoutes, pageStaticPaths, pathOf } from "../../src/lib/routing/index.ts";
import { actionTotals } from "../../src/lib/site/views/actions.ts";
import { planIndexView, planView, planYearsLine } from "../../src/lib/site/views/plan.ts";
import { strategyView } from "../../src/lib/site/views/strategy.ts";
import { FIXTURES, ROOT } from "../helpers/fixtures.ts";

/**
 * Several plan years in actions.csv, over the minimal fixture with the
 * two-plan-years overlay (the plans of 2025 and 2026, rows interleaved): the
 * model keeps every year and shows the current one as "the plan", each year
 * has its page, and the data check refuses a year it cannot place.
 */
function files(dir: string, into: Record<string, string | Uint8Array> = {}) {
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name !== "README.md") into[relative(dir, path)] = readFileSync(path);
    }
  };
  walk(dir);
  return into;
}
const ACTIONS = readFileSync(join(FIXTURES, "two-plan-years", "actions.csv"), "utf8");
const [HEADER, ...ROWS] = ACTIONS.trimEnd().split("\n");
const CATALOGUE = JSON.parse(readFileSync(join(ROOT, "data", "datapackage.json"), "utf8")) as {
  lentera: Record<string, unknown>;
  resources: { name: string; schema?: { fields: { name: string; constraints?: Record<string, unknown> }[] } }[];
};

/** The two-plan-years folder, with actions.csv rows and the catalogue changed as a test says. */
function load({ rows = ROWS, catalogue = (c: typeof CATALOGUE) => c } = {}): Promise<LoadResult> {
  const all = files(join(FIXTURES, "minimal"));
  all["actions.csv"] = `${[HEADER, ...rows].join("\n")}\n`;
  all["datapackage.json"] = JSON.stringify(catalogue(structuredClone(CATALOGUE)));
  return loadRegency(memorySource(all));
}
const model = async (options?: Parameters<typeof load>[0]): Promise<{ model: Model; warnings: Problem[] }> => {
  const r = await load(options);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.file}:${e.line} ${e.what.en}`).join("\n"));
  return r;
};
const errors = async (options: Parameters<typeof load>[0]): Promise<Problem[]> => {
  const r = await load(options);
  if (r.ok) throw new Error("the data check accepted it");
  return r.errors;
};
const where = (p: Problem) => [p.code, p.file, p.line, p.column, p.value];
const withPlanYear = (year: unknown) => (c: typeof CATALOGUE) => ({ ...c, lentera: { ...c.lentera, planYear: year } });
/** The catalogue with the year column of actions.csv left unconstrained, so that only the cross-table rules judge it. */
const looseYear = (c: typeof CATALOGUE) => {
  const field = c.resources.find((r) => r.name === "actions")!.schema!.fields.find((f) => f.name === "year")!;
  field.constraints = {};
  return c;
};
/** A fixture row with its id and year replaced. */
const row = (i: number, id: string, year: string) => ROWS[i]!.replace(/^[^,]*,[^,]*,/, `${id},${year},`);

describe("the model of several plan years", () => {
  it("keeps every year, oldest first, and takes the latest as the current plan", async () => {
    const { model: m, warnings } = await model();
    expect(m.plans.map((p) => [p.year, p.actions.map((a) => a.id)])).toEqual([
      [2025, ["RAT-2025-001", "RAT-2025-002"]],
      [2026, ["RAT-2026-001", "RAT-2026-002", "RAT-2026-003"]],
    ]);
    expect(m.planYear).toBe(2026);
    expect(m.actions.map((a) => a.id)).toEqual(["RAT-2026-001", "RAT-2026-002", "RAT-2026-003"]);
    expect(warnings.map((w) => w.code)).not.toContain("later-plan-year");
  });

  it("takes the year the settings name as the current plan, warning that a later one exists", async () => {
    const { model: m, warnings } = await model({ catalogue: withPlanYear(2025) });
    expect(m.planYear).toBe(2025);
    expect(m.actions.map((a) => a.id)).toEqual(["RAT-2025-001", "RAT-2025-002"]);
    expect(m.plans).toHaveLength(2);
    expect(warnings.filter((w) => w.code === "later-plan-year").map((w) => [w.file, w.what.en])).toEqual([
      [
        "datapackage.json",
        'actions.csv holds a plan for 2026, later than "planYear" 2025 in datapackage.json: the site shows the 2025 plan as the current one.',
      ],
    ]);
  });

  it("sums each year on its own: the year pages, and the current plan's pages and charts, never mix years", async () => {
    const { model: m } = await model();
    const budget = (year: number) => actionTotals(m.plans.find((p) => p.year === year)!.actions).budget;
    expect([budget(2025), budget(2026)]).toEqual([470_000_000, 1_775_000_000]);
    expect(actionTotals(m.actions).budget).toBe(budget(2026));
    // The 2025 page's strategy table and total, in words.
    const v2025 = planView(m, "2025", "en");
    const rupiah = (n: number) => formatRupiahShort(n, "en");
    expect(v2025.byStrategy.map((r) => [r.link.path, r.actions, r.budget])).toEqual([
      [pathOf("strategy", "beban-pengeluaran"), "1", rupiah(400_000_000)],
      [pathOf("strategy", "pendapatan"), "1", rupiah(70_000_000)],
    ]);
    expect(v2025.total.budget).toBe(rupiah(470_000_000));
    expect(v2025.rows.map((r) => r.id)).toEqual(["RAT-2025-001", "RAT-2025-002"]);
    // A strategy with actions in both years shows the current year's alone, as does the budget chart.
    expect(strategyView(m, "beban-pengeluaran", "en").rows.map((r) => r.id)).toEqual(["RAT-2026-001"]);
    const chart = chartState(m, chartId.budgetByStrategy(), "en");
    const charted = chart.table.rows.reduce((s, r) => s + Number(r.cells.budget), 0);
    expect(charted).toBe(budget(2026));
  });

  it("links every year's plan from the pages of the current one, the current year marked", async () => {
    const { model: m } = await model();
    const line = planYearsLine(m, "id")!;
    expect([...line.years, line.all].map((l) => [l.label, l.path])).toEqual([
      ["2025", "rencana/2025/"],
      ["2026 (berlaku)", "rencana/2026/"],
      ["semua rencana", "rencana/"],
    ]);
    expect(planView(m, "2025", "id").standing).toBe(
      "Rencana yang berlaku adalah rencana 2026. Semua angka di halaman ini hanya untuk rencana 2025.",
    );
    expect(planIndexView(m, "en").rows.map((r) => [r.link.label, r.current])).toEqual([
      ["2026", true],
      ["2025", false],
    ]);
  });
});

describe("the routes of several plan years", () => {
  it("give one page per plan year, and their index, in both languages", async () => {
    const { model: m } = await model();
    const plans = pageRoutes(m).filter((r) => r.kind === "plan" || r.kind === "plan-index");
    expect(plans.map((r) => [r.kind, r.path, r.id])).toEqual([
      ["plan-index", "rencana/", undefined],
      ["plan", "rencana/2025/", "2025"],
      ["plan", "rencana/2026/", "2026"],
    ]);
    expect(pathOf("plan", "2027")).toBe("rencana/2027/");
    const params = pageStaticPaths(m).map((p) => p.params.page);
    expect(params).toEqual(expect.arrayContaining(["rencana/2025", "rencana/2026", "en/rencana/2025", "en/rencana/2026", "rencana", "en/rencana"]));
  });
});

describe("the data check of plan years", () => {
  it("refuses an action without a year, or with one that is not a year or not possible, at its line and column", async () => {
    const found = await errors({ rows: [row(0, "RAT-2026-001", ""), row(1, "RAT-2025-001", "2025.0"), row(2, "RAT-2025-002", "1925"), ...ROWS.slice(3)] });
    expect(found.map(where)).toEqual([
      ["required", "actions.csv", 2, "year", ""],
      ["not-year", "actions.csv", 3, "year", "2025.0"],
      ["below-minimum", "actions.csv", 4, "year", "1925"],
    ]);
  });

  it("refuses them with its own rule when the catalogue does not constrain the year column", async () => {
    const found = await errors({ catalogue: looseYear, rows: [row(0, "RAT-2026-001", ""), row(1, "RAT-1925-001", "1925"), ...ROWS.slice(2)] });
    expect(found.map(where)).toEqual([
      ["plan-year-missing", "actions.csv", 2, "year", undefined],
      ["plan-year-implausible", "actions.csv", 3, "year", "1925"],
    ]);
    expect(found[0]!.what).toEqual({
      id: "Kolom year kosong: kegiatan ini tidak bisa dimasukkan ke rencana tahun mana pun.",
      en: "The year column is empty: this activity cannot be placed in any year's plan.",
    });
    expect(found[1]!.what.en).toBe('The plan year "1925" is not possible for an action plan (it must be between 2000 and 2100).');
  });

  it("refuses an action whose year is not the year of its id, which would add it to another year's plan", async () => {
    const found = await errors({ rows: [ROWS[0]!, row(1, "RAT-2026-009", "2025"), ...ROWS.slice(2)] });
    expect(found.map(where)).toEqual([["plan-year-not-id-year", "actions.csv", 3, "year", "2025"]]);
    expect(found[0]!.what).toEqual({
      id: 'Id "RAT-2026-009" menyebut tahun 2026, tetapi kolom year berisi 2025: kegiatan ini bisa masuk ke rencana tahun yang salah.',
      en: 'The id "RAT-2026-009" names the year 2026, but the year column holds 2025: the activity may land in the wrong year\'s plan.',
    });
  });

  it("refuses an id used in two years: ids are unique across every year", async () => {
    // A 2025 row copied for 2026 with its year changed and its id kept.
    const found = await errors({ rows: [...ROWS, row(1, "RAT-2025-001", "2026")] });
    expect(found.filter((e) => e.code === "duplicate-key").map(where)).toEqual([["duplicate-key", "actions.csv", 7, "id", "RAT-2025-001"]]);
  });

  it("refuses a plan year in the settings that actions.csv does not hold, naming the years it does", async () => {
    const found = await errors({ catalogue: withPlanYear(2027) });
    expect(found.map(where)).toEqual([["plan-year-not-in-actions", "datapackage.json", undefined, undefined, undefined]]);
    expect(found[0]!.what.id).toBe(
      'Pengaturan "lentera" di datapackage.json: tahun rencana "planYear" 2027 tidak ada di actions.csv, yang berisi rencana tahun 2025, 2026.',
    );
    expect(found[0]!.fix.en).toBe('Write one of the years in actions.csv, or remove "planYear" so that the latest year (2026) is the current plan.');
    expect((await errors({ catalogue: withPlanYear("2026") })).map((e) => e.code)).toEqual(["catalogue-invalid"]);
  });

  it("needs the year named when actions.csv is empty, and then has no plan of that year yet", async () => {
    const found = await errors({ rows: [] });
    expect(found.map(where)).toEqual([["no-plan-year", "datapackage.json", undefined, undefined, undefined]]);
    const { model: m } = await model({ rows: [], catalogue: withPlanYear(2027) });
    expect([m.planYear, m.plans, m.actions]).toEqual([2027, [], []]);
    expect(pageRoutes(m).filter((r) => r.kind === "plan")).toEqual([]);
    expect(planYearsLine(m, "id")).toBeUndefined();
  });
});
