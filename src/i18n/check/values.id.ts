/**
 * What the data check says about values: a cell against its column, a value
 * against another table, rules across tables, the site settings, the
 * boundaries and the narrative texts, in Bahasa Indonesia. Keys are named as
 * in files.id.ts; values.en.ts must have the same keys and placeholders.
 */
export const values = {
  "value.required.what": "Sel ini wajib diisi, tetapi kosong.",
  "value.required.fix": "Isi dengan: {description}",
  "value.decimalComma.what": 'Harus berupa angka dengan titik sebagai tanda desimal, tertulis "{value}".',
  "value.decimalComma.fix": 'Tulis "{dotted}". Lentera tidak menebak: "{value}" tidak dibaca sebagai {joined}.',
  "value.thousands.what": 'Harus berupa angka tanpa pemisah ribuan, tertulis "{value}".',
  "value.thousands.fix": "Hapus titik atau koma pemisah ribuan; tulis desimal dengan titik (1234567 atau 12.5).",
  "value.thousands.semicolons.fix": "Hapus titik pemisah ribuan; tulis desimal dengan koma (1234567 atau 12,5).",
  "value.ambiguousDot.what": 'Di file berpemisah titik koma, titik pada "{value}" bisa berarti pemisah ribuan atau tanda desimal.',
  "value.ambiguousDot.fix":
    "Tulis desimal dengan koma ({comma}) atau angka bulat tanpa titik, atau simpan file sebagai CSV UTF-8 berpemisah koma.",
  "value.notNumber.what": 'Harus berupa angka, tertulis "{value}".',
  "value.notNumber.fix":
    'Tulis angkanya saja, tanpa satuan, tanda persen, "Rp" atau spasi (contoh: {example}). Jika datanya belum ada, kosongkan sel.',
  "value.notInteger.what": 'Harus berupa bilangan bulat, tertulis "{value}".',
  "value.notInteger.fix": "Tulis hanya angka 0-9 tanpa desimal, pemisah ribuan, satuan atau spasi (contoh: 1575000000).",
  "value.notYear.what": 'Harus berupa tahun empat angka, tertulis "{value}".',
  "value.notYear.fix":
    "Tulis tahunnya saja, misalnya 2024 (bukan 24, '2024 ' atau 2024.0). Di Excel, format kolom sebagai Text atau General.",
  "value.notDate.what": 'Harus berupa tanggal dalam bentuk TTTT-BB-HH, tertulis "{value}".',
  "value.notDate.fix": 'Tulis misalnya "{example}". Di Excel, format kolom sebagai Text agar tanggal tidak diubah.',
  "value.notInList.what": 'Nilai "{value}" tidak termasuk pilihan yang sah ({allowed}).',
  "value.notInList.fix": "Pilih salah satu nilai di atas, ditulis persis (huruf kecil).",
  "value.notInList.suggestion.fix": 'Mungkin maksudnya "{suggestion}": tulis persis seperti itu.',
  "value.notInList.categories.fix":
    'Pilih salah satu nilai di atas, ditulis persis. Jika "{value}" memang pilihan baru, tambahkan ke "categories" kolom ini di datapackage.json beserta label_id dan label_en-nya (lihat data/README.md).',
  "value.wrongForm.what": 'Bentuk nilai "{value}" tidak sesuai aturan kolom ini.',
  "value.wrongForm.fix": "Kolom ini berisi: {description}",
  "value.belowMinimum.what": 'Nilai "{value}" lebih kecil dari batas terkecil {limit}.',
  "value.belowMinimum.fix": "Periksa nilainya; angka di kolom ini tidak boleh kurang dari {limit}.",
  "value.aboveMaximum.what": 'Nilai "{value}" lebih besar dari batas terbesar {limit}.',
  "value.aboveMaximum.fix": "Periksa nilainya; angka di kolom ini tidak boleh lebih dari {limit}.",
  "value.tooLong.what": "Teks ini {length} karakter, lebih panjang dari batas {max} karakter.",
  "value.tooLong.fix": "Persingkat menjadi paling banyak {max} karakter.",

  "reference.unknown.what": 'Nilai "{value}" tidak ada di kolom {column} pada {table}.',
  "reference.unknown.fix": "Pakai salah satu nilai kolom {column} di {table}, atau tambahkan barisnya di sana terlebih dahulu.",
  "reference.unknown.name.fix": '"{value}" adalah nama, bukan {column}; tulis "{key}".',
  "reference.unknown.spelling.fix": 'Mungkin maksudnya "{suggestion}": perbaiki ejaannya.',

  "rule.outOfRange.what": 'Nilai "{value}" di luar rentang indikator "{indicator}" ({min} sampai {max}).',
  "rule.outOfRange.fix": "Periksa nilai dan satuannya (persen ditulis 12.5, bukan 0.125 atau 1250), atau periksa kolom indicator.",
  "rule.badLocation.what": 'Lokasi "{code}" bukan kecamatan dan bukan kabupaten/kota itu sendiri.',
  "rule.badLocation.fix": "Tulis kode kecamatan ({kecamatan}), atau kode kabupaten/kota ({regency}) untuk seluruh wilayahnya.",
  "rule.regencyWithKecamatan.what": "Lokasi berisi kode kabupaten/kota bersama kode kecamatan.",
  "rule.regencyWithKecamatan.fix":
    "Tulis hanya kode kabupaten/kota jika kegiatan mencakup seluruh wilayahnya, atau hanya kode-kode kecamatan.",
  "rule.reversed.fix": "Tukar kedua nilai, atau kosongkan kolom akhir bila bukan rentang.",
  "rule.reversed.year.what": "Tahun akhir ({end}) lebih kecil dari nilai awalnya ({start}).",
  "rule.reversed.value.what": "Batas atas ({end}) lebih kecil dari nilai awalnya ({start}).",
  "rule.overBudget.what": "Realisasi anggaran ({realised}) lebih besar dari anggaran ({budget}).",
  "rule.overBudget.fix": "Periksa kedua angka; jika anggaran diubah (APBD Perubahan), tulis anggaran yang baru.",
  "rule.doneWithoutOutput.what": "Kegiatan berstatus done (selesai) tetapi realisasi keluarannya kosong.",
  "rule.doneWithoutOutput.fix": "Isi realised_output, atau ubah status menjadi ongoing.",
  "rule.yearGap.what": "Deret {series} tidak punya nilai untuk {gaps}; grafik menampilkannya sebagai celah.",
  "rule.yearGap.fix": "Tidak wajib diperbaiki. Tambahkan baris bila angkanya tersedia dari sumber resmi.",
  "rule.planYear.fix":
    "Tulis tahun rencana aksi kegiatan ini di kolom year: empat angka, sama dengan tahun di id-nya (RAT-2026-001 untuk 2026).",
  "rule.planYear.missing.what": "Kolom year kosong: kegiatan ini tidak bisa dimasukkan ke rencana tahun mana pun.",
  "rule.planYear.implausible.what": 'Tahun rencana "{value}" tidak mungkin untuk rencana aksi (harus antara {min} dan {max}).',
  "rule.planYear.idYear.what":
    'Id "{id}" menyebut tahun {idYear}, tetapi kolom year berisi {year}: kegiatan ini bisa masuk ke rencana tahun yang salah.',
  "rule.planYear.idYear.fix":
    "Samakan tahun di id dan di kolom year. Saat menyalin kegiatan tahun lalu untuk rencana baru, ubah keduanya (id dan year), supaya kegiatan tidak dijumlahkan dengan rencana tahun lain.",

  "config.fix": 'Perbaiki kode wilayah atau id di bagian "lentera" agar cocok dengan areas.csv dan indicators.csv.',
  "config.regency.what": 'Pengaturan "lentera" di datapackage.json: kabupaten/kota "{code}" tidak ada di areas.csv dengan level regency.',
  "config.comparison.what": 'Pengaturan "lentera" di datapackage.json: wilayah pembanding "{code}" tidak ada di areas.csv.',
  "config.headline.what": 'Pengaturan "lentera" di datapackage.json: indikator utama "{id}" tidak ada di indicators.csv.',
  "config.planYear.what":
    'Pengaturan "lentera" di datapackage.json: tahun rencana "planYear" {year} tidak ada di actions.csv, yang berisi rencana tahun {years}.',
  "config.planYear.fix":
    'Tulis salah satu tahun yang ada di actions.csv, atau hapus "planYear" agar tahun terbaru ({latest}) menjadi rencana yang berlaku.',
  "config.noPlanYear.what":
    'Tahun rencana aksi tidak diketahui: actions.csv belum berisi kegiatan dan "planYear" tidak diisi di bagian "lentera" datapackage.json.',
  "config.noPlanYear.fix":
    'Tulis tahun rencana yang sedang disusun di bagian "lentera", misalnya "planYear": 2027, atau tambahkan kegiatan ke actions.csv.',
  "config.laterPlan.what":
    'actions.csv berisi rencana tahun {later}, lebih baru dari "planYear" {year} di datapackage.json: situs menampilkan rencana {year} sebagai yang berlaku.',
  "config.laterPlan.fix":
    'Hapus "planYear" di bagian "lentera" agar rencana terbaru menjadi yang berlaku, atau biarkan bila rencana {later} belum berlaku.',

  // The open lists of the catalogue (units, periods, funding sources): catalogue.invalid.label and the {expected} of catalogue.invalid.
  "catalogue.invalid.label.what":
    'Di datapackage.json, pilihan "{value}" pada kolom {field} tabel {table} tidak punya {missing}, jadi situs tidak tahu cara menuliskannya.',
  "catalogue.invalid.label.fix":
    'Tambahkan "{missing}" pada pilihan itu: cara situs menuliskannya dalam bahasa Indonesia (label_id) dan bahasa Inggris (label_en).',
  "catalogue.expect.categories": 'berupa daftar "categories": setiap pilihan dengan value, label_id dan label_en',
  "catalogue.expect.enumOfCategories": 'sama dengan nilai-nilai "categories" dalam urutan yang sama, atau dihapus',
  "catalogue.expect.unitStyle": "salah satu dari {styles}",
  "catalogue.expect.boolean": "true atau false",
  "catalogue.expect.newValue": 'nilai yang belum dipakai pilihan lain (bukan "{value}" lagi)',
  "catalogue.expect.group": "salah satu grup di groups ({groups})",
  "catalogue.expect.when": "teks yang memuat {year}",
  "catalogue.expect.period": "salah satu periode ({periods})",

  "geo.restore.fix": "Kembalikan file batas wilayah dari versi sebelumnya (data/geo/); file ini tidak disunting dengan tangan.",
  "geo.restore.notJson.what": "Batas wilayah: file bukan JSON yang sah ({error}).",
  "geo.restore.notTopology.what": "Batas wilayah: bukan TopoJSON dengan objek 'kecamatan' dan 'kabupaten'.",
  "geo.unknownCode.what": 'Batas wilayah: poligon berkode "{code}" bukan kecamatan di areas.csv.',
  "geo.unknownCode.fix": "Perbaiki kode di areas.csv (bentuk {form}) atau pakai file batas yang sesuai.",
  "geo.noPolygon.what": "Batas wilayah: kecamatan {name} ({code}) tidak punya poligon; peta menampilkannya tanpa wilayah.",
  "geo.noPolygon.fix": "Tambahkan poligonnya ke file batas wilayah bila tersedia.",

  "content.badPath.what": "Teks naratif: nama atau letak file tidak dikenali.",
  "content.badPath.fix": "Simpan sebagai content/<{collections}>/<nama>.<{locales}>.md, misalnya content/kecamatan/{example}.id.md.",
  "content.noTitle.what": 'Teks naratif: kepala file tidak punya "title: <judul>".',
  "content.noTitle.fix": 'Tulis judul di antara dua baris --- di awal file, misalnya "title: {example}".',
  "content.badKey.what": 'Teks naratif: kepala file harus berisi "{key}: <nilai>" dengan salah satu dari {allowed}.',
  "content.badKey.fix": 'Tulis misalnya "{key}: {example}" di antara dua baris --- di awal file.',
  "content.html.what": "Teks naratif: teks memuat HTML ({tag}); di situs HTML ditampilkan sebagai teks biasa, tidak dijalankan.",
  "content.html.fix": "Tulis dengan Markdown saja: **tebal**, *miring*, [tautan](https://...), daftar dengan tanda -.",
  "content.duplicate.what": "Teks naratif: teks untuk {value} ({lang}) sudah ada di {first}.",
  "content.duplicate.fix": "Gabungkan kedua file menjadi satu.",
  "content.noTranslation.what": 'Teks naratif: {text} belum punya teks dalam bahasa "{lang}"; halaman itu tampil tanpa teks naratif.',
  "content.noTranslation.fix": "Tambahkan file .{lang}.md dengan kepala yang sama.",
} as const;
