// Writes the SAMPLE rows of data/observations.csv and data/actions.csv.
//
// Sample rows are invented examples for what no public source gives: kecamatan
// indicators that only exist in by-name registries (DTSEN, P3KE, e-PPGBM) and the
// rows of the 2026 action plan. They carry status "sample" (observations) or
// data_status "sample" (actions) and the source id "lentera_sample" (or the id of
// the real programme an action is modelled on).
//
// The script keeps every other row exactly as it is and replaces only the sample
// rows, so it is safe to run again. Output is deterministic: every random number
// comes from a PRNG seeded by a hash of what it is for (indicator, area, year).
//
//   node scripts/dev/make-sample-data.ts            (writes into data/)
//   DATA_DIR=some/folder node scripts/dev/make-sample-data.ts
//
// Run with Node 24 (node_modules/.bin/node), which strips the type annotations.

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Papa from "papaparse";
import { hash, prng } from "../../src/lib/random.ts";

const dataDir = resolve(process.env["DATA_DIR"] ?? fileURLToPath(new URL("../../data/", import.meta.url)));

const SAMPLE_SOURCE = "lentera_sample";
const YEARS = [2023, 2024, 2025];
const PLAN_YEAR = 2026;
const REGENCY = "73.22";

// ------------------------------------------------------------------ CSV helpers

const OBSERVATION_FIELDS = ["area", "indicator", "year", "period", "value", "source", "status", "note_id", "note_en"];
const ACTION_FIELDS = [
  "id",
  "year",
  "strategy",
  "agency",
  "programme_id",
  "programme_en",
  "activity_id",
  "activity_en",
  "target_group_id",
  "target_group_en",
  "locations",
  "output_id",
  "output_en",
  "output_target",
  "output_unit_id",
  "output_unit_en",
  "budget",
  "funding",
  "realised_budget",
  "realised_output",
  "status",
  "data_status",
  "source",
  "note_id",
  "note_en",
];

/** Reads a CSV file as rows of strings; checks the header; returns [] when the file does not exist. */
function readRows(file: string, fields: string[]): string[][] {
  const path = join(dataDir, file);
  if (!existsSync(path)) return [];
  const text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: true });
  if (parsed.errors.length > 0) {
    const e = parsed.errors[0];
    throw new Error(`${file}: cannot parse CSV (${e?.message ?? "unknown error"}, row ${e?.row ?? "?"})`);
  }
  const [header, ...rows] = parsed.data;
  if (!header || header.join(",") !== fields.join(",")) {
    throw new Error(`${file}: header is "${header?.join(",") ?? ""}", expected "${fields.join(",")}"`);
  }
  return rows;
}

function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function writeRows(file: string, fields: string[], rows: string[][]): void {
  const lines = [fields, ...rows].map((row) => row.map(cell).join(","));
  writeFileSync(join(dataDir, file), lines.join("\n") + "\n", "utf8");
}

// ------------------------------------------------------------------ deterministic noise

