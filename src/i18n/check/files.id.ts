/**
 * What the data check says about the catalogue, the files and the shape of a
 * table, in Bahasa Indonesia. A message `<topic>.<name>` is the pair of keys
 * `<name>.what` (what is wrong) and `<name>.fix` (how to fix it); a variant
 * `<topic>.<name>.<variant>` overrides either part and borrows the other.
 * Other keys are phrases placed into a message. `{name}` is filled by the
 * caller; files.en.ts must have the same keys and placeholders.
 */
export const files = {
  "catalogue.missing.what": "File datapackage.json tidak ditemukan; tanpa katalog ini Lentera tidak tahu tabel apa saja yang ada.",
  "catalogue.missing.fix": "Salin datapackage.json dari versi sebelumnya folder data (atau dari repositori) ke folder ini.",
  "catalogue.syntax.what": "datapackage.json bukan JSON yang sah: {detail}.",
  "catalogue.syntax.fix":
    "Periksa tanda koma, kurung kurawal dan tanda kutip di sekitar posisi ini; bandingkan dengan versi sebelumnya. Koma setelah unsur terakhir tidak diperbolehkan.",
  "catalogue.syntax.atCharacter.what": "datapackage.json bukan JSON yang sah (karakter ke-{column}): {detail}.",
  // The JSON parser's usual complaints; anything else is quoted as the parser says it.
  "catalogue.json.propertyName": "nama properti harus diapit tanda kutip ganda (sering karena ada koma berlebih sebelum } atau ])",
  "catalogue.json.afterValue": "kurang koma atau kurung kurawal tutup setelah sebuah nilai",
  "catalogue.json.afterElement": "kurang koma atau kurung siku tutup setelah unsur daftar",
  "catalogue.json.end": "file berakhir sebelum semua kurung ditutup",
  "catalogue.json.controlCharacter": "ada baris baru atau tab di dalam teks bertanda kutip",
  "catalogue.json.token": 'tanda "{token}" tidak terduga di sini',
  "catalogue.invalid.what": "Di datapackage.json, {path} harus {expected}.",
  "catalogue.invalid.fix": "Perbaiki bagian itu sesuai bentuk Frictionless Data Package, atau kembalikan dari versi sebelumnya.",
  // {path} and {expected} of catalogue.invalid.
  "catalogue.path.whole": "isi file",
  "catalogue.expect.json": "sebuah objek JSON { ... }",
  "catalogue.expect.tables": "daftar tabel yang tidak kosong",
  "catalogue.expect.table": 'memuat tabel "{name}"',
  "catalogue.expect.object": "sebuah objek",
  "catalogue.expect.string": "teks",
  "catalogue.expect.fileName": "nama file",
  "catalogue.expect.csv": "file .csv (atau format topojson)",
  "catalogue.expect.fields": "daftar kolom",
  "catalogue.expect.fieldName": "nama kolom",
  "catalogue.expect.knownField": 'nama kolom yang ada (bukan "{name}")',
  "catalogue.expect.foreignKey": "{ fields, reference: { resource, fields } }",
  "catalogue.expect.fieldType": "salah satu dari {types}",
  "catalogue.expect.pattern": "ekspresi reguler yang sah",
  "catalogue.expect.settings": "objek pengaturan situs { regency, comparisons, headline }",
  "catalogue.expect.regency": "kode kabupaten/kota (teks)",
  "catalogue.expect.planYear":
    "tahun rencana aksi yang berlaku (bilangan bulat), atau dihapus agar tahun terbaru di actions.csv yang dipakai",
  "catalogue.expect.kind": '"kabupaten" atau "kota"',
  "catalogue.expect.headline": "id indikator utama",

  "file.missing.what": "File {file} tercantum di datapackage.json tetapi tidak ada di folder data.",
  "file.missing.fix": "Kembalikan {file} dari versi sebelumnya, atau hapus tabel itu dari datapackage.json.",
  "file.missing.similar.fix": 'Ada file yang mirip: {similar}. Ganti namanya menjadi "{file}" (huruf kecil, berakhiran .csv).',
  "file.notInCatalogue.what":
    "File {file} ada di folder data tetapi tidak tercantum di datapackage.json, sehingga isinya tidak akan dipakai.",
  "file.notInCatalogue.fix": "Pindahkan file ini keluar dari folder data, atau tambahkan sebagai tabel baru di datapackage.json.",
  "file.notInCatalogue.similar.fix":
    "Jika file ini pengganti {similar}, hapus file lama lalu ganti nama file ini menjadi nama itu. Jika tidak dipakai, pindahkan keluar dari folder data.",
  "file.spreadsheet.what": "File {file} adalah buku kerja spreadsheet; Lentera hanya membaca file CSV, jadi file ini diabaikan.",
  "file.spreadsheet.fix": 'Jika isinya perlu dipakai, simpan sebagai CSV UTF-8 dengan nama "{csv}". {saveAsUtf8}',
  "file.empty.what": "File ini kosong: baris judul kolom pun tidak ada.",
  "file.empty.fix": "Kembalikan file dari versi sebelumnya. Baris pertama harus berisi judul kolom: {columns}",
  "file.noRows.what": "File ini hanya berisi baris judul kolom, tanpa data.",
  "file.noRows.fix": "Jika tabel memang belum berisi data, biarkan saja; jika data terhapus, kembalikan dari versi sebelumnya.",
  "file.saveAsUtf8":
    "Di Excel: File > Save As (Simpan Sebagai) > pilih jenis 'CSV UTF-8 (Comma delimited) (*.csv)'. Di LibreOffice: centang 'Edit filter settings' dan pilih 'Unicode (UTF-8)'.",
  "file.notUtf8.what":
    "File ini tidak tersimpan sebagai UTF-8: ada huruf yang tidak bisa dibaca di baris ini (biasanya huruf beraksen atau tanda kutip miring dari Excel 'CSV (Comma delimited)').",
  "file.notUtf8.fix": "{saveAsUtf8}",
  "file.utf16.what": "File ini tersimpan sebagai UTF-16 ('Unicode Text'), bukan CSV UTF-8.",
  "file.utf16.fix": "{saveAsUtf8}",
  "file.semicolons.what":
    "File ini memakai titik koma (;) sebagai pemisah kolom, seperti Excel berbahasa Indonesia. Lentera membacanya dengan koma sebagai tanda desimal (12,5 dibaca 12.5).",
  "file.semicolons.fix": "Tidak wajib diperbaiki. Agar sama dengan file lain, simpan sebagai CSV UTF-8 berpemisah koma. {saveAsUtf8}",
  "file.tabs.what": "File ini memakai tab sebagai pemisah kolom (format 'Text (Tab delimited)'), bukan CSV.",
  "file.tabs.fix": "{saveAsUtf8}",
  "file.unclosedQuote.what":
    'Tanda kutip (") dibuka di baris ini tetapi tidak pernah ditutup, sehingga sisa file terbaca sebagai satu sel.',
  "file.unclosedQuote.fix": 'Tutup tanda kutip di akhir sel. Tanda kutip di dalam teks ditulis dua kali: "TKPK ""{name}""".',

  "header.unknown.what": 'Kolom "{name}" tidak dikenal di tabel ini.',
  "header.unknown.fix": "Hapus kolom ini, atau tambahkan ke skema tabel di datapackage.json jika memang kolom baru.",
  "header.unknown.suggestion.fix": 'Mungkin maksudnya "{suggestion}": perbaiki judul kolom di baris 1.',
  "header.missing.what": 'Kolom "{name}" tidak ada. Kolom ini berisi: {description}',
  "header.missing.fix": 'Tambahkan kolom berjudul "{name}" di baris 1; sel boleh kosong bila kolom tidak wajib.',
  "header.duplicate.what": 'Kolom "{name}" muncul dua kali di baris judul.',
  "header.duplicate.fix": "Hapus salah satunya, setelah memastikan isinya sudah digabung.",
  "header.unnamed.what": "Kolom ini berisi data tetapi tidak punya judul di baris 1.",
  "header.unnamed.fix": "Pindahkan datanya ke kolom yang benar, atau hapus kolom ini.",

  "row.tooMany.what": "Baris ini punya {found} sel, padahal judul kolom hanya {expected}.",
  "row.tooMany.fix":
    'Biasanya ada koma di dalam teks atau angka desimal yang ditulis dengan koma. Apit teks yang berisi koma dengan tanda kutip ("{places}") dan tulis desimal dengan titik (12.5).',
  "row.tooMany.split.what":
    'Baris ini punya {found} sel, padahal judul kolom hanya {expected}: tampaknya angka "{value}" di kolom "{column}" ditulis dengan koma desimal, sehingga terbelah menjadi dua sel.',
  "row.tooMany.split.fix":
    'Tulis "{dotted}" dengan titik sebagai tanda desimal. Lentera tidak menebak dan tidak membacanya sebagai {joined}.',
  "row.tooFew.what": "Baris ini hanya punya {found} sel, padahal judul kolom ada {expected}.",
  "row.tooFew.fix": "Lengkapi sel yang hilang (boleh kosong, tetapi pemisahnya harus ada), atau gabungkan baris yang terpotong.",
  "row.duplicate.what": "Baris ini sama dengan baris {first} pada kolom {fields} ({values}); setiap kombinasi hanya boleh muncul sekali.",
  "row.duplicate.fix": "Hapus baris yang dobel, atau perbaiki nilainya jika salah ketik.",
  // Examples quoted in advice when the data folder cannot give its own (the areas table is missing or
  // unreadable, or the file is read before it); they name no real place.
  "example.place": "Nama Daerah",
  "example.places": "Kecamatan A, Kecamatan B",
  "example.kecamatan": "Kecamatan A",
  "example.slug": "kecamatan-a",
  "example.code": "<kode>",
  "example.kecamatanCode": "<kode>.01",
  "example.codeForm": "<kode>.xx",
} as const;
