import { describe, expect, it } from "vitest";
import { diffTable, type DiffTable } from "../../src/lib/releases/diff.ts";

/** The diff of two versions of a table, on small tables in memory. */
const FIELDS = ["area", "indicator", "year", "period", "value", "status"];
const KEY = ["area", "indicator", "year", "period"];
const row = (area: string, year: number, value: number, status = "final") => ({
  area,
  indicator: "p0",
  year,
  period: "march",
  value,
  status,
});
const table = (...rows: ReturnType<typeof row>[]): DiffTable => ({ fields: FIELDS, rows });

describe("the diff of two releases' tables", () => {
  it("finds nothing between equal tables", () => {
    const t = table(row("73.22", 2024, 11.25), row("73", 2024, 8.5));
    expect(diffTable(t, t, KEY)).toEqual({ added: [], changed: [], removed: [] });
  });

  it("finds a row added", () => {
    const d = diffTable(table(row("73.22", 2023, 12.5)), table(row("73.22", 2023, 12.5), row("73.22", 2024, 11.25)), KEY);
    expect(d).toEqual({ added: [row("73.22", 2024, 11.25)], changed: [], removed: [] });
  });

  it("finds a row removed", () => {
    const d = diffTable(table(row("73.22", 2023, 12.5), row("73", 2023, 8.7)), table(row("73.22", 2023, 12.5)), KEY);
    expect(d).toEqual({ added: [], changed: [], removed: [row("73", 2023, 8.7)] });
  });

  it("finds a value revised, with its old and new value", () => {
    const d = diffTable(table(row("73.22", 2024, 11.25)), table(row("73.22", 2024, 11.3)), KEY);
    expect(d).toEqual({
      added: [],
      changed: [{ before: row("73.22", 2024, 11.25), after: row("73.22", 2024, 11.3), fields: ["value"] }],
      removed: [],
    });
  });

  it("finds a provisional value made final, with a new number", () => {
    const d = diffTable(table(row("73.22", 2025, 10.74, "provisional")), table(row("73.22", 2025, 10.71, "final")), KEY);
    expect(d.changed).toEqual([
      { before: row("73.22", 2025, 10.74, "provisional"), after: row("73.22", 2025, 10.71, "final"), fields: ["value", "status"] },
    ]);
  });

  it("matches rows on the key, not on their position", () => {
    const d = diffTable(
      table(row("73", 2024, 8.5), row("73.22", 2024, 11.25)),
      table(row("73.22", 2024, 11.25), row("73", 2024, 8.5)),
      KEY,
    );
    expect(d).toEqual({ added: [], changed: [], removed: [] });
  });

  it("reads a key that differs in one part as a row removed and a row added", () => {
    const d = diffTable(table(row("73.22", 2024, 11.25)), table({ ...row("73.22", 2024, 11.25), period: "september" }), KEY);
    expect([d.added.length, d.changed.length, d.removed.length]).toEqual([1, 0, 1]);
  });

  it("compares lists by their items and treats no data as empty", () => {
    const before: DiffTable = {
      fields: ["id", "locations", "realised"],
      rows: [{ id: "A", locations: ["73.22.01", "73.22.02"], realised: undefined }],
    };
    const after: DiffTable = { fields: ["id", "locations", "realised"], rows: [{ id: "A", locations: ["73.22.01"], realised: 40 }] };
    expect(diffTable(before, after, ["id"]).changed[0]!.fields).toEqual(["locations", "realised"]);
  });
});
