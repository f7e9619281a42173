import type { Model } from "../../src/lib/data/types.ts";
import { makeModel } from "./model.ts";

/** The named models the snapshot and sentence tests share. Every number is invented. */

/** The poverty rate of a regency with its province and country, a provisional last year and a target. */
export const poverty = (): Model =>
  makeModel({
    indicators: [
      {
        id: "p0",
        name: { id: "Persentase penduduk miskin", en: "Poverty rate" },
        short: { id: "Penduduk miskin (%)", en: "Poverty rate (%)" },
      },
    ],
    observations: [
      { area: "73.22", indicator: "p0", year: 2021, value: 13.59, period: "march" },
      { area: "73.22", indicator: "p0", year: 2022, value: 13.22, period: "march" },
      { area: "73.22", indicator: "p0", year: 2023, value: 12.66, period: "march" },
      { area: "73.22", indicator: "p0", year: 2024, value: 11.24, period: "march" },
      { area: "73", indicator: "p0", year: 2022, value: 8.63, period: "march" },
      { area: "73", indicator: "p0", year: 2022, value: 8.66, period: "september" },
      { area: "73", indicator: "p0", year: 2023, value: 8.7, period: "march" },
      { area: "73", indicator: "p0", year: 2024, value: 8.06, period: "march" },
      { area: "ID", indicator: "p0", year: 2022, value: 9.54, period: "march" },
      { area: "ID", indicator: "p0", year: 2024, value: 9.03, period: "march" },
    ],
    targets: [{ area: "73.22", indicator: "p0", year: 2024, value: 12.25, document: "RPJMD 2021-2026" }],
  });

/** Missing years: a lone first year, a run, a gap, a run ending in a provisional value. */
export const gaps = (): Model =>
  makeModel({
    indicators: [{ id: "p0", name: { id: "Persentase penduduk miskin", en: "Poverty rate" } }],
    observations: [
      { area: "73.22", indicator: "p0", year: 2004, value: 14.7, period: "march" },
      { area: "73.22", indicator: "p0", year: 2008, value: 18.38, period: "march" },
      { area: "73.22", indicator: "p0", year: 2009, value: 16.4, period: "march" },
      { area: "73.22", indicator: "p0", year: 2013, value: 15.52, period: "march" },
      { area: "73.22", indicator: "p0", year: 2016, value: 14.38, period: "march" },
      { area: "73.22", indicator: "p0", year: 2017, value: 14.33, period: "march" },
      { area: "73.22", indicator: "p0", year: 2018, value: 13.69, period: "march", status: "provisional" },
    ],
    targets: [
      { area: "73.22", indicator: "p0", year: 2017, yearEnd: 2020, value: 12, document: "RPJPD" },
      { area: "73.22", indicator: "p0", year: 2025, yearEnd: 2030, value: 9, document: "RPJPD" },
    ],
  });

/** Two HDI series that cannot be joined: the old one ends in 2022, the revised one starts in 2023. */
export const ipm = (): Model =>
  makeModel({
    indicators: [
      {
        id: "ipm-2010",
        name: { id: "IPM (seri lama)", en: "HDI (old series)" },
        short: { id: "IPM seri lama", en: "HDI old series" },
        unit: "index",
        better: "higher",
        family: "ipm",
      },
      {
        id: "ipm-sp2020",
        name: { id: "IPM (seri SP2020)", en: "HDI (SP2020 series)" },
        short: { id: "IPM seri SP2020", en: "HDI SP2020 series" },
        unit: "index",
        better: "higher",
        family: "ipm",
      },
    ],
    observations: [
      ...[66.4, 66.9, 67.44].map((value, i) => ({ area: "73.22", indicator: "ipm-2010", year: 2013 + i, value })),
      ...[70.02, 70.51].map((value, i) => ({ area: "73.22", indicator: "ipm-2010", year: 2021 + i, value })),
      { area: "73.22", indicator: "ipm-sp2020", year: 2023, value: 73.31 },
      { area: "73.22", indicator: "ipm-sp2020", year: 2024, value: 74.04 },
      { area: "73.22", indicator: "ipm-sp2020", year: 2025, value: 74.81, status: "provisional" },
      { area: "73", indicator: "ipm-sp2020", year: 2023, value: 74.6 },
      { area: "73", indicator: "ipm-sp2020", year: 2024, value: 75.18 },
    ],
    targets: [
      { area: "73.22", indicator: "ipm-sp2020", year: 2025, value: 74.61, document: "RKPD 2025" },
      { area: "73.22", indicator: "ipm-2010", year: 2024, value: 70.61, document: "RPJMD" },
    ],
  });

