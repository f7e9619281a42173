import { describe, expect, it } from "vitest";
import type { Observation, Target } from "../../../src/lib/data/types.ts";
import {
  changeSentence,
  comparisonSentence,
  latestSentence,
  targetSentence,
  when,
  type SeriesFacts,
} from "../../../src/lib/site/sentences.ts";
import { period as periodOf, unit } from "../../helpers/lists.ts";

// Invented values for the tests: none of these is a real figure.
const obs = (year: number, value: number, status: Observation["status"] = "final", period = "march"): Observation => ({
  area: "73.22",
  indicator: "p0",
  year,
  period: periodOf(period),
  value,
  source: "src",
  status,
  note: undefined,
});
const rate = {
  name: { id: "Persentase penduduk miskin (P0)", en: "Poverty rate (P0, headcount ratio)" },
  unit: unit("percent"),
  decimals: 2,
  better: "lower",
} as const;
const facts = (series: Observation[]): SeriesFacts => ({ area: { id: "Luwu Utara", en: "Luwu Utara" }, indicator: rate, series });
const target = (year: number, value: number, valueMax?: number): Target => ({
  area: "73.22",
  indicator: "p0",
  year,
  yearEnd: undefined,
  value,
  valueMax,
  document: "RPJMD 2021-2026",
  source: "src",
  note: undefined,
});
const series = [obs(2018, 14.5), obs(2019, 14), obs(2020, 13.4), obs(2023, 12.6), obs(2024, 11.2), obs(2025, 10.7, "provisional")];

describe("latestSentence", () => {
  it("states the latest value with its period and status", () => {
    expect(latestSentence(facts(series), "id")).toBe(
      "Pada Maret 2025, persentase penduduk miskin (P0) Luwu Utara adalah 10,70\u00a0% (angka sementara).",
    );
    expect(latestSentence(facts(series), "en")).toBe(
      "In March 2025, the poverty rate (P0, headcount ratio) of Luwu Utara was 10.70% (provisional).",
    );
  });
  it("keeps the capitals of a proper name and says nothing without data", () => {
    const hdi = {
      ...facts([obs(2024, 70.61, "final", "annual")]),
      indicator: { ...rate, unit: unit("index"), name: { id: "Indeks Pembangunan Manusia", en: "Human Development Index" } },
    };
    expect(latestSentence(hdi, "en")).toBe("In 2024, the Human Development Index of Luwu Utara was 70.61.");
    expect(latestSentence(hdi, "id")).toBe("Pada 2024, Indeks Pembangunan Manusia Luwu Utara adalah 70,61.");
    expect(latestSentence(facts([]), "id")).toBeUndefined();
  });
});

describe("changeSentence", () => {
  it("compares with the year before and with about five years earlier", () => {
    expect(changeSentence(facts(series), "id")).toBe(
      "Angka ini turun 0,50 poin persen dari 11,20\u00a0% pada 2024 dan turun 2,70 poin persen dari 13,40\u00a0% pada 2020.",
    );
    expect(changeSentence(facts(series), "en")).toBe(
      "That is down 0.50 percentage points from 11.20% in 2024 and down 2.70 percentage points from 13.40% in 2020.",
    );
  });
  it("falls back to the oldest value when no year is five years back, and says 'up' and 'the same'", () => {
    const s = [obs(2022, 12), obs(2023, 12.5), obs(2024, 12.5)];
    expect(changeSentence(facts(s), "id")).toBe("Angka ini sama dengan angka 2023 dan naik 0,50 poin persen dari 12,00\u00a0% pada 2022.");
    expect(changeSentence(facts(s), "en")).toBe("That is the same as in 2023 and up 0.50 percentage points from 12.00% in 2022.");
  });
  it("needs two values", () => {
    expect(changeSentence(facts([obs(2024, 11)]), "en")).toBeUndefined();
    expect(changeSentence(facts([obs(2023, 12), obs(2024, 11)]), "en")).toBe("That is down 1.00 percentage points from 12.00% in 2023.");
  });
});

describe("targetSentence", () => {
  it("says whether the value beat the target, by the indicator's direction", () => {
    expect(targetSentence(facts(series), target(2025, 12.02), "id")).toBe(
      "Target untuk 2025 (RPJMD 2021-2026) adalah 12,02\u00a0%. Angka ini 1,32 poin persen lebih baik dari target.",
    );
    expect(targetSentence(facts(series), target(2025, 10), "en")).toBe(
      "The target for 2025 (RPJMD 2021-2026) was 10.00%. The figure falls short of the target by 0.70 percentage points.",
    );
    expect(targetSentence(facts(series), target(2025, 10.7), "en")).toBe(
      "The target for 2025 (RPJMD 2021-2026) was 10.70%. The figure is exactly on target.",
    );
  });
  it("handles ranges and higher-is-better indicators", () => {
    const growth = { ...facts([obs(2024, 5, "final", "annual")]), indicator: { ...rate, better: "higher" as const } };
    expect(targetSentence(growth, target(2024, 6.26, 8.38), "id")).toBe(
      "Target untuk 2024 (RPJMD 2021-2026) adalah 6,26–8,38\u00a0%. Angka ini belum mencapai target; selisihnya 1,26 poin persen.",
    );
    expect(targetSentence(growth, target(2024, 4, 6), "en")).toBe(
      "The target for 2024 (RPJMD 2021-2026) was 4.00–6.00%. The figure is within the target range.",
    );
    expect(targetSentence(growth, undefined, "en")).toBeUndefined();
  });
});

describe("comparisonSentence", () => {
  it("names the comparison areas that have a value for the same year and period", () => {
    const others = [
      { area: { id: "Sulawesi Selatan", en: "South Sulawesi" }, series: [obs(2025, 7.6), obs(2025, 7.5, "final", "september")] },
      { area: { id: "Indonesia", en: "Indonesia" }, series: [obs(2025, 8.47)] },
      { area: { id: "Papua", en: "Papua" }, series: [obs(2024, 20)] },
    ];
    expect(comparisonSentence(facts(series), others, "id")).toBe(
      "Sebagai pembanding, pada Maret 2025 angka Sulawesi Selatan 7,60\u00a0% dan Indonesia 8,47\u00a0%.",
    );
    expect(comparisonSentence(facts(series), others, "en")).toBe(
      "For comparison, in March 2025 the figure was 7.60% for South Sulawesi and 8.47% for Indonesia.",
    );
    expect(comparisonSentence(facts(series), others.slice(2), "en")).toBeUndefined();
  });
});

describe("when", () => {
  it("names survey months, mid-year and census periods", () => {
    expect(when({ year: 2024, period: periodOf("august") }, "id")).toBe("Agustus 2024");
    expect(when({ year: 2020, period: periodOf("midyear") }, "en")).toBe("mid-2020");
    expect(when({ year: 2010, period: periodOf("census") }, "en")).toBe("the 2010 census");
    expect(when({ year: 2023, period: periodOf("annual") }, "id")).toBe("2023");
  });
});
