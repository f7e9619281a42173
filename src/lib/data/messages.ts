import type { Message } from "./problems.ts";

/**
 * Every message the data check can print, in one place, so that the wording is
 * reviewed (and pinned by tests) as a whole. Each says what is wrong, quoting
 * the value, and how to fix it, first in Indonesian, then in English.
 */

const q = (v: string): string => `"${v}"`;
const list = (values: readonly string[]): string => values.map(q).join(", ");
const SAVE_AS_UTF8_ID =
  "Di Excel: File > Save As (Simpan Sebagai) > pilih jenis 'CSV UTF-8 (Comma delimited) (*.csv)'. Di LibreOffice: centang 'Edit filter settings' dan pilih 'Unicode (UTF-8)'.";
const SAVE_AS_UTF8_EN =
  "In Excel: File > Save As > choose 'CSV UTF-8 (Comma delimited) (*.csv)'. In LibreOffice: tick 'Edit filter settings' and choose 'Unicode (UTF-8)'.";

const m = (code: string, id: string, en: string, fixId: string, fixEn: string): Message => ({ code, id, en, fixId, fixEn });

// --- The catalogue (datapackage.json) -------------------------------------------------

export const catalogueMissing = (): Message =>
  m(
    "catalogue-missing",
    "File datapackage.json tidak ditemukan; tanpa katalog ini Lentera tidak tahu tabel apa saja yang ada.",
    "datapackage.json was not found; without this catalogue Lentera does not know which tables exist.",
    "Salin datapackage.json dari versi sebelumnya folder data (atau dari repositori) ke folder ini.",
    "Copy datapackage.json from an earlier version of the data folder (or from the repository) into this folder.",
  );

/** Indonesian for the JSON parser's usual complaints; anything else is quoted as the parser says it. */
function jsonDetailId(detail: string): string {
  const known: [RegExp, string][] = [
    [/^Expected double-quoted property name/, "nama properti harus diapit tanda kutip ganda (sering karena ada koma berlebih sebelum } atau ])"],
    [/^Expected ',' or '}' after property value/, "kurang koma atau kurung kurawal tutup setelah sebuah nilai"],
    [/^Expected ',' or '\]' after array element/, "kurang koma atau kurung siku tutup setelah unsur daftar"],
    [/^Unexpected end of JSON input/, "file berakhir sebelum semua kurung ditutup"],
    [/^Bad control character in string literal/, "ada baris baru atau tab di dalam teks bertanda kutip"],
    [/^Unexpected token (.)/, "tanda \"$1\" tidak terduga di sini"],
  ];
  for (const [re, id] of known) if (re.test(detail)) return detail.replace(new RegExp(`${re.source}.*$`), id);
  return detail;
}

export const catalogueSyntax = (detail: string, column: number | undefined): Message =>
  m(
    "catalogue-syntax",
    `datapackage.json bukan JSON yang sah${column ? ` (karakter ke-${column})` : ""}: ${jsonDetailId(detail)}.`,
    `datapackage.json is not valid JSON${column ? ` (character ${column})` : ""}: ${detail}.`,
    "Periksa tanda koma, kurung kurawal dan tanda kutip di sekitar posisi ini; bandingkan dengan versi sebelumnya. Koma setelah unsur terakhir tidak diperbolehkan.",
    "Check the commas, braces and quotes around this position; compare with the previous version. A comma after the last item is not allowed.",
  );

export const catalogueInvalid = (path: string, expected: string, expectedEn: string): Message =>
  m(
    "catalogue-invalid",
    `Di datapackage.json, ${path} harus ${expected}.`,
    `In datapackage.json, ${path} must be ${expectedEn}.`,
    "Perbaiki bagian itu sesuai bentuk Frictionless Data Package, atau kembalikan dari versi sebelumnya.",
    "Fix that part to follow the Frictionless Data Package form, or restore it from the previous version.",
  );

// --- Files ------------------------------------------------------------------------------

