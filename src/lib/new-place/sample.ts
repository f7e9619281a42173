import type { Kecamatan } from "./geo.ts";
import type { Row } from "./csv.ts";
import { random } from "../random.ts";

export { random };

/**
 * Sample rows for a demonstration site, marked the way the bundled data marks
 * them (status `sample`, source `lentera_sample`, a note saying so). Values
 * come from a PRNG seeded by the codes, so the same place always gets the
 * same rows. There is never a poverty rate by kecamatan.
 */
export const SAMPLE_SOURCE = "lentera_sample";
export const SAMPLE_NOTE = { id: "Data contoh, bukan data resmi.", en: "Sample data, not official." };

/** The kecamatan indicators that carry only sample data in the bundled data. */
export const SAMPLE_INDICATORS = [
  "rt-desil-1",
  "penerima-pkh",
  "rtlh",
  "air-minum-layak",
  "sanitasi-layak",
  "listrik-pln",
  "balita-stunting",
] as const;

/** FNV-1a of a text, the seed of a mulberry32 generator. */

/** Start range, yearly change (a share of the value for counts, points for percentages), bounds. */
const PROFILE: Record<(typeof SAMPLE_INDICATORS)[number], { start: [number, number]; step: [number, number]; count: boolean }> = {
  "rt-desil-1": { start: [6, 20], step: [-1.2, -0.3], count: false },
  "penerima-pkh": { start: [150, 1400], step: [-0.06, 0.01], count: true },
  rtlh: { start: [40, 600], step: [-0.12, -0.03], count: true },
  "air-minum-layak": { start: [68, 95], step: [0.5, 2], count: false },
  "sanitasi-layak": { start: [62, 92], step: [0.5, 2], count: false },
  "listrik-pln": { start: [85, 99.5], step: [0.1, 0.6], count: false },
  "balita-stunting": { start: [8, 26], step: [-1.6, -0.4], count: false },
};

const clamp = (v: number) => Math.min(100, Math.max(0, v));

export function sampleObservations(
  place: string,
  kecamatan: readonly Kecamatan[],
  years: readonly number[],
  decimals: ReadonlyMap<string, number>,
): Row[] {
  const rows: Row[] = [];
  const households = new Map(kecamatan.map((k) => [k.code, 1500 + Math.floor(random(`households ${k.code}`)() * 9000)]));
  for (const indicator of SAMPLE_INDICATORS) {
    const { start, step, count } = PROFILE[indicator];
    const digits = decimals.get(indicator) ?? (count ? 0 : 1);
    const byYear = new Map<number, Array<{ code: string; value: number }>>();
    for (const k of kecamatan) {
      const r = random(`${indicator} ${k.code}`);
      let v = start[0] + r() * (start[1] - start[0]);
      years.forEach((year, i) => {
        if (i > 0) v = count ? v * (1 + step[0] + r() * (step[1] - step[0])) : clamp(v + step[0] + r() * (step[1] - step[0]));
        const value = Number((count ? Math.round(v) : v).toFixed(digits));
        byYear.set(year, [...(byYear.get(year) ?? []), { code: k.code, value }]);
      });
    }
    for (const year of years) {
      const values = byYear.get(year) ?? [];
      const total = count
        ? values.reduce((s, x) => s + x.value, 0)
        : values.reduce((s, x) => s + x.value * households.get(x.code)!, 0) / values.reduce((s, x) => s + households.get(x.code)!, 0);
      for (const { code, value } of [{ code: place, value: total }, ...values])
        rows.push({
          area: code,
          indicator,
          year: String(year),
          period: "annual",
          value: value.toFixed(digits),
          source: SAMPLE_SOURCE,
          status: "sample",
          note_id: SAMPLE_NOTE.id,
          note_en: SAMPLE_NOTE.en,
        });
    }
  }
  return rows;
}