/** Growth with a target range and two targets for one year. */
export const growth = (): Model =>
  makeModel({
    indicators: [{ id: "pertumbuhan", name: { id: "Pertumbuhan ekonomi", en: "Economic growth" }, better: "higher", minimum: -100 }],
    observations: [
      { area: "73.22", indicator: "pertumbuhan", year: 2020, value: -0.59 },
      { area: "73.22", indicator: "pertumbuhan", year: 2021, value: 3.9 },
      { area: "73.22", indicator: "pertumbuhan", year: 2022, value: 4.54 },
      { area: "73.22", indicator: "pertumbuhan", year: 2023, value: 5.12 },
    ],
    targets: [
      { area: "73.22", indicator: "pertumbuhan", year: 2023, value: 5.5, document: "RKPD" },
      { area: "73.22", indicator: "pertumbuhan", year: 2023, value: 4.8, document: "Bupati" },
      { area: "73.22", indicator: "pertumbuhan", year: 2024, value: 6.26, valueMax: 8.38, document: "RKPD" },
    ],
  });

const KEC = [
  { code: "73.22.01", name: "Malangke", desa: 14, kelurahan: 0 },
  { code: "73.22.02", name: "Bone-Bone", desa: 10, kelurahan: 1 },
  { code: "73.22.03", name: "Masamba", desa: 15, kelurahan: 4 },
  { code: "73.22.07", name: "Seko", desa: 12, kelurahan: 0 },
];

/** Two kecamatan indicators the kecamatan cases share: a share with a direction, and a count. */
const AIR = {
  id: "air",
  name: { id: "Rumah tangga dengan air minum layak", en: "Households with safe drinking water" },
  short: { id: "Air minum layak (%)", en: "Safe water (%)" },
  unit: "percent",
  decimals: 1,
  better: "higher",
  kind: "administrative",
} as const;
const RTLH = {
  id: "rtlh",
  name: { id: "Rumah tidak layak huni", en: "Houses unfit to live in" },
  short: { id: "RTLH", en: "Unfit houses" },
  unit: "houses",
  decimals: 0,
  kind: "administrative",
} as const;

/** Sample kecamatan indicators: a share (with a regency value) and a count; one kecamatan without a value. */
export const kecamatan = (): Model =>
  makeModel({
    kecamatan: KEC,
    indicators: [AIR, RTLH],
    observations: [
      ...[
        ["73.22.01", 71.5, 70.2],
        ["73.22.02", 83.2, 82.5],
        ["73.22.03", 88.4, 87.9],
        ["73.22.07", 45.1, 46.4],
        ["73.22", 76.3, 77.0],
      ].flatMap(([area, a, b]) => [
        { area: area as string, indicator: "air", year: 2024, value: a as number, status: "sample" as const, source: "src_b" },
        { area: area as string, indicator: "air", year: 2025, value: b as number, status: "sample" as const, source: "src_b" },
      ]),
      ...[
        ["73.22.01", 420],
        ["73.22.02", 310],
        ["73.22.07", 627],
        ["73.22", 1357],
      ].map(([area, value]) => ({
        area: area as string,
        indicator: "rtlh",
        year: 2025,
        value: value as number,
        status: "sample" as const,
        source: "src_b",
      })),
    ],
  });

/**
 * One kecamatan's trends: a share with a missing year and a provisional last
 * value (the regency has every year), a count (no regency line), a share that
 * worsens, a neutral count with two lone years, and a single year (not drawn).
 * Malangke has two sample indicators that both improve.
 */
