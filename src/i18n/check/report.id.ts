/**
 * The frame of the data check's report in Bahasa Indonesia: where a problem
 * is, the summaries, and what the scripts say
 * around them. A key ending in `.one` or `.other` is a plural pair,
 * chosen by the count it holds; Bahasa Indonesia says both alike.
 * report.en.ts must have the same keys and placeholders.
 */
export const report = {
  "report.line": "baris {line}",
  "report.column.both": 'kolom {letter} "{name}"',
  "report.column.letter": "kolom {letter}",
  "report.column.name": 'kolom "{name}"',
  "report.fixLabel": "Perbaiki: {fix}",
  "report.gaps": "{series} punya tahun tanpa nilai; grafik menampilkannya sebagai celah. Tidak wajib diperbaiki.",
  "report.gaps.series.one": "{count} deret",
  "report.gaps.series.other": "{count} deret",
  "report.failure":
    "Ditemukan {errors} dan {warnings} di folder {folder}. Tidak ada yang diterbitkan; perbaiki kesalahan di atas lalu jalankan lagi.",
  "report.errors.one": "{count} kesalahan",
  "report.errors.other": "{count} kesalahan",
  "report.warnings.one": "{count} peringatan",
  "report.warnings.other": "{count} peringatan",
  "report.valid": "Data di {folder} sah",
  "report.word.rows": "baris",
  "report.word.sample": "contoh",
  "report.word.tables": "tabel",
  "report.word.years": "tahun",
  "report.word.kecamatan": "kecamatan",
  "report.sampleRows.one": '{count} baris adalah data contoh (status "sample")',
  "report.sampleRows.other": '{count} baris adalah data contoh (status "sample")',
  "report.notFatal.one": "{count} peringatan tidak menghentikan build",
  "report.notFatal.other": "{count} peringatan tidak menghentikan build",

  // What npm run build and the scripts say around the report.
  "build.unchanged": "tidak diubah",
  "build.failed": "Build gagal",
  "build.done": "Situs dibangun di {folder} dalam {seconds} detik",
  "cli.notFound": "Folder atau file tidak ditemukan: {path}",
  "cli.checkDataDir": "Periksa DATA_DIR",
  "cli.unexpected": "Terjadi kesalahan tak terduga",
} as const;