export const fileMissing = (file: string, similar: readonly string[]): Message =>
  m(
    "file-missing",
    `File ${file} tercantum di datapackage.json tetapi tidak ada di folder data.`,
    `${file} is listed in datapackage.json but is not in the data folder.`,
    similar.length
      ? `Ada file yang mirip: ${list(similar)}. Ganti namanya menjadi ${q(file)} (huruf kecil, berakhiran .csv).`
      : `Kembalikan ${file} dari versi sebelumnya, atau hapus tabel itu dari datapackage.json.`,
    similar.length
      ? `A similar file is there: ${list(similar)}. Rename it to ${q(file)} (lower case, ending in .csv).`
      : `Restore ${file} from the previous version, or remove the table from datapackage.json.`,
  );

export const fileNotInCatalogue = (file: string, similar: readonly string[]): Message =>
  m(
    "file-not-in-catalogue",
    `File ${file} ada di folder data tetapi tidak tercantum di datapackage.json, sehingga isinya tidak akan dipakai.`,
    `${file} is in the data folder but not listed in datapackage.json, so its contents would not be used.`,
    similar.length
      ? `Jika file ini pengganti ${list(similar)}, hapus file lama lalu ganti nama file ini menjadi nama itu. Jika tidak dipakai, pindahkan keluar dari folder data.`
      : "Pindahkan file ini keluar dari folder data, atau tambahkan sebagai tabel baru di datapackage.json.",
    similar.length
      ? `If this file replaces ${list(similar)}, delete the old file and rename this one to that name. If it is not used, move it out of the data folder.`
      : "Move the file out of the data folder, or add it as a new table in datapackage.json.",
  );

export const spreadsheetIgnored = (file: string, csv: string): Message =>
  m(
    "spreadsheet-ignored",
    `File ${file} adalah buku kerja spreadsheet; Lentera hanya membaca file CSV, jadi file ini diabaikan.`,
    `${file} is a spreadsheet workbook; Lentera reads only CSV files, so it is ignored.`,
    `Jika isinya perlu dipakai, simpan sebagai CSV UTF-8 dengan nama ${q(csv)}. ${SAVE_AS_UTF8_ID}`,
    `If its contents should be used, save it as CSV UTF-8 named ${q(csv)}. ${SAVE_AS_UTF8_EN}`,
  );

export const notUtf8 = (): Message =>
  m(
    "not-utf8",
    "File ini tidak tersimpan sebagai UTF-8: ada huruf yang tidak bisa dibaca di baris ini (biasanya huruf beraksen atau tanda kutip miring dari Excel 'CSV (Comma delimited)').",
    "This file is not saved as UTF-8: a character on this line cannot be read (usually an accented letter or curly quote from Excel's plain 'CSV (Comma delimited)').",
    SAVE_AS_UTF8_ID,
    SAVE_AS_UTF8_EN,
  );

export const utf16 = (): Message =>
  m(
    "utf16",
    "File ini tersimpan sebagai UTF-16 ('Unicode Text'), bukan CSV UTF-8.",
    "This file is saved as UTF-16 ('Unicode Text'), not as CSV UTF-8.",
    SAVE_AS_UTF8_ID,
    SAVE_AS_UTF8_EN,
  );

export const emptyFile = (columns: readonly string[]): Message =>
  m(
    "empty-file",
    "File ini kosong: baris judul kolom pun tidak ada.",
    "This file is empty: even the header row is missing.",
    `Kembalikan file dari versi sebelumnya. Baris pertama harus berisi judul kolom: ${columns.join(",")}`,
    `Restore the file from the previous version. The first line must hold the column names: ${columns.join(",")}`,
  );

export const noRows = (): Message =>
  m(
    "no-rows",
    "File ini hanya berisi baris judul kolom, tanpa data.",
    "This file holds only the header row, no data.",
    "Jika tabel memang belum berisi data, biarkan saja; jika data terhapus, kembalikan dari versi sebelumnya.",
    "If the table really has no data yet, leave it; if rows were deleted by mistake, restore them from the previous version.",
  );

export const semicolonFile = (): Message =>
  m(
    "semicolon-file",
    "File ini memakai titik koma (;) sebagai pemisah kolom, seperti Excel berbahasa Indonesia. Lentera membacanya dengan koma sebagai tanda desimal (12,5 dibaca 12.5).",
    "This file uses semicolons (;) between columns, as Excel in an Indonesian locale does. Lentera reads it with the comma as decimal mark (12,5 is read as 12.5).",
    `Tidak wajib diperbaiki. Agar sama dengan file lain, simpan sebagai CSV UTF-8 berpemisah koma. ${SAVE_AS_UTF8_ID}`,
    `No fix is required. To match the other files, save it as comma-separated CSV UTF-8. ${SAVE_AS_UTF8_EN}`,
  );