/** A uniform number in [-amplitude, amplitude], fixed for the given key. */
function noise(key: string, amplitude: number): number {
  return (prng(hash(key))() * 2 - 1) * amplitude;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

// ------------------------------------------------------------------ kecamatan profiles (invented)

// households: an invented household count used only to weight the regency
// aggregate and to turn shares into counts; it is not written anywhere.
// The other columns are the invented 2023 starting values (percent).
interface Profile {
  code: string;
  name: string;
  households: number;
  desil1: number;
  rtlhShare: number;
  water: number;
  sanitation: number;
  electricity: number;
  stunting: number;
  remote: boolean;
}

const PROFILES: Profile[] = [
  {
    code: "73.22.01",
    name: "Malangke",
    households: 7200,
    desil1: 14.5,
    rtlhShare: 6.5,
    water: 78,
    sanitation: 72,
    electricity: 97.5,
    stunting: 11.0,
    remote: false,
  },
  {
    code: "73.22.02",
    name: "Bone-Bone",
    households: 7000,
    desil1: 9.0,
    rtlhShare: 4.0,
    water: 88,
    sanitation: 84,
    electricity: 99.3,
    stunting: 9.2,
    remote: false,
  },
  {
    code: "73.22.03",
    name: "Masamba",
    households: 9400,
    desil1: 7.5,
    rtlhShare: 3.2,
    water: 92,
    sanitation: 88,
    electricity: 99.6,
    stunting: 8.1,
    remote: false,
  },
  {
    code: "73.22.04",
    name: "Sabbang",
    households: 6300,
    desil1: 15.5,
    rtlhShare: 7.5,
    water: 74,
    sanitation: 68,
    electricity: 95.0,
    stunting: 11.5,
    remote: false,
  },
  {
    code: "73.22.05",
    name: "Rongkong",
    households: 2100,
    desil1: 22.0,
    rtlhShare: 12.0,
    water: 61,
    sanitation: 55,
    electricity: 84.0,
    stunting: 13.6,
    remote: true,
  },
  {
    code: "73.22.06",
    name: "Sukamaju",
    households: 8300,
    desil1: 9.5,
    rtlhShare: 4.2,
    water: 87,
    sanitation: 83,
    electricity: 99.1,
    stunting: 8.7,
    remote: false,
  },
  {
    code: "73.22.07",
    name: "Seko",
    households: 3400,
    desil1: 31.0,
    rtlhShare: 19.0,
    water: 42,
    sanitation: 33,
    electricity: 6.0,
    stunting: 15.6,
    remote: true,
  },
  {
    code: "73.22.08",
    name: "Malangke Barat",
    households: 6400,
    desil1: 15.0,
    rtlhShare: 7.0,
    water: 76,
    sanitation: 70,
    electricity: 96.5,
    stunting: 11.6,
    remote: false,
  },
  {
    code: "73.22.09",
    name: "Rampi",
    households: 850,
    desil1: 34.0,
    rtlhShare: 21.0,
    water: 38,
    sanitation: 36,
    electricity: 38.0,
    stunting: 16.0,
    remote: true,
  },
  {
    code: "73.22.10",
    name: "Mappedeceng",
    households: 7100,
    desil1: 10.5,
    rtlhShare: 4.8,
    water: 85,
    sanitation: 81,
    electricity: 98.8,
    stunting: 9.3,
    remote: false,
  },
  {
    code: "73.22.11",
    name: "Baebunta",
    households: 7700,
    desil1: 12.5,
    rtlhShare: 5.8,
    water: 80,
    sanitation: 76,
    electricity: 97.8,
    stunting: 10.1,
    remote: false,
  },
  {
    code: "73.22.12",
    name: "Tana Lili",
    households: 6100,
    desil1: 12.0,
    rtlhShare: 5.5,
    water: 82,
    sanitation: 77,
    electricity: 98.4,
    stunting: 10.8,
    remote: false,
  },
  {
    code: "73.22.13",
    name: "Sukamaju Selatan",
    households: 3900,
    desil1: 11.0,
    rtlhShare: 5.0,
    water: 84,
    sanitation: 79,
    electricity: 98.6,
    stunting: 9.9,
    remote: false,
  },
  {
    code: "73.22.14",
    name: "Baebunta Selatan",
    households: 4900,
    desil1: 14.0,
    rtlhShare: 6.8,
    water: 77,
    sanitation: 71,
    electricity: 97.0,
    stunting: 11.2,
    remote: false,
  },
  {
    code: "73.22.15",
    name: "Sabbang Selatan",
    households: 5100,
    desil1: 16.0,
    rtlhShare: 7.8,
    water: 73,
    sanitation: 67,
    electricity: 95.5,
    stunting: 11.9,
    remote: false,
  },
];

type Kind = "percent" | "count";

interface SampleIndicator {
  id: string;
  kind: Kind;
  /** The kecamatan value for a year (before rounding). */
  value: (p: Profile, year: number) => number;
  /** False when the regency figure of the measure is real data under another indicator, so no sample aggregate is written. */
  regency?: false;
}

const t = (year: number): number => year - YEARS[0]!;

function desil1(p: Profile, year: number): number {
  const step = p.remote ? -0.4 : -0.6;
  return clamp(p.desil1 + step * t(year) + noise(`rt-desil-1|${p.code}|${year}`, 0.4), 0, 100);
}

const SAMPLE_INDICATORS: SampleIndicator[] = [
  { id: "rt-desil-1", kind: "percent", value: desil1 },
  {
    id: "penerima-pkh",
    kind: "count",
    // PKH roughly follows the decile-1 share, with a small yearly wobble.
    value: (p, year) => ((p.households * (desil1(p, year) * 1.05 + 1.5)) / 100) * (1 + noise(`penerima-pkh|${p.code}|${year}`, 0.03)),
  },
  {
    id: "rtlh",
    kind: "count",
    value: (p, year) => (p.households * clamp(p.rtlhShare - 0.3 * t(year) + noise(`rtlh|${p.code}|${year}`, 0.25), 0, 100)) / 100,
  },
  {
    id: "air-minum-layak",
    kind: "percent",
    value: (p, year) => clamp(p.water + (p.remote ? 2.0 : 1.4) * t(year) + noise(`air-minum-layak|${p.code}|${year}`, 0.6), 0, 99.5),
  },
  {
    id: "sanitasi-layak",
    kind: "percent",
    value: (p, year) => clamp(p.sanitation + (p.remote ? 2.4 : 1.8) * t(year) + noise(`sanitasi-layak|${p.code}|${year}`, 0.6), 0, 99.5),
  },
  {
    id: "listrik-pln",
    kind: "percent",
    value: (p, year) => {
      const step = p.electricity < 50 ? 2.5 : p.electricity < 90 ? 2.0 : 0.3;
      return clamp(p.electricity + step * t(year) + noise(`listrik-pln|${p.code}|${year}`, p.electricity > 95 ? 0.15 : 0.5), 0, 99.9);
    },
  },
  {
    id: "balita-stunting",
    kind: "percent",
    // The regency figure of this measure is real and published as stunting-eppgbm; an invented
    // regency aggregate beside it would state one fact with two numbers, so none is written.
    regency: false,
    value: (p, year) => clamp(p.stunting - 0.6 * t(year) + noise(`balita-stunting|${p.code}|${year}`, 0.5), 0, 100),
  },
];

const SAMPLE_NOTE_ID = "Data contoh, bukan data resmi.";
const SAMPLE_NOTE_EN = "Sample data, not official.";

function sampleObservations(): string[][] {
  const rows: string[][] = [];
  const totalHouseholds = PROFILES.reduce((sum, p) => sum + p.households, 0);
  for (const indicator of SAMPLE_INDICATORS) {
    for (const year of YEARS) {
      const kecamatan = PROFILES.map((p) => {
        const raw = indicator.value(p, year);
        return { p, value: indicator.kind === "count" ? Math.round(raw) : round1(raw) };
      });
      // The regency value is the aggregate of the kecamatan values as written:
      // the sum for counts, the household-weighted mean for percentages.
      const regency =
        indicator.kind === "count"
          ? kecamatan.reduce((sum, k) => sum + k.value, 0)
          : round1(kecamatan.reduce((sum, k) => sum + k.value * k.p.households, 0) / totalHouseholds);
      const format = (v: number): string => (indicator.kind === "count" ? String(v) : v.toFixed(1));
      const row = (area: string, v: number): string[] => [
        area,
        indicator.id,
        String(year),
        "annual",
        format(v),
        SAMPLE_SOURCE,
        "sample",
        SAMPLE_NOTE_ID,
        SAMPLE_NOTE_EN,
      ];
      if (indicator.regency !== false) rows.push(row(REGENCY, regency));
      for (const k of kecamatan) rows.push(row(k.p.code, k.value));
    }
  }
  return rows;
}

// ------------------------------------------------------------------ the sample action plan

type Strategy = "beban-pengeluaran" | "pendapatan" | "kantong-kemiskinan";
type Funding = "apbd" | "apbn" | "dak" | "dana-desa" | "other";
type Status = "planned" | "ongoing" | "done" | "delayed";

interface Action {
  strategy: Strategy;
  agency: string;
  programme: [string, string];
  activity: [string, string];
  group: [string, string];
  locations: string[];
  output: [string, string];
  target: number;
  unit: [string, string];
  budget: number;
  funding: Funding;
  status: Status;
  /** Source id of the real programme the row is modelled on; empty for a purely invented row. */
  source?: string;
  /** For rows based on a real programme: what is real, in both languages. The sample part is added below. */
  real?: [string, string];
  /** Extra sample remark (for example why a row is delayed). */
  remark?: [string, string];
}

// Kecamatan codes, for readability.
const MALANGKE = "73.22.01",
  BONE_BONE = "73.22.02",
  MASAMBA = "73.22.03",
  SABBANG = "73.22.04",
  RONGKONG = "73.22.05",
  SUKAMAJU = "73.22.06",
  SEKO = "73.22.07",
  MALANGKE_BARAT = "73.22.08",
  RAMPI = "73.22.09",
  MAPPEDECENG = "73.22.10",
  BAEBUNTA = "73.22.11",
  TANA_LILI = "73.22.12",
  SUKAMAJU_SELATAN = "73.22.13",
  BAEBUNTA_SELATAN = "73.22.14",
  SABBANG_SELATAN = "73.22.15";

const ACTIONS: Action[] = [
  // ---------------------------------------------------------------- 1. expenditure burden
  {
    strategy: "beban-pengeluaran",
    agency: "dinas-sosial",
    programme: ["Pengelolaan data kesejahteraan sosial", "Social welfare data management"],
    activity: [
      "Pemutakhiran DTSEN sebagai dasar penetapan penerima bantuan",
      "Updating the DTSEN registry as the basis for choosing aid recipients",
    ],
    group: ["Rumah tangga miskin dan rentan di semua desa dan kelurahan", "Poor and vulnerable households in every desa and kelurahan"],
    locations: [REGENCY],
    output: ["Desa dan kelurahan yang datanya dimutakhirkan", "Desa and kelurahan with updated data"],
    target: 173,
    unit: ["desa/kelurahan", "desa/kelurahan"],
    budget: 450_000_000,
    funding: "apbd",
    status: "ongoing",
    source: "lu_narasi_20220912",
    real: [
      "Nyata: TKPK memutuskan semua intervensi kemiskinan 2022 berbasis DTKS (Narasi Tana Luwu, 2022); Luwu Utara memiliki 173 desa dan kelurahan.",
      "Real: the TKPK decided that all 2022 poverty interventions would be based on the DTKS registry (Narasi Tana Luwu, 2022); Luwu Utara has 173 desa and kelurahan.",
    ],
  },
  {
    strategy: "beban-pengeluaran",
    agency: "disdukcapil",
    programme: ["Pelayanan administrasi kependudukan", "Civil registration services"],
    activity: [
      "Layanan jemput bola KTP-el, kartu keluarga dan akta kelahiran di desa terpencil",
      "Mobile service for ID cards, family cards and birth certificates in remote villages",
    ],
    group: ["Keluarga miskin yang belum memiliki dokumen kependudukan", "Poor families without civil registration documents"],
    locations: [SEKO, RAMPI, RONGKONG],
    output: ["Dokumen kependudukan yang diterbitkan", "Civil documents issued"],
    target: 1500,
    unit: ["dokumen", "documents"],
    budget: 175_000_000,
    funding: "apbd",
    status: "done",
  },
  {
    strategy: "beban-pengeluaran",
    agency: "disdukcapil",
    programme: ["Pelayanan administrasi kependudukan", "Civil registration services"],
    activity: [
      "Pemadanan NIK data sasaran P3KE dengan database kependudukan",
      "Matching the P3KE target list with the population database by ID number",
    ],
    group: ["Keluarga dalam daftar sasaran P3KE", "Families on the P3KE target list"],
    locations: [REGENCY],
    output: ["Keluarga yang NIK-nya dipadankan", "Families with matched ID numbers"],
    target: 9000,
    unit: ["keluarga", "families"],
    budget: 95_000_000,
    funding: "apbd",
    status: "done",
    source: "lu_katasatu_p3ke_2023",
    real: [
      "Nyata: TKPK Luwu Utara telah memvalidasi data P3KE dari Kemenko PMK pada 2023 (Katasatu); jumlah keluarga tidak disebut.",
      "Real: the TKPK validated the P3KE data from the Coordinating Ministry in 2023 (Katasatu); no family count was given.",
    ],
  },
  {
    strategy: "beban-pengeluaran",
    agency: "dinas-sosial",
    programme: ["Perlindungan dan jaminan sosial", "Social protection"],
    activity: ["Pendampingan keluarga penerima PKH dan penyaluran BPNT (Sembako)", "Mentoring PKH families and delivering BPNT food aid"],
    group: ["Keluarga penerima PKH dan BPNT", "Families receiving PKH and BPNT"],
    locations: [REGENCY],
    output: ["Keluarga penerima yang didampingi", "Recipient families mentored"],
    target: 11000,
    unit: ["keluarga", "families"],
    budget: 320_000_000,
    funding: "apbn",
    status: "ongoing",
    source: "lu_katadia_202311",
    real: [
      "Nyata: PKH, BPNT, BLT dan BPJS PBI disebut Kepala Bappelitbangda sebagai program yang dilanjutkan bagi keluarga miskin ekstrem (Katadia, 2023); jumlah penerima tidak disebut.",
      "Real: PKH, BPNT, BLT and state-paid BPJS health insurance were named by the head of Bappelitbangda as continuing for extreme-poor families (Katadia, 2023); no recipient counts were given.",
    ],
  },
  {
    strategy: "beban-pengeluaran",
    agency: "dinas-sosial",
    programme: ["Perlindungan dan jaminan sosial", "Social protection"],
    activity: [
      "Pembayaran iuran JKN bagi penduduk miskin di luar kuota PBI nasional (PBI daerah)",
      "Paying national health insurance contributions for poor people outside the national quota (regency-paid PBI)",
    ],
    group: ["Penduduk miskin yang belum ditanggung PBI JKN nasional", "Poor people not covered by the national PBI quota"],
    locations: [REGENCY],
    output: ["Penduduk yang iurannya dibayar", "People whose contributions are paid"],
    target: 8000,
    unit: ["jiwa", "people"],
    budget: 3_900_000_000,
    funding: "apbd",
    status: "ongoing",
    source: "lu_katadia_202311",
    real: [
      "Nyata: BPJS PBI disebut sebagai salah satu program untuk keluarga miskin ekstrem (Katadia, 2023).",
      "Real: state-paid BPJS health insurance (PBI) was named as one of the programmes for extreme-poor families (Katadia, 2023).",
    ],
  },
  {
    strategy: "beban-pengeluaran",
    agency: "dinas-pmd",
    programme: ["Pembinaan pemerintahan desa", "Village government support"],
    activity: [
      "Pemantauan penyaluran BLT Dana Desa bagi keluarga miskin ekstrem",
      "Monitoring village-fund cash transfers (BLT Dana Desa) to extreme-poor families",
    ],
    group: ["Keluarga miskin ekstrem penerima BLT Dana Desa", "Extreme-poor families receiving BLT Dana Desa"],
    locations: [REGENCY],
    output: ["Keluarga penerima BLT Dana Desa", "Families receiving BLT Dana Desa"],
    target: 1200,
    unit: ["keluarga", "families"],
    budget: 4_320_000_000,
    funding: "dana-desa",
    status: "ongoing",
    source: "lu_katadia_202311",
    real: [
      "Nyata: BLT disebut sebagai program yang dilanjutkan bagi keluarga miskin ekstrem (Katadia, 2023).",
      "Real: cash transfers (BLT) were named as continuing for extreme-poor families (Katadia, 2023).",
    ],
  },
  {
    strategy: "beban-pengeluaran",
    agency: "dinas-kesehatan",
    programme: ["Percepatan penurunan stunting", "Accelerating stunting reduction"],
    activity: [
      "Pemberian makanan tambahan (PMT) lokal bagi balita gizi kurang dan ibu hamil kurang energi kronis",
      "Local supplementary feeding for underweight children and undernourished pregnant women",
    ],
    group: [
      "Balita gizi kurang dan ibu hamil KEK dari keluarga miskin",
      "Underweight children and undernourished pregnant women in poor families",
    ],
    locations: [SEKO, RAMPI, RONGKONG, MALANGKE, MALANGKE_BARAT],
    output: ["Balita dan ibu hamil yang menerima PMT", "Children and pregnant women fed"],
    target: 1200,
    unit: ["orang", "people"],
    budget: 850_000_000,
    funding: "dak",
    status: "ongoing",
    source: "lu_benuasulsel_stunting_2024",
    real: [
      "Nyata: PMT termasuk paket konvergensi stunting Luwu Utara (Benuasulsel, 2024).",
      "Real: supplementary feeding is part of Luwu Utara's stunting convergence package (Benuasulsel, 2024).",
    ],
  },
  {
    strategy: "beban-pengeluaran",
    agency: "dinas-kesehatan",
    programme: ["Percepatan penurunan stunting", "Accelerating stunting reduction"],
    activity: [
      "Pembagian telur bagi balita berisiko stunting (Telur 2 Lebih Baik) bersama TP-PKK",
      "Eggs for children at risk of stunting ('Telur 2 Lebih Baik') with the PKK women's movement",
    ],
    group: ["Balita berisiko stunting", "Children at risk of stunting"],
    locations: [TANA_LILI, SUKAMAJU_SELATAN, BAEBUNTA_SELATAN, SABBANG_SELATAN],
    output: ["Balita yang menerima telur", "Children receiving eggs"],
    target: 800,
    unit: ["balita", "children"],
    budget: 240_000_000,
    funding: "apbd",
    status: "done",
    source: "lu_benuasulsel_stunting_2024",
    real: [
      "Nyata: program Telur 2 Lebih Baik termasuk paket konvergensi stunting Luwu Utara (Benuasulsel, 2024).",
      "Real: the 'Telur 2 Lebih Baik' egg programme is part of Luwu Utara's stunting convergence package (Benuasulsel, 2024).",
    ],
  },
  {
    strategy: "beban-pengeluaran",
    agency: "dinas-kesehatan",
    programme: ["Pelayanan kesehatan", "Health services"],
    activity: [
      "Pelayanan kesehatan bergerak (dokter dan bidan keliling) ke desa terpencil",
      "Mobile health services (visiting doctors and midwives) for remote villages",
    ],
    group: ["Warga desa terpencil tanpa puskesmas terdekat", "People in remote villages far from a health centre"],
    locations: [SEKO, RAMPI],
    output: ["Kunjungan pelayanan kesehatan bergerak", "Mobile health visits"],
    target: 8,
    unit: ["kunjungan", "visits"],
    budget: 480_000_000,
    funding: "dak",
    status: "delayed",
    remark: [
      "Contoh keterlambatan: jadwal kunjungan bergeser karena cuaca dan akses.",
      "Example delay: visits postponed because of weather and access.",
    ],
  },
  {
    strategy: "beban-pengeluaran",
    agency: "bagian-kesra",
    programme: ["Kesejahteraan rakyat", "People's welfare"],
    activity: [
      "Bantuan biaya pendidikan bagi siswa dan mahasiswa dari keluarga miskin",
      "Education grants for pupils and students from poor families",
    ],
    group: ["Siswa dan mahasiswa dari keluarga desil 1 dan 2", "Pupils and students from decile 1 and 2 families"],
    locations: [REGENCY],
    output: ["Penerima bantuan pendidikan", "Education grant recipients"],
    target: 300,
    unit: ["orang", "people"],
    budget: 900_000_000,
    funding: "apbd",
    status: "ongoing",
  },
  {
    strategy: "beban-pengeluaran",
    agency: "bagian-kesra",
    programme: ["Kesejahteraan rakyat", "People's welfare"],
    activity: ["Santunan kematian bagi keluarga miskin", "Funeral grants for poor families"],
    group: ["Ahli waris dari keluarga miskin", "Bereaved poor families"],
    locations: [REGENCY],
    output: ["Keluarga penerima santunan", "Families receiving the grant"],
    target: 250,
    unit: ["keluarga", "families"],
    budget: 375_000_000,
    funding: "apbd",
    status: "ongoing",
  },
  {
    strategy: "beban-pengeluaran",
    agency: "dinas-sosial",
    programme: ["Rehabilitasi sosial", "Social rehabilitation"],
    activity: [
      "Bantuan kebutuhan dasar bagi lansia terlantar dan penyandang disabilitas miskin",
      "Basic-needs support for neglected elderly people and poor people with disabilities",
    ],
    group: [
      "Lansia terlantar dan penyandang disabilitas dari keluarga miskin",
      "Neglected elderly people and people with disabilities in poor families",
    ],
    locations: [SEKO, RAMPI, SABBANG, SABBANG_SELATAN],
    output: ["Penerima bantuan", "Recipients"],
    target: 200,
    unit: ["orang", "people"],
    budget: 300_000_000,
    funding: "apbd",
    status: "planned",
  },
  {
    strategy: "beban-pengeluaran",
    agency: "disdukcapil",
    programme: ["Pelayanan administrasi kependudukan", "Civil registration services"],
    activity: [
      "Penerbitan akta kelahiran anak dari keluarga miskin agar dapat mengakses PIP dan JKN",
      "Birth certificates for children of poor families so they can get school aid and health insurance",
    ],
    group: ["Anak dari keluarga miskin tanpa akta kelahiran", "Children of poor families without a birth certificate"],
    locations: [MALANGKE, MALANGKE_BARAT, TANA_LILI],
    output: ["Akta kelahiran yang diterbitkan", "Birth certificates issued"],
    target: 800,
    unit: ["akta", "certificates"],
    budget: 60_000_000,
    funding: "apbd",
    status: "done",
  },
  {
    strategy: "beban-pengeluaran",
    agency: "dinas-pmd",
    programme: ["Percepatan penurunan stunting", "Accelerating stunting reduction"],
    activity: [
      "Pelatihan kader pembangunan manusia (KPM) desa untuk konvergensi stunting",
      "Training village human development cadres (KPM) for stunting convergence",
    ],
    group: ["Kader pembangunan manusia di desa", "Village human development cadres"],
    locations: [REGENCY],
    output: ["Kader yang dilatih", "Cadres trained"],
    target: 166,
    unit: ["orang", "people"],
    budget: 180_000_000,
    funding: "dana-desa",
    status: "done",
    source: "lu_benuasulsel_stunting_2024",
    real: [
      "Nyata: Luwu Utara melibatkan 166 KPM dalam konvergensi stunting (Benuasulsel, 2024).",
      "Real: Luwu Utara involved 166 KPM cadres in stunting convergence (Benuasulsel, 2024).",
    ],
  },
  // ---------------------------------------------------------------- 2. income
  {
    strategy: "pendapatan",
    agency: "bapperida",
    programme: ["Koordinasi penanggulangan kemiskinan", "Poverty-reduction coordination"],
    activity: [
      "Replikasi Getar Dilan (Gerakan Tanam Sayur di Lahan Pekarangan) dengan pendampingan",
      "Replicating Getar Dilan (vegetable growing on house plots) with mentoring",
    ],
    group: ["Keluarga miskin yang memiliki pekarangan", "Poor families with a house plot"],
    locations: [REGENCY],
    output: ["Keluarga yang menanam dan didampingi", "Families growing vegetables with mentoring"],
    target: 1000,
    unit: ["keluarga", "families"],
    budget: 350_000_000,
    funding: "apbd",
    status: "ongoing",
    source: "lu_luwuraya_tkpkd_20210806",
    real: [
      "Nyata: Bappelitbangda menargetkan 10.000 keluarga miskin lewat replikasi Getar Dilan sampai 2024 (Luwuraya, 2021).",
      "Real: Bappelitbangda aimed to reach 10,000 poor families through Getar Dilan by 2024 (Luwuraya, 2021).",
    ],
  },
  {
    strategy: "pendapatan",
    agency: "dinas-pmd",
    programme: ["Pemberdayaan masyarakat desa", "Village community empowerment"],
    activity: ["Profil dan pendampingan 10 keluarga miskin per desa", "Profiling and mentoring 10 poor families in every desa"],
    group: ["Keluarga miskin yang dipilih musyawarah desa", "Poor families chosen by the village meeting"],
    locations: [REGENCY],
    output: ["Keluarga miskin yang didampingi", "Poor families mentored"],
    target: 1660,
    unit: ["keluarga", "families"],
    budget: 500_000_000,
    funding: "dana-desa",
    status: "ongoing",
    source: "lu_luwuraya_tkpkd_20210806",
    real: [
      "Nyata: TKPKD pada 2021 meminta setiap desa memprofilkan dan mendampingi 10 keluarga miskin (Luwuraya, 2021); 10 keluarga kali 166 desa.",
      "Real: in 2021 the TKPKD asked every desa to profile and mentor 10 poor families (Luwuraya, 2021); 10 families times 166 desa.",
    ],
  },
  {
    strategy: "pendapatan",
    agency: "distransnaker",
    programme: ["Pelatihan kerja dan produktivitas", "Job training and productivity"],
    activity: [
      "Pelatihan kerja berbasis kompetensi bagi pemuda dari keluarga miskin",
      "Competency-based job training for young people from poor families",
    ],
    group: ["Pemuda usia kerja dari keluarga desil 1 dan 2", "Working-age youth from decile 1 and 2 families"],
    locations: [MASAMBA, BONE_BONE, SUKAMAJU],
    output: ["Peserta yang lulus pelatihan", "Trainees completing the course"],
    target: 120,
    unit: ["orang", "people"],
    budget: 420_000_000,
    funding: "apbd",
    status: "done",
  },
  {
    strategy: "pendapatan",
    agency: "distransnaker",
    programme: ["Pelatihan kerja dan produktivitas", "Job training and productivity"],
    activity: ["Pelatihan pengolahan hasil kakao bagi keluarga petani miskin", "Cocoa processing training for poor farming families"],
    group: ["Petani kakao dari keluarga miskin", "Cocoa farmers from poor families"],
    locations: [SABBANG, SABBANG_SELATAN, BAEBUNTA],
    output: ["Peserta pelatihan", "Trainees"],
    target: 80,
    unit: ["orang", "people"],
    budget: 240_000_000,
    funding: "apbn",
    status: "ongoing",
  },
  {
    strategy: "pendapatan",
    agency: "distransnaker",
    programme: ["Penempatan tenaga kerja", "Job placement"],
    activity: [
      "Bursa kerja dan pendataan pencari kerja dari keluarga miskin",
      "Job fair and registration of job seekers from poor families",
    ],
    group: ["Pencari kerja dari keluarga miskin", "Job seekers from poor families"],
    locations: [REGENCY],
    output: ["Pencari kerja yang ditempatkan", "Job seekers placed"],
    target: 300,
    unit: ["orang", "people"],
    budget: 85_000_000,
    funding: "apbd",
    status: "ongoing",
  },
  {
    strategy: "pendapatan",
    agency: "distransnaker",
    programme: ["Pemberdayaan kawasan perdesaan", "Rural area empowerment"],
    activity: ["Bantuan sarana produksi pertanian bagi keluarga petani miskin", "Farm inputs for poor farming families"],
    group: ["Keluarga petani miskin", "Poor farming families"],
    locations: [SUKAMAJU, SUKAMAJU_SELATAN, MAPPEDECENG],
    output: ["Keluarga penerima sarana produksi", "Families receiving farm inputs"],
    target: 150,
    unit: ["keluarga", "families"],
    budget: 500_000_000,
    funding: "apbn",
    status: "planned",
  },
  {
    strategy: "pendapatan",
    agency: "disporapar",
    programme: ["Pengembangan kepemudaan", "Youth development"],
    activity: ["Pelatihan kewirausahaan dan pemandu wisata bagi pemuda desa", "Entrepreneurship and tour-guide training for village youth"],
    group: ["Pemuda dari keluarga miskin", "Young people from poor families"],
    locations: [RONGKONG, SEKO],
    output: ["Pemuda yang dilatih", "Young people trained"],
    target: 60,
    unit: ["orang", "people"],
    budget: 150_000_000,
    funding: "apbd",
    status: "ongoing",
  },
  {
    strategy: "pendapatan",
    agency: "disporapar",
    programme: ["Pengembangan destinasi pariwisata", "Tourism destination development"],
    activity: ["Pengembangan desa wisata dan rumah inap (homestay) milik warga", "Developing tourism villages and family homestays"],
    group: ["Keluarga miskin di desa wisata", "Poor families in tourism villages"],
    locations: [RONGKONG, RAMPI],
    output: ["Desa wisata yang dikembangkan", "Tourism villages developed"],
    target: 2,
    unit: ["desa", "villages"],
    budget: 300_000_000,
    funding: "dak",
    status: "delayed",
    remark: ["Contoh keterlambatan: pengadaan belum selesai.", "Example delay: procurement not yet completed."],
  },
  {
    strategy: "pendapatan",
    agency: "dinas-pmd",
    programme: ["Pemberdayaan ekonomi desa", "Village economic empowerment"],
    activity: [
      "Penguatan BUMDes untuk usaha yang mempekerjakan warga miskin",
      "Strengthening village enterprises (BUMDes) that employ poor residents",
    ],
    group: ["BUMDes dan warga miskin desa", "Village enterprises and poor villagers"],
    locations: [MAPPEDECENG, TANA_LILI, SUKAMAJU_SELATAN, BAEBUNTA_SELATAN],
    output: ["BUMDes yang diperkuat", "Village enterprises strengthened"],
    target: 12,
    unit: ["BUMDes", "enterprises"],
    budget: 600_000_000,
    funding: "dana-desa",
    status: "ongoing",
  },
  {
    strategy: "pendapatan",
    agency: "dinas-pmd",
    programme: ["Pemberdayaan ekonomi desa", "Village economic empowerment"],
    activity: [
      "Pendampingan kelompok tani pekebun dalam pengusulan Peremajaan Sawit Rakyat (PSR)",
      "Helping smallholder groups apply for oil-palm replanting (PSR)",
    ],
    group: ["Pekebun sawit swadaya berpenghasilan rendah", "Low-income independent oil-palm smallholders"],
    locations: [MALANGKE, MALANGKE_BARAT, SUKAMAJU, SUKAMAJU_SELATAN],
    output: ["Luas kebun yang diremajakan", "Area replanted"],
    target: 100,
    unit: ["hektare", "hectares"],
    budget: 3_000_000_000,
    funding: "other",
    status: "ongoing",
    source: "lu_idenesia_20240727",
    real: [
      "Nyata: BPS Luwu Utara menyebut kebun PSR yang mulai berproduksi sebagai salah satu faktor turunnya kemiskinan 2024 (IDenesia, 2024). Dana PSR berasal dari dana perkebunan sawit, bukan APBD.",
      "Real: BPS Luwu Utara named replanted (PSR) plots starting to yield as one factor in the 2024 fall in poverty (IDenesia, 2024). PSR money comes from the oil-palm plantation fund, not the regency budget.",
    ],
  },
  {
    strategy: "pendapatan",
    agency: "dinas-sosial",
    programme: ["Pemberdayaan sosial", "Social empowerment"],
    activity: ["Pola pekarangan: bibit dan pendampingan bagi penerima PKH", "Home-garden scheme: seeds and mentoring for PKH recipients"],
    group: ["Keluarga penerima PKH", "PKH families"],
    locations: [BAEBUNTA, BAEBUNTA_SELATAN, SABBANG],
    output: ["Keluarga yang menjalankan pola pekarangan", "Families running a home garden"],
    target: 500,
    unit: ["keluarga", "families"],
    budget: 200_000_000,
    funding: "apbd",
    status: "done",
    source: "lu_katadia_202311",
    real: [
      "Nyata: pola pekarangan bagi penerima PKH dan kelompok tani disebut Kepala Bappelitbangda (Katadia, 2023).",
      "Real: the home-garden scheme for PKH recipients and farmer groups was named by the head of Bappelitbangda (Katadia, 2023).",
    ],
  },
  {
    strategy: "pendapatan",
    agency: "bapperida",
    programme: ["Riset dan inovasi daerah", "Regional research and innovation"],
    activity: [
      "Pelatihan pemasaran digital bagi usaha mikro keluarga miskin",
      "Online marketing training for micro-businesses of poor families",
    ],
    group: ["Pelaku usaha mikro dari keluarga miskin", "Micro-entrepreneurs from poor families"],
    locations: [REGENCY],
    output: ["UMKM yang dilatih", "Micro-businesses trained"],
    target: 200,
    unit: ["UMKM", "businesses"],
    budget: 250_000_000,
    funding: "apbd",
    status: "ongoing",
    source: "lu_infosulawesi_2026",
    real: [
      "Nyata: Kepala Bapperida menyebut ekosistem digital UMKM sebagai pendorong turunnya kemiskinan 2025 (infosulawesi, 2026).",
      "Real: the head of Bapperida named the digital ecosystem for small businesses as a driver of the 2025 fall in poverty (infosulawesi, 2026).",
    ],
  },
  {
    strategy: "pendapatan",
    agency: "bagian-kesra",
    programme: ["Kesejahteraan rakyat", "People's welfare"],
    activity: ["Bantuan modal usaha mikro bagi mustahik melalui Baznas", "Micro-business grants for zakat recipients through Baznas"],
    group: ["Mustahik dari keluarga miskin", "Zakat recipients from poor families"],
    locations: [REGENCY],
    output: ["Penerima bantuan modal", "Grant recipients"],
    target: 100,
    unit: ["orang", "people"],
    budget: 250_000_000,
    funding: "other",
    status: "ongoing",
  },
  // ---------------------------------------------------------------- 3. pockets of poverty
  {
    strategy: "kantong-kemiskinan",
    agency: "dinas-putrpkp2",
    programme: ["Perumahan dan kawasan permukiman", "Housing and settlements"],
    activity: [
      "Bedah rumah: stimulan perbaikan rumah tidak layak huni (APBD)",
      "House repair grants for houses unfit to live in (regency budget)",
    ],
    group: ["Keluarga miskin pemilik rumah tidak layak huni", "Poor families owning a house unfit to live in"],
    locations: [REGENCY],
    output: ["Rumah yang diperbaiki", "Houses repaired"],
    target: 120,
    unit: ["rumah", "houses"],
    budget: 1_800_000_000,
    funding: "apbd",
    status: "ongoing",
    source: "lu_kabarluwu_20241031",
    real: [
      "Nyata: 105 rumah tidak layak huni diperbaiki dengan APBD 2024 (KabarLuwu); pada 2020 stimulan APBD Rp15 juta per rumah (Tribun Timur).",
      "Real: 105 unfit houses were repaired with the 2024 regency budget (KabarLuwu); in 2020 the regency grant was Rp15 million per house (Tribun Timur).",
    ],
  },
  {
    strategy: "kantong-kemiskinan",
    agency: "dinas-putrpkp2",
    programme: ["Perumahan dan kawasan permukiman", "Housing and settlements"],
    activity: [
      "Bedah rumah (BSPS) dengan dana APBN di kecamatan terpencil",
      "House repair grants (BSPS) from the national budget in remote kecamatan",
    ],
    group: ["Keluarga miskin pemilik rumah tidak layak huni", "Poor families owning a house unfit to live in"],
    locations: [SEKO, RAMPI, RONGKONG],
    output: ["Rumah yang diperbaiki", "Houses repaired"],
    target: 60,
    unit: ["rumah", "houses"],
    budget: 1_050_000_000,
    funding: "apbn",
    status: "ongoing",
    source: "lu_tribun_bedahrumah_20200305",
    real: [
      "Nyata: pada 2020, 332 rumah diperbaiki, 125 di antaranya dengan APBN sebesar Rp17,5 juta per rumah (Tribun Timur).",
      "Real: in 2020, 332 houses were repaired, 125 of them from the national budget at Rp17.5 million each (Tribun Timur).",
    ],
  },
  {
    strategy: "kantong-kemiskinan",
    agency: "dinas-putrpkp2",
    programme: ["Sanitasi", "Sanitation"],
    activity: [
      "Hibah Air Limbah Setempat (H-ALS): tangki septik bagi rumah tangga miskin",
      "On-site wastewater grants (H-ALS): septic tanks for poor households",
    ],
    group: ["Rumah tangga miskin tanpa tangki septik", "Poor households without a septic tank"],
    locations: [MALANGKE, MALANGKE_BARAT, TANA_LILI, BONE_BONE],
    output: ["Unit tangki septik terpasang", "Septic tanks installed"],
    target: 300,
    unit: ["unit", "units"],
    budget: 1_650_000_000,
    funding: "apbn",
    status: "ongoing",
    source: "lu_sulselprov_20231107",
    real: [
      "Nyata: program H-ALS telah menjangkau 1.679 unit bagi rumah tangga miskin hingga 2023 (Pemprov Sulsel).",
      "Real: the H-ALS grants had reached 1,679 units for poor households by 2023 (Sulsel provincial government).",
    ],
  },
  {
    strategy: "kantong-kemiskinan",
    agency: "dinas-putrpkp2",
    programme: ["Air minum", "Drinking water"],
    activity: [
      "Pembangunan sistem penyediaan air minum perdesaan dengan sambungan rumah",
      "Building rural piped-water systems with house connections",
    ],
    group: ["Rumah tangga tanpa air minum layak", "Households without safe drinking water"],
    locations: [SEKO],
    output: ["Sambungan rumah", "House connections"],
    target: 300,
    unit: ["sambungan", "connections"],
    budget: 1_200_000_000,
    funding: "dak",
    status: "delayed",
    remark: [
      "Contoh keterlambatan: pengangkutan material terhambat jalan yang rusak pada musim hujan.",
      "Example delay: materials held up by damaged roads in the wet season.",
    ],
  },
  {
    strategy: "kantong-kemiskinan",
    agency: "dinas-putrpkp2",
    programme: ["Jalan dan jembatan", "Roads and bridges"],
    activity: ["Peningkatan ruas jalan menuju Rampi", "Upgrading the road to Rampi"],
    group: ["Warga Kecamatan Rampi", "People of Kecamatan Rampi"],
    locations: [RAMPI],
    output: ["Panjang jalan yang ditingkatkan", "Road length upgraded"],
    target: 3,
    unit: ["km", "km"],
    budget: 2_500_000_000,
    funding: "dak",
    status: "ongoing",
    source: "lu_infosulawesi_2026",
    real: [
      "Nyata: Kepala Bapperida menyebut pembangunan jalan dan jembatan sebagai pendorong turunnya kemiskinan 2025 (infosulawesi, 2026).",
      "Real: the head of Bapperida named roads and bridges as drivers of the 2025 fall in poverty (infosulawesi, 2026).",
    ],
  },
  {
    strategy: "kantong-kemiskinan",
    agency: "dinas-putrpkp2",
    programme: ["Jalan dan jembatan", "Roads and bridges"],
    activity: ["Pembangunan jembatan gantung penghubung dusun", "Building a suspension footbridge between hamlets"],
    group: ["Warga dusun yang terisolasi sungai", "People of hamlets cut off by a river"],
    locations: [RONGKONG],
    output: ["Jembatan gantung", "Suspension bridges"],
    target: 1,
    unit: ["unit", "units"],
    budget: 900_000_000,
    funding: "apbd",
    status: "planned",
  },
  {
    strategy: "kantong-kemiskinan",
    agency: "dinas-putrpkp2",
    programme: ["Perumahan dan kawasan permukiman", "Housing and settlements"],
    activity: ["Penataan kawasan permukiman kumuh (drainase, jalan lingkungan)", "Upgrading a slum area (drains, footpaths)"],
    group: ["Warga kawasan permukiman kumuh", "Residents of a slum area"],
    locations: [MASAMBA],
    output: ["Luas kawasan yang ditata", "Area upgraded"],
    target: 5,
    unit: ["hektare", "hectares"],
    budget: 750_000_000,
    funding: "dak",
    status: "planned",
  },
  {
    strategy: "kantong-kemiskinan",
    agency: "dinas-putrpkp2",
    programme: ["Sumber daya air", "Water resources"],
    activity: ["Rehabilitasi jaringan irigasi tersier", "Rehabilitating tertiary irrigation canals"],
    group: ["Petani kecil pengguna irigasi", "Smallholders using the irrigation scheme"],
    locations: [SUKAMAJU, SUKAMAJU_SELATAN, MAPPEDECENG],
    output: ["Panjang saluran yang direhabilitasi", "Canal length rehabilitated"],
    target: 4,
    unit: ["km", "km"],
    budget: 1_300_000_000,
    funding: "dak",
    status: "done",
  },
  {
    strategy: "kantong-kemiskinan",
    agency: "dinas-pmd",
    programme: ["Pembangunan desa", "Village development"],
    activity: [
      "Listrik desa: pembangkit tenaga surya komunal di dusun yang belum terjangkau PLN",
      "Village power: shared solar plants for hamlets beyond the PLN grid",
    ],
    group: ["Rumah tangga tanpa listrik PLN", "Households without PLN electricity"],
    locations: [SEKO, RAMPI],
    output: ["Rumah tangga yang tersambung", "Households connected"],
    target: 200,
    unit: ["rumah tangga", "households"],
    budget: 1_400_000_000,
    funding: "dana-desa",
    status: "ongoing",
    source: "adm_tribunwiki_seko_20190116",
    real: [
      "Nyata: pada 2017 Seko belum memiliki jaringan listrik PLN (Tribun Timur, 2019).",
      "Real: in 2017 Seko had no PLN grid electricity (Tribun Timur, 2019).",
    ],
  },
  {
    strategy: "kantong-kemiskinan",
    agency: "dinas-pmd",
    programme: ["Pembangunan desa", "Village development"],
    activity: ["Perpipaan air bersih desa dari Dana Desa", "Village piped water funded by the village fund"],
    group: ["Rumah tangga tanpa air minum layak", "Households without safe drinking water"],
    locations: [SABBANG_SELATAN, BAEBUNTA, BAEBUNTA_SELATAN],
    output: ["Desa dengan jaringan perpipaan baru", "Desa with new piped water"],
    target: 6,
    unit: ["desa", "villages"],
    budget: 900_000_000,
    funding: "dana-desa",
    status: "ongoing",
  },
  {
    strategy: "kantong-kemiskinan",
    agency: "dinas-kesehatan",
    programme: ["Kesehatan lingkungan", "Environmental health"],
    activity: [
      "Pemicuan sanitasi total berbasis masyarakat (STBM) di desa lokus stunting",
      "Community-led total sanitation in stunting focus villages",
    ],
    group: ["Desa lokus stunting yang belum bebas buang air besar sembarangan", "Stunting focus villages not yet free of open defecation"],
    locations: [SEKO, RAMPI, RONGKONG, SABBANG],
    output: ["Desa yang menyatakan bebas buang air besar sembarangan", "Villages declared open-defecation free"],
    target: 12,
    unit: ["desa", "villages"],
    budget: 160_000_000,
    funding: "apbd",
    status: "ongoing",
    source: "lu_republiknews_lokus_2023",
    real: [
      "Nyata: 40 desa di 12 kecamatan ditetapkan sebagai lokus stunting 2023 (RepublikNews); daftar desanya tidak tersedia.",
      "Real: 40 desa in 12 kecamatan were named stunting focus villages for 2023 (RepublikNews); the list of villages is not available.",
    ],
  },
  {
    strategy: "kantong-kemiskinan",
    agency: "dinas-kesehatan",
    programme: ["Pelayanan kesehatan", "Health services"],
    activity: ["Pembangunan puskesmas pembantu di desa terpencil", "Building an auxiliary health post in a remote village"],
    group: ["Warga desa terpencil", "People in a remote village"],
    locations: [RAMPI],
    output: ["Puskesmas pembantu", "Auxiliary health posts"],
    target: 1,
    unit: ["unit", "units"],
    budget: 1_100_000_000,
    funding: "dak",
    status: "ongoing",
  },
  {
    strategy: "kantong-kemiskinan",
    agency: "bapperida",
    programme: ["Perencanaan pembangunan daerah", "Regional development planning"],
    activity: [
      "Analisis situasi dan pemetaan kantong kemiskinan per desa dari data DTSEN",
      "Situation analysis and village-level mapping of poverty pockets from DTSEN data",
    ],
    group: ["OPD anggota TKPK dan pemerintah desa", "TKPK member agencies and village governments"],
    locations: [REGENCY],
    output: ["Dokumen analisis situasi", "Situation analysis report"],
    target: 1,
    unit: ["dokumen", "report"],
    budget: 150_000_000,
    funding: "apbd",
    status: "done",
    source: "lu_daulatrakyat_tkpk_20240821",
    real: [
      "Nyata: rapat TKPK 21 Agustus 2024 meminta rencana aksi yang tersusun mengikuti delapan aksi konvergensi stunting, yang diawali analisis situasi (Daulat Rakyat).",
      "Real: the TKPK meeting of 21 August 2024 asked for an action plan following the eight stunting convergence actions, which start with a situation analysis (Daulat Rakyat).",
    ],
  },
];

/** Realisation as of late in the plan year, derived from the status and a seeded PRNG. */
function realisation(id: string, a: Action): { budget: string; output: string } {
  const random = prng(hash(`realisation|${id}`));
  const u = random(),
    v = random();
  const thousands = (x: number): number => Math.min(a.budget, Math.round(x / 1000) * 1000);
  switch (a.status) {
    case "planned":
      return { budget: "", output: "" };
    case "done":
      return { budget: String(thousands(a.budget * (0.92 + 0.07 * u))), output: String(a.target) };
    case "ongoing": {
      const share = 0.45 + 0.4 * u;
      const outputShare = clamp(share + (v - 0.5) * 0.2, 0, 0.95);
      return { budget: String(thousands(a.budget * share)), output: String(Math.floor(a.target * outputShare)) };
    }
    case "delayed": {
      const share = 0.05 + 0.15 * u;
      return { budget: String(thousands(a.budget * share)), output: String(Math.floor(a.target * share * 0.5)) };
    }
  }
}

/** Sample rows are numbered after any real (final) rows of the same plan year. */
function sampleActions(kept: string[][]): string[][] {
  const prefix = `RAT-${PLAN_YEAR}-`;
  const taken = kept
    .map((row) => row[0] ?? "")
    .filter((id) => id.startsWith(prefix))
    .map((id) => Number(id.slice(prefix.length)));
  const first = Math.max(0, ...taken) + 1;
  return ACTIONS.map((a, i) => {
    const id = `${prefix}${String(first + i).padStart(3, "0")}`;
    const r = realisation(id, a);
    const sampleId = a.real
      ? "Contoh: anggaran, target dan realisasi 2026 adalah data contoh, bukan data resmi."
      : "Data contoh, bukan data resmi.";
    const sampleEn = a.real
      ? "Sample: the 2026 budget, target and realisation are sample data, not official."
      : "Sample data, not official.";
    const noteId = [a.real?.[0], sampleId, a.remark?.[0]].filter(Boolean).join(" ");
    const noteEn = [a.real?.[1], sampleEn, a.remark?.[1]].filter(Boolean).join(" ");
    return [
      id,
      String(PLAN_YEAR),
      a.strategy,
      a.agency,
      a.programme[0],
      a.programme[1],
      a.activity[0],
      a.activity[1],
      a.group[0],
      a.group[1],
      a.locations.join(";"),
      a.output[0],
      a.output[1],
      String(a.target),
      a.unit[0],
      a.unit[1],
      String(a.budget),
      a.funding,
      r.budget,
      r.output,
      a.status,
      "sample",
      a.source ?? "",
      noteId,
      noteEn,
    ];
  });
}

// ------------------------------------------------------------------ main

const observations = readRows("observations.csv", OBSERVATION_FIELDS).filter((row) => row[6] !== "sample");
const newObservations = sampleObservations();
writeRows("observations.csv", OBSERVATION_FIELDS, [...observations, ...newObservations]);

const actions = readRows("actions.csv", ACTION_FIELDS).filter((row) => row[21] !== "sample");
const newActions = sampleActions(actions);
writeRows("actions.csv", ACTION_FIELDS, [...actions, ...newActions]);

console.log(`observations.csv: ${observations.length} rows kept, ${newObservations.length} sample rows written`);
console.log(`actions.csv: ${actions.length} rows kept, ${newActions.length} sample rows written`);
