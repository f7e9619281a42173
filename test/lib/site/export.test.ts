import { describe, expect, it } from "vitest";
import type { PublishedTable } from "../../../src/lib/data/types.ts";
import { toCsv, toJson } from "../../../src/lib/site/export.ts";
import { neutralise } from "../../../src/lib/csv-file.ts";

const table: PublishedTable = {
  name: "things",
  path: "things.csv",
  title: "Things",
  fields: [
    { name: "id", type: "string", description: "" },
    { name: "value", type: "number", description: "" },
    { name: "places", type: "list", description: "" },
    { name: "note", type: "string", description: "" },
  ],
  rows: [
    { id: "a", value: -1.5, places: ["73.22.01", "73.22.05"], note: '=HYPERLINK("x")' },
    { id: "b", value: undefined, places: undefined, note: 'Sulawesi, "Selatan"' },
    { id: "@c", value: 0, places: ["73.22"], note: "+62 811" },
  ],
};

describe("CSV export", () => {
  it("starts with a byte-order mark, quotes where needed and keeps empty cells empty", () => {
    expect(toCsv(table)).toBe(
      '\uFEFFid,value,places,note\r\na,-1.5,73.22.01;73.22.05,"\'=HYPERLINK(""x"")"\r\nb,,,"Sulawesi, ""Selatan"""\r\n\'@c,0,73.22,\'+62 811\r\n',
    );
  });
  it("neutralises text that a spreadsheet would run as a formula, and nothing else", () => {
    expect(["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "a=b", "Rp-1"].map(neutralise)).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      "a=b",
      "Rp-1",
    ]);
  });
});

describe("JSON export", () => {
  it("writes typed values, lists as arrays and empty cells as null", () => {
    const json = JSON.parse(toJson(table, "CC-BY-4.0"));
    expect(json.rows[0]).toEqual({ id: "a", value: -1.5, places: ["73.22.01", "73.22.05"], note: '=HYPERLINK("x")' });
    expect(json.rows[1]).toEqual({ id: "b", value: null, places: null, note: 'Sulawesi, "Selatan"' });
    expect(json).toMatchObject({ name: "things", title: "Things", licence: "CC-BY-4.0" });
  });
});