export const tabFile = (): Message =>
  m(
    "tab-file",
    "File ini memakai tab sebagai pemisah kolom (format 'Text (Tab delimited)'), bukan CSV.",
    "This file uses tabs between columns ('Text (Tab delimited)'), not CSV.",
    SAVE_AS_UTF8_ID,
    SAVE_AS_UTF8_EN,
  );

export const unclosedQuote = (): Message =>
  m(
    "unclosed-quote",
    'Tanda kutip (") dibuka di baris ini tetapi tidak pernah ditutup, sehingga sisa file terbaca sebagai satu sel.',
    'A quote (") opens on this line but never closes, so the rest of the file reads as one cell.',
    'Tutup tanda kutip di akhir sel. Tanda kutip di dalam teks ditulis dua kali: "Bupati ""Lutra""".',
    'Close the quote at the end of the cell. A quote inside text is written twice: "Regent ""Lutra""".',
  );

// --- Header -----------------------------------------------------------------------------

export const unknownColumn = (name: string, suggestion: string | undefined): Message =>
  m(
    "unknown-column",
    `Kolom ${q(name)} tidak dikenal di tabel ini.`,
    `Column ${q(name)} is not part of this table.`,
    suggestion
      ? `Mungkin maksudnya ${q(suggestion)}: perbaiki judul kolom di baris 1.`
      : "Hapus kolom ini, atau tambahkan ke skema tabel di datapackage.json jika memang kolom baru.",
    suggestion
      ? `Perhaps ${q(suggestion)} was meant: correct the column name on line 1.`
      : "Delete the column, or add it to the table's schema in datapackage.json if it really is a new column.",
  );

export const missingColumn = (name: string, descriptionId: string, description: string): Message =>
  m(
    "missing-column",
    `Kolom ${q(name)} tidak ada. Kolom ini berisi: ${descriptionId}`,
    `Column ${q(name)} is missing. It holds: ${description}`,
    `Tambahkan kolom berjudul ${q(name)} di baris 1; sel boleh kosong bila kolom tidak wajib.`,
    `Add a column named ${q(name)} on line 1; its cells may stay empty when the column is optional.`,
  );

export const duplicateColumn = (name: string): Message =>
  m(
    "duplicate-column",
    `Kolom ${q(name)} muncul dua kali di baris judul.`,
    `Column ${q(name)} appears twice in the header.`,
    "Hapus salah satunya, setelah memastikan isinya sudah digabung.",
    "Delete one of them, after making sure their contents are merged.",
  );

export const unnamedColumn = (): Message =>
  m(
    "unnamed-column",
    "Kolom ini berisi data tetapi tidak punya judul di baris 1.",
    "This column holds data but has no name on line 1.",
    "Pindahkan datanya ke kolom yang benar, atau hapus kolom ini.",
    "Move its data to the right column, or delete the column.",
  );

// --- Rows -------------------------------------------------------------------------------

export const tooManyCells = (found: number, expected: number, split?: { column: string; value: string }): Message =>
  split
    ? m(
        "too-many-cells",
        `Baris ini punya ${found} sel, padahal judul kolom hanya ${expected}: tampaknya angka ${q(split.value)} di kolom ${q(split.column)} ditulis dengan koma desimal, sehingga terbelah menjadi dua sel.`,
        `This line has ${found} cells but the header has only ${expected}: the number ${q(split.value)} in column ${q(split.column)} seems to be written with a decimal comma, which splits it into two cells.`,
        `Tulis ${q(split.value.replace(",", "."))} dengan titik sebagai tanda desimal. Lentera tidak menebak dan tidak membacanya sebagai ${split.value.replace(",", "")}.`,
        `Write ${q(split.value.replace(",", "."))} with a dot as decimal mark. Lentera does not guess, and does not read it as ${split.value.replace(",", "")}.`,
      )
    : m(
        "too-many-cells",
        `Baris ini punya ${found} sel, padahal judul kolom hanya ${expected}.`,
        `This line has ${found} cells but the header has only ${expected}.`,
        'Biasanya ada koma di dalam teks atau angka desimal yang ditulis dengan koma. Apit teks yang berisi koma dengan tanda kutip ("Bone-Bone, Masamba") dan tulis desimal dengan titik (12.5).',
        'Usually a comma inside text, or a decimal written with a comma. Put quotes around text that holds a comma ("Bone-Bone, Masamba") and write decimals with a dot (12.5).',
      );