/** A standard list of regional agencies (OPD); `{place}` is the place's name in each language. */
const AGENCIES: ReadonlyArray<[id: string, short: string, nameId: string, nameEn: string]> = [
  [
    "bapperida",
    "Bapperida",
    "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
    "Regional Development Planning, Research and Innovation Agency",
  ],
  ["dinas-sosial", "Dinas Sosial", "Dinas Sosial", "Social Affairs Agency"],
  ["dinas-kesehatan", "Dinas Kesehatan", "Dinas Kesehatan", "Health Agency"],
  ["dinas-pendidikan", "Dinas Pendidikan", "Dinas Pendidikan", "Education Agency"],
  ["disdukcapil", "Disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil", "Population and Civil Registration Agency"],
  ["dinas-pupr", "Dinas PUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", "Public Works and Spatial Planning Agency"],
  ["dinas-perkim", "Dinas Perkim", "Dinas Perumahan dan Kawasan Permukiman", "Housing and Settlements Agency"],
  ["dinas-tenaga-kerja", "Disnaker", "Dinas Tenaga Kerja", "Manpower Agency"],
  ["dinas-koperasi-ukm", "Dinas Koperasi dan UKM", "Dinas Koperasi dan Usaha Kecil Menengah", "Cooperatives and Small Business Agency"],
  ["dinas-pertanian", "Dinas Pertanian", "Dinas Pertanian", "Agriculture Agency"],
];

export function sampleAgencies(place: { id: string; en: string }): Row[] {
  return AGENCIES.map(([id, short, nameId, nameEn]) => ({
    id,
    short,
    name_id: `${nameId} ${place.id}`,
    name_en: `${nameEn}, ${place.en}`,
    source: SAMPLE_SOURCE,
  }));
}

type Activity = [
  strategy: string,
  agency: string,
  programme: [string, string],
  activity: [string, string],
  group: [string, string],
  output: [string, string],
  target: number,
  unit: [string, string],
  budget: number,
  funding: string,
];