export const trends = (): Model =>
  makeModel({
    kecamatan: KEC,
    indicators: [
      AIR,
      RTLH,
      {
        id: "stunting",
        name: { id: "Prevalensi balita stunting", en: "Stunting prevalence" },
        short: { id: "Balita stunting (%)", en: "Stunting (%)" },
        unit: "percent",
        decimals: 1,
        kind: "administrative",
      },
      {
        id: "pkh",
        name: { id: "Keluarga penerima PKH", en: "Families receiving PKH" },
        short: { id: "Penerima PKH (KK)", en: "PKH families" },
        unit: "families",
        decimals: 0,
        better: "neutral",
        kind: "administrative",
      },
      {
        id: "luas",
        name: { id: "Luas wilayah", en: "Land area" },
        short: { id: "Luas (km²)", en: "Area (km²)" },
        unit: "km2",
        decimals: 2,
        better: "neutral",
        kind: "geographic",
      },
    ],
    observations: [
      ...[
        [2021, 40.2],
        [2022, 41.0],
        [2024, 45.1],
        [2025, 46.4],
      ].map(([year, value]) => ({
        area: "73.22.07",
        indicator: "air",
        year: year!,
        value: value!,
        status: year === 2025 ? ("provisional" as const) : ("final" as const),
      })),
      ...[74.0, 75.1, 75.9, 76.3, 77.0].map((value, i) => ({ area: "73.22", indicator: "air", year: 2021 + i, value })),
      ...[702, 688, 671, 650, 627].map((value, i) => ({ area: "73.22.07", indicator: "rtlh", year: 2021 + i, value })),
      ...[1620, 1580, 1510, 1431, 1357].map((value, i) => ({ area: "73.22", indicator: "rtlh", year: 2021 + i, value })),
      ...[14.0, 14.6, 15.1, 15.9, 16.3].map((value, i) => ({ area: "73.22.07", indicator: "stunting", year: 2021 + i, value })),
      ...[10.6, 10.2, 9.8, 9.5, 9.3].map((value, i) => ({ area: "73.22", indicator: "stunting", year: 2021 + i, value })),
      { area: "73.22.07", indicator: "pkh", year: 2021, value: 1100 },
      { area: "73.22.07", indicator: "pkh", year: 2025, value: 1149 },
      { area: "73.22.07", indicator: "luas", year: 2011, value: 2109.19 },
      ...[
        ["air", 2024, 70.2],
        ["air", 2025, 71.5],
        ["rtlh", 2024, 430],
        ["rtlh", 2025, 420],
      ].map(([indicator, year, value]) => ({
        area: "73.22.01",
        indicator: indicator as string,
        year: year as number,
        value: value as number,
        status: "sample" as const,
        source: "src_b",
      })),
    ],
  });

/** A sample action plan: two strategies, two agencies, mixed funding, some spending recorded. */
export const plan = (): Model =>
  makeModel({
    kecamatan: KEC,
    actions: [
      {
        id: "RAT-2026-001",
        strategy: "beban-pengeluaran",
        agency: "dinas-sosial",
        budget: 450_000_000,
        funding: "apbd",
        realisedBudget: 203_414_000,
        realisedOutput: 82,
        outputTarget: 173,
        status: "ongoing",
      },
      {
        id: "RAT-2026-002",
        strategy: "beban-pengeluaran",
        agency: "dinas-sosial",
        budget: 320_000_000,
        funding: "apbn",
        realisedBudget: 320_000_000,
        realisedOutput: 100,
        status: "done",
        locations: ["73.22.07", "73.22.01"],
        regencyWide: false,
      },
      {
        id: "RAT-2026-003",
        strategy: "pendapatan",
        agency: "dinas-pmd",
        budget: 1_200_000_000,
        funding: "dana-desa",
        status: "planned",
        locations: ["73.22.07"],
        regencyWide: false,
      },
      {
        id: "RAT-2026-004",
        strategy: "pendapatan",
        agency: "dinas-sosial",
        budget: 75_000_000,
        funding: "apbd",
        realisedBudget: 75_000_000,
        realisedOutput: 30,
        outputTarget: 30,
        status: "done",
        locations: ["73.22.02"],
        regencyWide: false,
      },
    ],
  });
