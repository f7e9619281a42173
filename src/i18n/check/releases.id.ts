/**
 * What `npm run release` and the data check say about releases (the frozen
 * copies in releases/ and their table releases/releases.csv), in Bahasa
 * Indonesia; the same form as the data check's messages (`<name>.what`,
 * `<name>.fix`). releases.en.ts must have the same keys and placeholders.
 */
export const releases = {
  "release.done":
    "✓ Rilis {version} ({date}) dibekukan di {folder}: {files} file. Simpan (commit) folder itu bersama {table}, lalu bangun situs seperti biasa.",
  "release.argument.what": "Argumen --{name} wajib diisi.",
  "release.argument.fix": 'Contoh: npm run release -- --version 2026.2 --kind revisi --note "Angka tetap P0 Maret 2025 dari BPS"',
  "release.argument.unknown.what": "Argumen tidak dikenal: {detail}.",
  "release.version.what": 'Versi "{value}" tidak berbentuk TAHUN.NOMOR.',
  "release.version.fix": "Tulis tahun, titik, lalu nomor urut rilis pada tahun itu, misalnya 2026.1 atau 2026.2.",
  "release.exists.what": "Versi {value} sudah ada (rilis tanggal {date}); rilis yang sudah terbit tidak pernah ditimpa.",
  "release.exists.fix": "Pakai versi berikutnya, misalnya {next}.",
  "release.notGreater.what": "Versi {value} tidak lebih besar dari rilis terakhir, {last}.",
  "release.notGreater.fix": "Versi baru harus lebih besar dari semua versi sebelumnya, misalnya {next}.",
  "release.kind.what": 'Jenis rilis "{value}" tidak dikenal.',
  "release.kind.fix": "Tulis --kind revisi (pembaruan terjadwal atau revisi angka) atau --kind koreksi (perbaikan kesalahan).",
  "release.date.what": 'Tanggal "{value}" bukan tanggal berbentuk TAHUN-BULAN-HARI.',
  "release.date.fix": "Tulis misalnya 2026-07-15, atau hapus --date agar dipakai tanggal hari ini (UTC).",
  "release.dateOrder.what": "Tanggal {value} lebih awal dari tanggal rilis sebelumnya ({last}, {date}).",
  "release.dateOrder.fix": "Tanggal rilis tidak boleh mundur; pakai tanggal {date} atau sesudahnya.",
  "release.unchanged.what": "Data sama persis dengan rilis {last}; tidak ada yang perlu dirilis.",
  "release.unchanged.fix": "Ubah data lebih dulu (misalnya angka tetap dari BPS), periksa dengan npm run check:data, lalu rilis.",
  "release.edited.what":
    "Isi folder {folder} tidak cocok dengan hash yang dicatat saat rilis {version}: file rilis itu diubah setelah terbit.",
  "release.edited.fix":
    "Rilis yang sudah terbit tidak boleh diubah. Kembalikan folder itu seperti semula (git checkout -- {folder}), lalu catat perubahan data sebagai rilis baru dengan npm run release.",
  "release.folderMissing.what": "Rilis {version} tercatat di releases.csv, tetapi folder {folder} tidak ada.",
  "release.folderMissing.fix": "Kembalikan folder itu dari riwayat git; rilis yang sudah terbit tidak boleh dihapus.",
  "release.unlisted.what": "Folder {folder} ada, tetapi tidak tercatat di releases.csv.",
  "release.unlisted.fix":
    "Rilis dibuat hanya dengan npm run release. Jika folder ini sisa percobaan, hapus; jika rilis, kembalikan barisnya di releases.csv.",
  "release.order.what": "Versi {value} tidak lebih besar dari versi di baris sebelumnya ({previous}).",
  "release.order.fix": "Baris releases.csv urut dari rilis terlama ke terbaru; jangan mengubah nomor versi rilis yang sudah terbit.",
  // What each column of releases.csv holds, quoted in the messages about it.
  "release.field.version": "nomor versi rilis, TAHUN.NOMOR (misalnya 2026.1)",
  "release.field.date": "tanggal rilis, TAHUN-BULAN-HARI",
  "release.field.kind": "jenis rilis: revisi atau koreksi",
  "release.field.noteId": "catatan rilis dalam bahasa Indonesia",
  "release.field.noteEn": "catatan rilis dalam bahasa Inggris (kosong: catatan Indonesia dipakai)",
  "release.field.sha256": "hash isi folder rilis (64 huruf heksadesimal), ditulis oleh npm run release",
} as const;