export const tooFewCells = (found: number, expected: number): Message =>
  m(
    "too-few-cells",
    `Baris ini hanya punya ${found} sel, padahal judul kolom ada ${expected}.`,
    `This line has only ${found} cells but the header has ${expected}.`,
    "Lengkapi sel yang hilang (boleh kosong, tetapi pemisahnya harus ada), atau gabungkan baris yang terpotong.",
    "Add the missing cells (they may be empty, but the separators must be there), or join a line that was split.",
  );

// --- Cells ------------------------------------------------------------------------------

export const required = (descriptionId: string, description: string): Message =>
  m(
    "required",
    "Sel ini wajib diisi, tetapi kosong.",
    "This cell is required but empty.",
    `Isi dengan: ${descriptionId}`,
    `Fill in: ${description}`,
  );

export const notNumber = (value: string, decimalComma: boolean): Message => {
  const v = value.trim();
  if (!decimalComma && /^-?\d+,\d+$/.test(v))
    return m(
      "decimal-comma",
      `Harus berupa angka dengan titik sebagai tanda desimal, tertulis ${q(value)}.`,
      `Must be a number with a dot as decimal mark, found ${q(value)}.`,
      `Tulis ${q(v.replace(",", "."))}. Lentera tidak menebak: ${q(value)} tidak dibaca sebagai ${v.replace(",", "")}.`,
      `Write ${q(v.replace(",", "."))}. Lentera does not guess: ${q(value)} is not read as ${v.replace(",", "")}.`,
    );
  if (/^-?\d{1,3}([.,]\d{3})+([.,]\d+)?$/.test(v))
    return m(
      "thousands-separator",
      `Harus berupa angka tanpa pemisah ribuan, tertulis ${q(value)}.`,
      `Must be a number without thousands separators, found ${q(value)}.`,
      decimalComma
        ? "Hapus titik pemisah ribuan; tulis desimal dengan koma (1234567 atau 12,5)."
        : "Hapus titik atau koma pemisah ribuan; tulis desimal dengan titik (1234567 atau 12.5).",
      decimalComma
        ? "Remove the thousands dots; write decimals with a comma (1234567 or 12,5)."
        : "Remove the thousands separators; write decimals with a dot (1234567 or 12.5).",
    );
  if (decimalComma && /^-?\d+\.\d+$/.test(v))
    return m(
      "ambiguous-dot",
      `Di file berpemisah titik koma, titik pada ${q(value)} bisa berarti pemisah ribuan atau tanda desimal.`,
      `In a semicolon-separated file the dot in ${q(value)} could be a thousands separator or a decimal mark.`,
      `Tulis desimal dengan koma (${v.replace(".", ",")}) atau angka bulat tanpa titik, atau simpan file sebagai CSV UTF-8 berpemisah koma.`,
      `Write the decimal with a comma (${v.replace(".", ",")}) or a whole number without dots, or save the file as comma-separated CSV UTF-8.`,
    );
  return m(
    "not-number",
    `Harus berupa angka, tertulis ${q(value)}.`,
    `Must be a number, found ${q(value)}.`,
    `Tulis angkanya saja, tanpa satuan, tanda persen, "Rp" atau spasi (contoh: ${decimalComma ? "12,5" : "12.5"}). Jika datanya belum ada, kosongkan sel.`,
    `Write the number only, without unit, percent sign, "Rp" or spaces (for example ${decimalComma ? "12,5" : "12.5"}). If there is no data, leave the cell empty.`,
  );
};

export const notInteger = (value: string): Message =>
  /^-?\d{1,3}([.,]\d{3})+$/.test(value.trim())
    ? notNumber(value, false)
    : m(
        "not-integer",
        `Harus berupa bilangan bulat, tertulis ${q(value)}.`,
        `Must be a whole number, found ${q(value)}.`,
        "Tulis hanya angka 0-9 tanpa desimal, pemisah ribuan, satuan atau spasi (contoh: 1575000000).",
        "Write digits 0-9 only, without decimals, thousands separators, unit or spaces (for example 1575000000).",
      );