const ACTIVITIES: readonly Activity[] = [
  [
    "beban-pengeluaran",
    "dinas-sosial",
    ["Perlindungan sosial", "Social protection"],
    ["Pemutakhiran data keluarga miskin (DTSEN)", "Updating the register of poor families (DTSEN)"],
    ["Keluarga miskin", "Poor families"],
    ["Data keluarga diverifikasi", "Family records verified"],
    3000,
    ["keluarga", "families"],
    350_000_000,
    "apbd",
  ],
  [
    "beban-pengeluaran",
    "dinas-sosial",
    ["Bantuan sosial", "Social assistance"],
    ["Bantuan pangan bagi lansia miskin", "Food aid for poor elderly people"],
    ["Lansia miskin", "Poor elderly people"],
    ["Paket pangan tersalurkan", "Food parcels delivered"],
    1200,
    ["paket", "parcels"],
    600_000_000,
    "apbd",
  ],
  [
    "beban-pengeluaran",
    "dinas-kesehatan",
    ["Jaminan kesehatan", "Health insurance"],
    ["Iuran JKN bagi warga miskin (PBI daerah)", "JKN contributions for poor residents (regional PBI)"],
    ["Warga miskin tanpa jaminan kesehatan", "Poor residents without health insurance"],
    ["Jiwa terdaftar", "People enrolled"],
    5000,
    ["jiwa", "people"],
    2_400_000_000,
    "apbd",
  ],
  [
    "beban-pengeluaran",
    "dinas-kesehatan",
    ["Pencegahan stunting", "Stunting prevention"],
    ["Makanan tambahan bagi balita gizi kurang", "Supplementary food for underweight children"],
    ["Balita gizi kurang", "Underweight under-fives"],
    ["Balita menerima makanan tambahan", "Children receiving supplementary food"],
    400,
    ["balita", "children"],
    300_000_000,
    "dak",
  ],
  [
    "beban-pengeluaran",
    "dinas-kesehatan",
    ["Pencegahan stunting", "Stunting prevention"],
    ["Pendampingan keluarga berisiko stunting", "Mentoring families at risk of stunting"],
    ["Keluarga berisiko stunting", "Families at risk of stunting"],
    ["Keluarga didampingi", "Families mentored"],
    600,
    ["keluarga", "families"],
    200_000_000,
    "apbd",
  ],
  [
    "beban-pengeluaran",
    "dinas-pendidikan",
    ["Bantuan pendidikan", "Education support"],
    ["Perlengkapan sekolah bagi anak keluarga miskin", "School supplies for children of poor families"],
    ["Siswa dari keluarga miskin", "Pupils from poor families"],
    ["Siswa menerima bantuan", "Pupils receiving support"],
    800,
    ["siswa", "pupils"],
    400_000_000,
    "apbd",
  ],
  [
    "beban-pengeluaran",
    "disdukcapil",
    ["Administrasi kependudukan", "Civil registration"],
    ["Layanan jemput bola dokumen kependudukan", "Mobile civil registration service"],
    ["Keluarga miskin tanpa dokumen kependudukan", "Poor families without civil documents"],
    ["Dokumen diterbitkan", "Documents issued"],
    1500,
    ["dokumen", "documents"],
    150_000_000,
    "apbd",
  ],
  [
    "pendapatan",
    "dinas-tenaga-kerja",
    ["Pelatihan kerja", "Job training"],
    ["Pelatihan keterampilan bagi pencari kerja dari keluarga miskin", "Skills training for job seekers from poor families"],
    ["Pencari kerja dari keluarga miskin", "Job seekers from poor families"],
    ["Peserta lulus pelatihan", "Trainees completing the course"],
    120,
    ["orang", "people"],
    500_000_000,
    "apbd",
  ],
  [
    "pendapatan",
    "dinas-tenaga-kerja",
    ["Penempatan kerja", "Job placement"],
    ["Bursa kerja bagi pemuda dari keluarga miskin", "Job fair for young people from poor families"],
    ["Pemuda dari keluarga miskin", "Young people from poor families"],
    ["Peserta mendapat pekerjaan", "Participants placed in jobs"],
    80,
    ["orang", "people"],
    90_000_000,
    "apbd",
  ],
  [
    "pendapatan",
    "dinas-koperasi-ukm",
    ["Usaha mikro", "Micro-enterprise"],
    ["Pendampingan dan modal usaha mikro", "Mentoring and start-up capital for micro-businesses"],
    ["Usaha mikro keluarga miskin", "Micro-businesses of poor families"],
    ["Usaha didampingi", "Businesses mentored"],
    150,
    ["usaha", "businesses"],
    450_000_000,
    "apbd",
  ],
  [
    "pendapatan",
    "dinas-koperasi-ukm",
    ["Pemasaran", "Marketing"],
    ["Pelatihan pemasaran daring bagi usaha kecil", "Online marketing training for small businesses"],
    ["Pelaku usaha kecil", "Small business owners"],
    ["Peserta pelatihan", "Trainees"],
    100,
    ["orang", "people"],
    120_000_000,
    "apbd",
  ],
  [
    "pendapatan",
    "dinas-pertanian",
    ["Pertanian", "Agriculture"],
    ["Bantuan bibit dan pupuk bagi petani kecil", "Seed and fertiliser for smallholders"],
    ["Petani dari keluarga miskin", "Farmers from poor families"],
    ["Petani menerima bantuan", "Farmers supported"],
    300,
    ["petani", "farmers"],
    600_000_000,
    "apbn",
  ],
  [
    "pendapatan",
    "dinas-pertanian",
    ["Pekarangan pangan", "Home food gardens"],
    ["Pekarangan pangan lestari bagi keluarga miskin", "Home food gardens for poor families"],
    ["Keluarga miskin", "Poor families"],
    ["Kelompok dibina", "Groups supported"],
    20,
    ["kelompok", "groups"],
    250_000_000,
    "apbd",
  ],
  [
    "pendapatan",
    "dinas-sosial",
    ["Pemberdayaan", "Empowerment"],
    ["Kelompok usaha bersama keluarga penerima PKH", "Joint business groups of PKH families"],
    ["Keluarga penerima PKH", "PKH families"],
    ["Kelompok dibentuk", "Groups formed"],
    15,
    ["kelompok", "groups"],
    300_000_000,
    "apbd",
  ],
  [
    "kantong-kemiskinan",
    "dinas-perkim",
    ["Perumahan", "Housing"],
    ["Perbaikan rumah tidak layak huni", "Repair of houses unfit to live in"],
    ["Keluarga miskin pemilik rumah tidak layak huni", "Poor families in unfit houses"],
    ["Rumah diperbaiki", "Houses repaired"],
    100,
    ["unit", "houses"],
    2_000_000_000,
    "apbd",
  ],
  [
    "kantong-kemiskinan",
    "dinas-pupr",
    ["Air minum", "Drinking water"],
    ["Sambungan air minum bagi rumah tangga miskin", "Drinking-water connections for poor households"],
    ["Rumah tangga miskin", "Poor households"],
    ["Sambungan terpasang", "Connections installed"],
    400,
    ["sambungan", "connections"],
    1_200_000_000,
    "dak",
  ],
  [
    "kantong-kemiskinan",
    "dinas-perkim",
    ["Sanitasi", "Sanitation"],
    ["Jamban sehat bagi rumah tangga miskin", "Sanitary latrines for poor households"],
    ["Rumah tangga tanpa jamban", "Households without a latrine"],
    ["Jamban dibangun", "Latrines built"],
    150,
    ["unit", "latrines"],
    750_000_000,
    "apbd",
  ],
  [
    "kantong-kemiskinan",
    "dinas-pupr",
    ["Jalan lingkungan", "Neighbourhood roads"],
    ["Perbaikan jalan lingkungan di permukiman miskin", "Repair of neighbourhood roads in poor settlements"],
    ["Warga permukiman miskin", "Residents of poor settlements"],
    ["Jalan diperbaiki", "Road repaired"],
    5,
    ["km", "km"],
    1_500_000_000,
    "apbd",
  ],
  [
    "kantong-kemiskinan",
    "dinas-perkim",
    ["Listrik", "Electricity"],
    ["Sambungan listrik bagi rumah tangga miskin", "Electricity connections for poor households"],
    ["Rumah tangga tanpa listrik PLN", "Households without PLN electricity"],
    ["Sambungan terpasang", "Connections installed"],
    200,
    ["sambungan", "connections"],
    400_000_000,
    "apbd",
  ],
  [
    "kantong-kemiskinan",
    "bapperida",
    ["Koordinasi", "Coordination"],
    ["Rapat koordinasi dan evaluasi rencana aksi TKPK", "Coordination and review of the TKPK action plan"],
    ["Perangkat daerah", "Regional agencies"],
    ["Rapat terlaksana", "Meetings held"],
    4,
    ["kali", "meetings"],
    80_000_000,
    "apbd",
  ],
];

