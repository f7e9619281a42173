/**
 * What `npm run new-regency` says when its input is wrong, in Bahasa
 * Indonesia; the same form as the data check's messages (`<name>.what`,
 * `<name>.fix`). new-place.en.ts must have the same keys and placeholders.
 */
export const newPlace = {
  "newPlace.done":
    "✓ Folder data {folder} dibuat ({files} file, {kecamatan} kecamatan). Berikutnya: isi observations.csv, lalu jalankan DATA_DIR={folder} npm run check:data.",
  "newPlace.argument.what": "Argumen --{name} wajib diisi.",
  "newPlace.argument.fix":
    'Contoh: npm run new-regency -- --code 73.73 --name "Palopo" --kind kota --province "Sulawesi Selatan" --boundaries kecamatan.geojson --out ../palopo-data',
  "newPlace.argument.unknown.what": "Argumen tidak dikenal: {detail}.",
  "newPlace.code.what": 'Kode daerah "{value}" tidak berbentuk kode Kemendagri kabupaten/kota.',
  "newPlace.code.fix": "Tulis dua angka provinsi, titik, dua angka daerah, misalnya 73.73.",
  "newPlace.kind.what": 'Jenis daerah "{value}" tidak dikenal.',
  "newPlace.kind.fix": "Tulis --kind kabupaten atau --kind kota.",
  "newPlace.province.what": 'Kode provinsi "{value}" tidak cocok dengan kode daerah {code}.',
  "newPlace.province.fix": "Kode provinsi adalah dua angka pertama kode daerah; hapus --province-code atau perbaiki.",
  "newPlace.planYear.what": 'Tahun rencana "{value}" bukan tahun.',
  "newPlace.planYear.fix": "Tulis tahun empat angka, misalnya 2026.",
  "newPlace.out.what": "Folder {value} sudah ada dan tidak kosong; Lentera tidak menimpa data.",
  "newPlace.out.fix": "Pilih folder baru untuk --out, atau kosongkan folder itu lebih dulu.",
  "newPlace.noFile.what": "File {file} tidak ditemukan.",
  "newPlace.noFile.fix":
    "Periksa nama dan letak file yang diberikan pada --{name}; jalur relatif dihitung dari folder tempat perintah dijalankan.",
  "newPlace.notGeoJson.what": "{file} bukan GeoJSON FeatureCollection: {detail}.",
  "newPlace.notGeoJson.fix":
    'Simpan batas kecamatan sebagai GeoJSON (QGIS: Ekspor > GeoJSON; mapshaper: -o format=geojson), dengan "type": "FeatureCollection".',
  "newPlace.noFeatures.what": "{file} tidak memuat satu pun kecamatan.",
  "newPlace.noFeatures.fix": "Masukkan satu fitur (poligon) untuk setiap kecamatan.",
  "newPlace.noCode.what": "Fitur ke-{index} di {file} tidak punya properti code.",
  "newPlace.noCode.fix": 'Beri setiap fitur properti "code" berisi kode Kemendagri kecamatan, misalnya {example}.',
  "newPlace.outside.what": 'Kode "{value}" (fitur ke-{index} di {file}) bukan kode kecamatan di {code}.',
  "newPlace.outside.fix": "Kode kecamatan adalah kode daerah ditambah titik dan dua angka, misalnya {example}.",
  "newPlace.duplicate.what": 'Kode "{value}" muncul lebih dari sekali di {file} (fitur ke-{first} dan ke-{index}).',
  "newPlace.duplicate.fix": "Satu fitur untuk setiap kecamatan: gabungkan poligonnya menjadi satu MultiPolygon.",
  "newPlace.noName.what": 'Fitur "{value}" di {file} tidak punya properti name.',
  "newPlace.noName.fix": 'Beri setiap fitur properti "name" berisi nama resmi kecamatan.',
  "newPlace.notPolygon.what": "Fitur ke-{index} di {file} bukan poligon (Polygon atau MultiPolygon).",
  "newPlace.notPolygon.fix": "Batas kecamatan harus berupa poligon; buang titik dan garis dari file itu.",
} as const;