export const notYear = (value: string): Message =>
  m(
    "not-year",
    `Harus berupa tahun empat angka, tertulis ${q(value)}.`,
    `Must be a four-digit year, found ${q(value)}.`,
    "Tulis tahunnya saja, misalnya 2024 (bukan 24, '2024 ' atau 2024.0). Di Excel, format kolom sebagai Text atau General.",
    "Write the year only, for example 2024 (not 24, '2024 ' or 2024.0). In Excel, format the column as Text or General.",
  );

export const notDate = (value: string): Message => {
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value.trim());
  const iso = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, "0")}-${dmy[1]!.padStart(2, "0")}` : "2026-11-28";
  return m(
    "not-date",
    `Harus berupa tanggal dalam bentuk TTTT-BB-HH, tertulis ${q(value)}.`,
    `Must be a date written YYYY-MM-DD, found ${q(value)}.`,
    `Tulis misalnya ${q(iso)}. Di Excel, format kolom sebagai Text agar tanggal tidak diubah.`,
    `Write for example ${q(iso)}. In Excel, format the column as Text so the date is not changed.`,
  );
};

export const notInEnum = (value: string, allowed: readonly string[], suggestion: string | undefined): Message =>
  m(
    "not-in-list",
    `Nilai ${q(value)} tidak termasuk pilihan yang sah (${list(allowed)}).`,
    `${q(value)} is not one of the allowed values (${list(allowed)}).`,
    suggestion ? `Mungkin maksudnya ${q(suggestion)}: tulis persis seperti itu.` : "Pilih salah satu nilai di atas, ditulis persis (huruf kecil).",
    suggestion ? `Perhaps ${q(suggestion)} was meant: write it exactly so.` : "Choose one of the values above, written exactly (lower case).",
  );

export const patternMismatch = (value: string, descriptionId: string, description: string): Message =>
  m(
    "wrong-form",
    `Bentuk nilai ${q(value)} tidak sesuai aturan kolom ini.`,
    `${q(value)} does not have the form this column needs.`,
    `Kolom ini berisi: ${descriptionId}`,
    `This column holds: ${description}`,
  );

export const belowMinimum = (value: string, limit: number): Message =>
  m(
    "below-minimum",
    `Nilai ${q(value)} lebih kecil dari batas terkecil ${limit}.`,
    `${q(value)} is below the minimum of ${limit}.`,
    `Periksa nilainya; angka di kolom ini tidak boleh kurang dari ${limit}.`,
    `Check the value; this column cannot hold less than ${limit}.`,
  );

export const aboveMaximum = (value: string, limit: number): Message =>
  m(
    "above-maximum",
    `Nilai ${q(value)} lebih besar dari batas terbesar ${limit}.`,
    `${q(value)} is above the maximum of ${limit}.`,
    `Periksa nilainya; angka di kolom ini tidak boleh lebih dari ${limit}.`,
    `Check the value; this column cannot hold more than ${limit}.`,
  );

export const tooLong = (value: string, max: number): Message =>
  m(
    "too-long",
    `Teks ini ${value.length} karakter, lebih panjang dari batas ${max} karakter.`,
    `This text is ${value.length} characters long, more than the limit of ${max}.`,
    `Persingkat menjadi paling banyak ${max} karakter.`,
    `Shorten it to at most ${max} characters.`,
  );

export const duplicateKey = (fields: readonly string[], values: readonly string[], firstLine: number): Message =>
  m(
    "duplicate-key",
    `Baris ini sama dengan baris ${firstLine} pada kolom ${fields.join(", ")} (${values.join(", ")}); setiap kombinasi hanya boleh muncul sekali.`,
    `This line repeats line ${firstLine} in ${fields.join(", ")} (${values.join(", ")}); each combination may appear only once.`,
    `Hapus baris yang dobel, atau perbaiki nilainya jika salah ketik.`,
    `Delete the duplicate line, or correct the value if it is a typo.`,
  );

export const foreignKeyMissing = (value: string, table: string, column: string, hintId: string, hintEn: string): Message =>
  m(
    "unknown-reference",
    `Nilai ${q(value)} tidak ada di kolom ${column} pada ${table}.`,
    `${q(value)} is not in column ${column} of ${table}.`,
    hintId,
    hintEn,
  );

// --- Rules that span tables ---------------------------------------------------------------

export const outOfIndicatorRange = (value: string, indicator: string, min: number | undefined, max: number | undefined): Message =>
  m(
    "out-of-range",
    `Nilai ${q(value)} di luar rentang indikator ${q(indicator)} (${min ?? "-∞"} sampai ${max ?? "∞"}).`,
    `${q(value)} is outside the range of indicator ${q(indicator)} (${min ?? "-∞"} to ${max ?? "∞"}).`,
    "Periksa nilai dan satuannya (persen ditulis 12.5, bukan 0.125 atau 1250), atau periksa kolom indicator.",
    "Check the value and its unit (a percentage is written 12.5, not 0.125 or 1250), or check the indicator column.",
  );

export const badLocation = (code: string): Message =>
  m(
    "bad-location",
    `Lokasi ${q(code)} bukan kecamatan dan bukan kabupaten.`,
    `Location ${q(code)} is neither a kecamatan nor the regency.`,
    "Tulis kode kecamatan (73.22.07) atau kode kabupaten (73.22) untuk seluruh kabupaten.",
    "Write kecamatan codes (73.22.07), or the regency code (73.22) for the whole regency.",
  );

export const regencyWithOthers = (): Message =>
  m(
    "regency-with-kecamatan",
    "Lokasi berisi kode kabupaten bersama kode kecamatan.",
    "Locations hold the regency code together with kecamatan codes.",
    "Tulis hanya kode kabupaten jika kegiatan mencakup seluruh kabupaten, atau hanya kode-kode kecamatan.",
    "Write only the regency code when the activity covers the whole regency, or only kecamatan codes.",
  );

export const rangeReversed = (low: string, high: string, what: string, whatEn: string): Message =>
  m(
    "range-reversed",
    `${what} (${high}) lebih kecil dari nilai awalnya (${low}).`,
    `${whatEn} (${high}) is smaller than its start (${low}).`,
    "Tukar kedua nilai, atau kosongkan kolom akhir bila bukan rentang.",
    "Swap the two values, or leave the end column empty if it is not a range.",
  );

export const realisedOverBudget = (realised: string, budget: string): Message =>
  m(
    "realised-over-budget",
    `Realisasi anggaran (${realised}) lebih besar dari anggaran (${budget}).`,
    `Budget spent (${realised}) is larger than the budget (${budget}).`,
    "Periksa kedua angka; jika anggaran diubah (APBD Perubahan), tulis anggaran yang baru.",
    "Check both figures; if the budget was revised, write the revised budget.",
  );

export const doneWithoutOutput = (): Message =>
  m(
    "done-without-output",
    "Kegiatan berstatus done (selesai) tetapi realisasi keluarannya kosong.",
    "The activity is marked done but its delivered output is empty.",
    "Isi realised_output, atau ubah status menjadi ongoing.",
    "Fill in realised_output, or change the status to ongoing.",
  );

export const yearGaps = (series: string, seriesEn: string, gaps: string): Message =>
  m(
    "year-gap",
    `Deret ${series} tidak punya nilai untuk ${gaps}; grafik menampilkannya sebagai celah.`,
    `The series ${seriesEn} has no value for ${gaps}; charts show this as a gap.`,
    "Tidak wajib diperbaiki. Tambahkan baris bila angkanya tersedia dari sumber resmi.",
    "No fix is required. Add rows when an official source gives the figures.",
  );

export const configProblem = (detail: string, detailEn: string): Message =>
  m(
    "config",
    `Pengaturan "lentera" di datapackage.json: ${detail}.`,
    `The "lentera" settings in datapackage.json: ${detailEn}.`,
    "Perbaiki kode wilayah atau id di bagian \"lentera\" agar cocok dengan areas.csv dan indicators.csv.",
    "Correct the area code or id in the \"lentera\" block so it matches areas.csv and indicators.csv.",
  );

export const geoProblem = (detail: string, detailEn: string, fixId: string, fixEn: string): Message =>
  m("geo", `Batas wilayah: ${detail}.`, `Boundaries: ${detailEn}.`, fixId, fixEn);

export const contentProblem = (detail: string, detailEn: string, fixId: string, fixEn: string): Message =>
  m("content", `Teks naratif: ${detail}.`, `Narrative text: ${detailEn}.`, fixId, fixEn);