const STATUSES = ["done", "ongoing", "ongoing", "delayed", "planned"] as const;
/** A past year's plan is over: its activities were done or fell behind. */
const PAST_STATUSES = ["done", "done", "done", "delayed"] as const;

/**
 * The sample plans of two years, the plan year and the one before, so that a demonstration site
 * shows the current plan and an earlier one (`/rencana/<tahun>/`); ids stay unique across years.
 */
export function samplePlans(place: string, kecamatan: readonly Kecamatan[], planYear: number): Row[] {
  return [...sampleActions(place, kecamatan, planYear - 1, { past: true }), ...sampleActions(place, kecamatan, planYear)];
}

export function sampleActions(place: string, kecamatan: readonly Kecamatan[], year: number, { past = false } = {}): Row[] {
  return ACTIVITIES.map(([strategy, agency, programme, activity, group, output, target, unit, budget, funding], i) => {
    const r = random(past ? `action ${place} ${year} ${i}` : `action ${place} ${i}`);
    const statuses = past ? PAST_STATUSES : STATUSES;
    const status = statuses[Math.floor(r() * statuses.length)]!;
    // The coordination meeting is for the whole place; every other activity names one to three kecamatan.
    const whole = agency === "bapperida";
    const codes = kecamatan.map((k) => k.code);
    const picked = new Set<string>();
    const n = Math.min(codes.length, 1 + Math.floor(r() * 3));
    while (picked.size < n) picked.add(codes[Math.floor(r() * codes.length)]!);
    const share = status === "done" ? 0.92 + r() * 0.07 : status === "ongoing" ? 0.3 + r() * 0.4 : status === "delayed" ? r() * 0.2 : 0;
    const realisedOutput = status === "done" ? target : Math.floor(target * share);
    // A past year's budgets differ from this year's, as real plans do (rounded to a million rupiah).
    const planned = past ? Math.round((budget * (0.75 + r() * 0.25)) / 1e6) * 1e6 : budget;
    return {
      id: `RAT-${year}-${String(i + 1).padStart(3, "0")}`,
      year: String(year),
      strategy,
      agency,
      programme_id: programme[0],
      programme_en: programme[1],
      activity_id: activity[0],
      activity_en: activity[1],
      target_group_id: group[0],
      target_group_en: group[1],
      locations: whole ? place : [...picked].sort().join(";"),
      output_id: output[0],
      output_en: output[1],
      output_target: String(target),
      output_unit_id: unit[0],
      output_unit_en: unit[1],
      budget: String(planned),
      funding,
      realised_budget: status === "planned" ? "" : String(Math.floor(planned * share)),
      realised_output: status === "planned" ? "" : String(realisedOutput),
      status,
      data_status: "sample",
      source: SAMPLE_SOURCE,
      note_id: `${SAMPLE_NOTE.id} Kegiatan, anggaran, sasaran dan realisasi dikarang sebagai contoh.`,
      note_en: `${SAMPLE_NOTE.en} The activity, budget, target and realisation are invented examples.`,
    };
  });
}
