import { describe, expect, it } from "vitest";
import { chartState } from "../../src/lib/charts/catalog.ts";
import { chartId } from "../../src/lib/charts/ids.ts";
import type { Locale, Model } from "../../src/lib/data/types.ts";
import { gaps, growth, ipm, kecamatan, plan, poverty, trends } from "./cases.ts";

/** The sentence each chart states its finding in, pinned word for word in both languages. */
const say = (model: Model, id: string, locale: Locale): string => chartState(model, id, locale).sentence;

describe("generated sentences", () => {
  it("trend: fell, with the target met", () => {
    const m = poverty();
    expect(say(m, chartId.trend("p0"), "id")).toBe(
      "Persentase penduduk miskin di Luwu Utara turun dari 13,59\u00a0% pada 2021 menjadi 11,24\u00a0% pada 2024. Target 2024 dalam RPJMD 2021-2026 (12,25\u00a0%) tercapai.",
    );
    expect(say(m, chartId.trend("p0"), "en")).toBe(
      "Poverty rate in Luwu Utara fell from 13.59% in 2021 to 11.24% in 2024. The 2024 target in the RPJMD 2021-2026 (12.25%) was met.",
    );
  });

  it("trend: a provisional last value is flagged", () => {
    expect(say(gaps(), chartId.trend("p0"), "id")).toBe(
      "Persentase penduduk miskin di Luwu Utara turun dari 14,70\u00a0% pada 2004 menjadi 13,69\u00a0% (angka sementara) pada 2018.",
    );
    expect(say(gaps(), chartId.trend("p0"), "en")).toBe(
      "Poverty rate in Luwu Utara fell from 14.70% in 2004 to 13.69% (provisional) in 2018.",
    );
  });

  it("trend: rose, judged against two targets of the same year", () => {
    expect(say(growth(), chartId.trend("pertumbuhan"), "id")).toBe(
      "Pertumbuhan ekonomi di Luwu Utara naik dari -0,59\u00a0% pada 2020 menjadi 5,12\u00a0% pada 2023. Target 2023 dalam Bupati (4,80\u00a0%) tercapai. Target 2023 dalam RKPD (5,50\u00a0%) belum tercapai.",
    );
    expect(say(growth(), chartId.trend("pertumbuhan"), "en")).toBe(
      "Economic growth in Luwu Utara rose from -0.59% in 2020 to 5.12% in 2023. The 2023 target in the Bupati (4.80%) was met. The 2023 target in the RKPD (5.50%) was not met.",
    );
  });

  it("trend: the revised HDI", () => {
    expect(say(ipm(), chartId.trend("ipm-sp2020"), "en")).toBe(
      "HDI (SP2020 series) in Luwu Utara rose from 73.31 in 2023 to 74.81 (provisional) in 2025. The 2025 target in the RKPD 2025 (74.61) was met.",
    );
  });

  it("ranking and map: highest and lowest kecamatan, and the regency", () => {
    const m = kecamatan();
    expect(say(m, chartId.ranking("air"), "id")).toBe(
      "Masamba mencatat rumah tangga dengan air minum layak tertinggi (87,9\u00a0%) dan Seko terendah (46,4\u00a0%). Angka Luwu Utara: 77,0\u00a0%.",
    );
    expect(say(m, chartId.ranking("air"), "en")).toBe(
      "Masamba has the highest households with safe drinking water (87.9%) and Seko the lowest (46.4%). The Luwu Utara figure is 77.0%.",
    );
    expect(say(m, chartId.map("rtlh"), "id")).toBe(
      "Seko mencatat rumah tidak layak huni tertinggi (627\u00a0rumah) dan Bone-Bone terendah (310\u00a0rumah). Jumlah seluruh Luwu Utara: 1.357\u00a0rumah.",
    );
    expect(say(m, chartId.map("rtlh"), "en")).toBe(
      "Seko has the highest houses unfit to live in (627\u00a0houses) and Bone-Bone the lowest (310\u00a0houses). The Luwu Utara total is 1,357\u00a0houses.",
    );
  });

  it("kecamatan trends: how many indicators improved, the worsening ones named with their values", () => {
    const m = trends();
    expect(say(m, chartId.kecamatanTrends("seko"), "id")).toBe(
      "Di Seko, 2 dari 3 indikator membaik antara 2021 dan 2025 (angka sementara); yang memburuk: prevalensi balita stunting dari 14,0\u00a0% menjadi 16,3\u00a0%.",
    );
    expect(say(m, chartId.kecamatanTrends("seko"), "en")).toBe(
      "In Seko, 2 of 3 indicators improved between 2021 and 2025 (provisional); worsened: stunting prevalence from 14.0% to 16.3%.",
    );
    expect(say(m, chartId.kecamatanTrends("malangke"), "id")).toBe(
      "Di Malangke, 2 dari 2 indikator membaik antara 2024 dan 2025 dan tidak ada yang memburuk (data contoh).",
    );
    expect(say(m, chartId.kecamatanTrends("malangke"), "en")).toBe(
      "In Malangke, 2 of 2 indicators improved between 2024 and 2025 and none worsened (sample data).",
    );
  });

  it("kecamatan trends with one panel, and profile", () => {
    const m = kecamatan();
    expect(say(m, chartId.kecamatanTrends("seko"), "id")).toBe(
      "Rumah tangga dengan air minum layak di Seko naik dari 45,1\u00a0% (data contoh) pada 2024 menjadi 46,4\u00a0% (data contoh) pada 2025.",
    );
    expect(say(m, chartId.kecamatanTrends("seko"), "en")).toBe(
      "Households with safe drinking water in Seko rose from 45.1% (sample data) in 2024 to 46.4% (sample data) in 2025.",
    );
    expect(say(m, chartId.profile("seko"), "id")).toBe(
      "Di antara 4 kecamatan, Seko berada di peringkat 4 untuk rumah tangga dengan air minum layak (46,4\u00a0%) dan 3 untuk rumah tidak layak huni (627\u00a0rumah). Peringkat 1 = angka terbaik; untuk indikator tanpa arah yang lebih baik, angka tertinggi.",
    );
    expect(say(m, chartId.profile("seko"), "en")).toBe(
      "Among 4 kecamatan, Seko ranks 4 on households with safe drinking water (46.4%) and 3 on houses unfit to live in (627\u00a0houses). Rank 1 = the best figure; for an indicator where neither direction is better, the highest.",
    );
  });

  it("locator", () => {
    expect(say(kecamatan(), chartId.locator("seko"), "id")).toBe(
      "Kecamatan Seko adalah satu dari 4 kecamatan di Kabupaten Luwu Utara. Wilayahnya terdiri atas 12 desa dan 0 kelurahan.",
    );
    expect(say(kecamatan(), chartId.locator("seko"), "en")).toBe(
      "Kecamatan Seko is one of the 4 kecamatan of Luwu Utara Regency. It has 12 desa and 0 kelurahan.",
    );
  });

  it("action plan: the largest budget line, where activities are, spending", () => {
    const m = plan();
    expect(say(m, chartId.budgetByStrategy(), "id")).toBe(
      "Dari total anggaran Rp2,05\u00a0miliar, strategi Pendapatan mendapat bagian terbesar: Rp1,28\u00a0miliar (62\u00a0%).",
    );
    expect(say(m, chartId.budgetByStrategy(), "en")).toBe(
      "Of the Rp2.05\u00a0billion budget, the Income strategy has the largest share: Rp1.28\u00a0billion (62%).",
    );
    expect(say(m, chartId.budgetByAgency(), "id")).toBe(
      "Dari total anggaran Rp2,05\u00a0miliar, Dinas PMD mengelola bagian terbesar: Rp1,2\u00a0miliar (59\u00a0%).",
    );
    expect(say(m, chartId.budgetByFunding(), "en")).toBe(
      "Of the Rp2.05\u00a0billion budget, Dana Desa (village fund) provides the largest share: Rp1.2\u00a0billion (59%).",
    );
    expect(say(m, chartId.actionsMap(), "id")).toBe(
      "Seko menjadi lokasi kegiatan terbanyak (2 kegiatan). Selain itu 1 kegiatan mencakup seluruh kabupaten.",
    );
    expect(say(m, chartId.realisation(), "en")).toBe(
      "Of the Rp2.05\u00a0billion budget, Rp598\u00a0million (29%) has been spent; the highest share is in the Spending burden strategy (68%).",
    );
    expect(say(m, chartId.realisation("beban-pengeluaran"), "id")).toBe(
      "Dari 2 kegiatan, 1 selesai dan 0 belum mencatat realisasi; secara keseluruhan 68\u00a0% anggaran telah terealisasi.",
    );
    expect(say(m, chartId.agencyBudget("dinas-sosial"), "en")).toBe(
      "Social Affairs Agency manages 3 activities with a budget of Rp845\u00a0million; Rp598\u00a0million (71%) has been spent.",
    );
  });
});
