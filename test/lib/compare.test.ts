import { describe, expect, it } from "vitest";
import { compareToRegency, rankAll, rankSentence } from "../../src/lib/compare/index.ts";
import { unit } from "../helpers/lists.ts";

describe("compareToRegency", () => {
  it("says a rate in plain words, in both languages", () => {
    const cases: [number, string, string][] = [
      [15, "sekitar 1,5 kali angka kabupaten", "about 1.5 times the regency figure"],
      [20, "sekitar dua kali angka kabupaten", "about twice the regency figure"],
      [30, "sekitar 3 kali angka kabupaten", "about 3 times the regency figure"],
      [10.3, "hampir sama dengan angka kabupaten", "about the same as the regency figure"],
      [11, "sedikit lebih tinggi dari angka kabupaten", "a little higher than the regency figure"],
      [9, "sedikit lebih rendah dari angka kabupaten", "a little lower than the regency figure"],
      [5, "sekitar separuh angka kabupaten", "about half the regency figure"],
      [6.7, "sekitar dua pertiga angka kabupaten", "about two-thirds of the regency figure"],
      [4, "sekitar 0,4 kali angka kabupaten", "about 0.4 times the regency figure"],
      [0.5, "kurang dari sepersepuluh angka kabupaten", "less than a tenth of the regency figure"],
    ];
    for (const [value, id, en] of cases) {
      expect(compareToRegency(value, 10, unit("percent"), "id", "kabupaten")).toBe(id);
      expect(compareToRegency(value, 10, unit("percent"), "en", "regency")).toBe(en);
    }
  });
  it("gives counts as a share of the regency total", () => {
    expect(compareToRegency(90, 1000, unit("houses"), "id", "kabupaten")).toBe("sekitar 9\u00a0% dari jumlah kabupaten");
    expect(compareToRegency(90, 1000, unit("houses"), "en", "regency")).toBe("about 9% of the regency total");
    expect(compareToRegency(4, 1000, unit("families"), "en", "regency")).toBe("less than 1% of the regency total");
  });
  it("names the kind of place it compares with", () => {
    expect(compareToRegency(10, 10, unit("percent"), "id", "kota")).toBe("hampir sama dengan angka kota");
    expect(compareToRegency(20, 10, unit("percent"), "en", "city")).toBe("about twice the city figure");
  });
  it("makes no comparison with a missing or zero regency value", () => {
    expect(compareToRegency(5, undefined, unit("percent"), "id", "kabupaten")).toBeUndefined();
    expect(compareToRegency(5, 0, unit("percent"), "en", "regency")).toBeUndefined();
  });
});

describe("rankAll", () => {
  const values = new Map([
    ["a", 10],
    ["b", 20],
    ["c", 20],
    ["d", 5],
  ]);
  it("ranks by the indicator's direction, ties sharing a rank", () => {
    const lower = rankAll(values, "lower");
    expect(lower.get("d")).toEqual({ rank: 1, of: 4 });
    expect(lower.get("b")).toEqual({ rank: 3, of: 4 });
    expect(lower.get("c")).toEqual({ rank: 3, of: 4 });
    expect(rankAll(values, "higher").get("c")).toEqual({ rank: 1, of: 4 });
    expect(rankAll(values, "higher").get("d")).toEqual({ rank: 4, of: 4 });
    expect(rankAll(values, "neutral").get("a")).toEqual({ rank: 3, of: 4 });
    expect(lower.get("x")).toBeUndefined();
  });
  it("says what rank 1 means", () => {
    expect(rankSentence({ rank: 3, of: 15 }, "lower", "id")).toBe("peringkat 3 dari 15; peringkat 1 = angka terendah (terbaik)");
    expect(rankSentence({ rank: 3, of: 15 }, "higher", "en")).toBe("rank 3 of 15; rank 1 = highest (best)");
    expect(rankSentence({ rank: 2, of: 15 }, "neutral", "id")).toBe(
      "peringkat 2 dari 15; peringkat 1 = angka tertinggi (tidak ada arah yang lebih baik)",
    );
  });
});
