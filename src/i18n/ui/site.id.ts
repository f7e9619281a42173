/**
 * The words of the site's pages in Bahasa Indonesia, the site's first language:
 * navigation, page texts, table headers and the sentences written about a
 * figure. Flat dotted keys, `<area>.<name>`; `{name}` is filled by the caller
 * with fill() (src/i18n/fill.ts). site.en.ts must have exactly the same keys
 * (the type checks it) and the same placeholders (test/i18n/ui-strings.test.ts).
 * Names and texts from the data are not here: the data carries both languages.
 * The words of charts are in charts.id.ts.
 */
export const site = {
  // The frame of every page: the site's name, the language switch, navigation, link previews, the footer.
  "site.name": "Lentera",
  "site.tagline": "Data kemiskinan dan rencana aksi penanggulangannya",
  "lang.name": "Bahasa Indonesia",
  "lang.switch": "English",
  "lang.switchLabel": "Read this page in English",
  "nav.label": "Navigasi utama",
  "nav.home": "Beranda",
  "nav.strategies": "Strategi",
  "nav.kecamatan": "Kecamatan",
  "nav.indicators": "Indikator",
  "nav.agencies": "OPD",
  "nav.data": "Data",
  "nav.method": "Metodologi",
  "nav.about": "Tentang",
  "nav.search": "Cari",
  "nav.skip": "Langsung ke isi",
  "nav.picker": "Pilih kecamatan",
  "nav.breadcrumb": "Jejak halaman",
  "nav.footer": "Semua halaman",
  "meta.ogLocale": "id_ID",
  "meta.ogImageAlt": "Kartu pratinjau Lentera: {title}",
  "og.kicker": "{site} · {place}",
  "og.planBudget": "anggaran rencana aksi {year} · {n} kegiatan",
  "og.kecamatanCount": "kecamatan, masing-masing dengan halaman profil",
  "og.villages": "desa dan kelurahan",
  "footer.publisher": "Diterbitkan untuk {publisher}. Data versi {version}.",
  "footer.static": "Situs statis: setiap halaman dan grafik terbaca tanpa JavaScript.",
  "footer.sources": "Sumber data tercantum di setiap grafik dan di halaman Metodologi.",
  "footer.licence": "Teks dan data: CC BY 4.0. Batas wilayah dan sumber lain: lihat halaman metodologi.",
  "print.url": "Dicetak dari {url}",

  // The place: its name by kind (settings "kind" in datapackage.json) and the common noun for it.
  "place.name.kabupaten": "Kabupaten {name}",
  "place.name.kota": "Kota {name}",
  "place.word.kabupaten": "kabupaten",
  "place.word.kota": "kota",

  // Words of tables and figures on many pages.
  nodata: "Belum ada data",
  "sample.plan": "Rencana aksi {year} dan semua indikator per kecamatan di situs ini adalah data contoh, bukan data resmi TKPK.",
  "sample.badge": "Data contoh",
  "sample.explain": "Angka bertanda data contoh adalah karangan untuk menunjukkan cara kerja situs, bukan data resmi.",
  "table.year": "Tahun",
  "table.value": "Nilai",
  "table.area": "Wilayah",
  "table.indicator": "Indikator",
  "table.source": "Sumber",
  "table.period": "Periode",
  "status.provisional": "sementara",
  "status.estimate": "perkiraan",
  "status.sample": "data contoh",
  "kind.label": "Jenis data",
  "kind.estimate": "Perkiraan statistik",
  "kind.administrative": "Hitungan administratif",
  "kind.census": "Hitungan sensus",
  "kind.geographic": "Ukuran geografis",
  "kind.sample": "Data contoh",
  "better.lower": "Makin rendah makin baik",
  "better.higher": "Makin tinggi makin baik",
  "better.neutral": "Tidak ada arah yang lebih baik",

  // Facts of a plan and the actions table; action.status.* name an action's state.
  "facts.actions": "Kegiatan",
  "facts.budget": "Anggaran",
  "facts.realised": "Terealisasi",
  "facts.agencies": "OPD pelaksana",
  "facts.kecamatan": "Kecamatan yang disebut sebagai lokasi",
  "facts.indicators": "Indikator sasaran",
  "action.strategy": "Strategi",
  "action.total": "Jumlah anggaran",
  "action.notYet": "belum ada",
  "action.outputOf": "{done} dari {target} {unit}",
  "action.budgetNote": "Anggaran dan realisasi ditulis untuk seluruh kegiatan, termasuk lokasinya yang lain.",
  "action.status.planned": "direncanakan",
  "action.status.ongoing": "berjalan",
  "action.status.done": "selesai",
  "action.status.delayed": "tertunda",
  "action.id": "Kode",
  "action.activity": "Kegiatan",
  "action.agency": "OPD",
  "action.locations": "Lokasi",
  "action.targetGroup": "Sasaran",
  "action.output": "Target keluaran",
  "action.budget": "Anggaran",
  "action.regencyWide": "Seluruh {placeWord}",
  "action.statusRealisation": "Status dan realisasi",

  // Sentences about a figure (say.*), a kecamatan beside the regency (compare.*), the rank convention (rank.*).
  "say.flag.provisional": " (angka sementara)",
  "say.flag.estimate": " (estimasi)",
  "say.flag.sample": " (data contoh)",
  "say.delta.points": "{n} poin persen",
  "say.delta.index": "{n} poin",
  "say.latest": "Pada {when}, {name} {area} adalah {value}{flag}.",
  "say.change": "Angka ini {parts}.",
  "say.change.down": "turun {delta} dari {value} pada {year}",
  "say.change.up": "naik {delta} dari {value} pada {year}",
  "say.change.same": "sama dengan angka {year}",
  "say.target": "Target untuk {year} ({document}) adalah {target}.",
  "say.target.better": "Angka ini {delta} lebih baik dari target.",
  "say.target.worse": "Angka ini belum mencapai target; selisihnya {delta}.",
  "say.target.equal": "Angka ini tepat sama dengan target.",
  "say.target.within": "Angka ini berada dalam rentang target.",
  "say.target.above": "Angka ini {delta} di atas target.",
  "say.target.below": "Angka ini {delta} di bawah target.",
  "say.compare": "Sebagai pembanding, pada {when} angka {parts}.",
  "say.compare.part": "{area} {value}",
  "compare.same": "hampir sama dengan angka {placeWord}",
  "compare.littleHigher": "sedikit lebih tinggi dari angka {placeWord}",
  "compare.littleLower": "sedikit lebih rendah dari angka {placeWord}",
  "compare.times": "sekitar {ratio} kali angka {placeWord}",
  "compare.twice": "sekitar dua kali angka {placeWord}",
  "compare.half": "sekitar separuh angka {placeWord}",
  "compare.third": "sekitar sepertiga angka {placeWord}",
  "compare.quarter": "sekitar seperempat angka {placeWord}",
  "compare.twoThirds": "sekitar dua pertiga angka {placeWord}",
  "compare.threeQuarters": "sekitar tiga perempat angka {placeWord}",
  "compare.tenth": "kurang dari sepersepuluh angka {placeWord}",
  "compare.share": "sekitar {share} dari jumlah {placeWord}",
  "compare.shareSmall": "kurang dari 1 % dari jumlah {placeWord}",
  "rank.of": "peringkat {rank} dari {of}",
  "rank.rule.lower": "peringkat 1 = angka terendah (terbaik)",
  "rank.rule.higher": "peringkat 1 = angka tertinggi (terbaik)",
  "rank.rule.neutral": "peringkat 1 = angka tertinggi (tidak ada arah yang lebih baik)",
  "rank.rule.short": "Peringkat 1 = angka terbaik; untuk indikator tanpa arah yang lebih baik, angka tertinggi.",
  "rank.rule":
    "Peringkat kecamatan: peringkat 1 adalah angka terbaik menurut arah indikator, yaitu angka terendah bila makin rendah makin baik dan angka tertinggi bila makin tinggi makin baik. Untuk indikator tanpa arah yang lebih baik (misalnya jumlah penduduk), peringkat 1 adalah angka tertinggi. Kecamatan dengan angka yang sama berbagi peringkat. Semua kecamatan dibandingkan pada tahun yang sama: tahun terakhir yang datanya ada untuk sedikitnya separuh kecamatan.",

  // Home page.
  "home.title": "Kemiskinan di {regency}",
  "home.description": "Angka kemiskinan {place} dan rencana aksi TKPK untuk menguranginya: per strategi, per kecamatan dan per OPD.",
  "home.latest.title": "Angka terbaru",
  "home.depth.title": "Seberapa dalam kemiskinannya",
  "home.depth.intro":
    "Jumlah penduduk miskin hanya menghitung berapa banyak orang di bawah garis kemiskinan. Indikator berikut menunjukkan seberapa dalam kemiskinan itu.",
  "home.strategies.title": "Strategi rencana aksi {year}",
  "home.strategies.intro":
    "Rencana Aksi Tahunan TKPK disusun menurut {n} strategi. Setiap strategi punya kegiatan, anggaran, OPD pelaksana dan indikator yang ingin digerakkan.",
  "home.strategies.basis": "Strategi ini mengikuti {basis}.",
  "home.map.title": "Kecamatan",
  "home.map.intro":
    "Peta ini menunjukkan berapa kegiatan rencana aksi berlokasi di setiap kecamatan. Pilih kecamatan untuk melihat profilnya: indikator, peringkat dan kegiatan di sana.",
  "home.kecamatanList": "Semua kecamatan",
  "home.tkpk.title": "TKPK dan rencana aksi tahunan",

  // Strategy pages.
  "strategy.number": "Strategi {n}",
  "strategy.index.title": "Strategi penanggulangan kemiskinan",
  "strategy.index.description": "Strategi rencana aksi TKPK {regency}: kegiatan, anggaran, OPD dan indikator setiap strategi.",
  "strategy.actions.title": "Kegiatan rencana aksi {year}",
  "strategy.actions.caption": "Kegiatan strategi {name}, {year}",
  "strategy.actions.none": "Belum ada kegiatan rencana aksi untuk strategi ini.",
  "strategy.budget.title": "Anggaran dan realisasi",
  "strategy.indicators.title": "Indikator yang ingin digerakkan",
  "strategy.indicators.intro": "Selain indikator di bawah ini, semua strategi bersama-sama mengarah pada turunnya kemiskinan:",
  "strategy.indicators.none": "Belum ada angka {placeWord} untuk indikator ini; lihat halaman indikatornya.",
  "strategy.where.title": "Di mana kegiatannya",
  "strategy.where.regencyWide": "Kegiatan untuk seluruh {placeWord}: {n}.",
  "strategy.where.count": "{name} ({n})",
  "strategy.content.title": "Apa artinya",

  // Kecamatan pages (kec.*) and the columns of a kecamatan's facts (kecamatan.*).
  "kec.title": "Kecamatan {name}",
  "kec.description":
    "Profil Kecamatan {name}, {regency}: indikator dibandingkan dengan angka {placeWord}, peringkat di antara {n} kecamatan, dan kegiatan rencana aksi di sana.",
  "kec.lead": "Salah satu dari {n} kecamatan di {place}, {province}.",
  "kec.leadNoProvince": "Salah satu dari {n} kecamatan di {place}.",
  "kec.altNames": "Nama atau ejaan lain: {names}.",
  "kec.profile.title": "Profil",
  "kec.area": "Luas wilayah",
  "kec.population": "Penduduk",
  "kec.note.title": "Catatan tentang kecamatan ini",
  "kec.indicators.title": "Indikator dibandingkan dengan {placeWord}",
  "kec.indicators.intro":
    "Tidak ada angka kemiskinan resmi per kecamatan: sampel Susenas hanya cukup sampai tingkat kabupaten/kota. Indikator di bawah ini berasal dari register by name by address yang angkanya tidak dipublikasikan; di situs ini angkanya masih data contoh.",
  "kec.indicators.caption": "Indikator Kecamatan {name} dibandingkan dengan angka {placeWord}, tahun terbaru",
  "kec.indicators.none": "Belum ada indikator per kecamatan.",
  "kec.col.here": "Kecamatan ini",
  "kec.col.regency": "{PlaceWord}",
  "kec.col.comparison": "Dibanding {placeWord}",
  "kec.col.rank": "Peringkat",
  "kec.col.among": "Di antara {n} kecamatan",
  "kec.actions.title": "Kegiatan rencana aksi {year} di sini",
  "kec.actions.counts": "Kegiatan yang berlokasi di kecamatan ini: {here}. Kegiatan untuk seluruh {placeWord}: {all}.",
  "kec.actions.none": "Belum ada kegiatan rencana aksi di kecamatan ini.",
  "kec.actions.caption": "{strategy}: kegiatan di Kecamatan {name} dan untuk seluruh {placeWord}",
  "kec.actions.wide": "Juga menjangkau kecamatan ini: {n} kegiatan untuk seluruh {placeWord}",
  "kec.actions.noneHere": "Tidak ada kegiatan strategi ini yang khusus berlokasi di kecamatan ini.",
  "kec.neighbours.title": "Kecamatan tetangga",
  "kec.neighbours.none": "Batas wilayah belum tersedia, jadi tetangganya belum dapat ditentukan.",
  "kec.all": "Semua kecamatan",
  "kec.index.title": "Kecamatan di {regency}",
  "kec.index.description":
    "Daftar {n} kecamatan di {place} dengan ibu kota, jumlah desa dan kelurahan, dan kegiatan rencana aksi; setiap kecamatan punya halaman profil.",
  "kec.index.intro": "{place} terbagi atas {n} kecamatan. Pilih satu untuk melihat profilnya.",
  "kec.index.caption": "{n} kecamatan di {regency}",
  "kec.index.actions": "Kegiatan di sana",
  "kecamatan.capital": "Ibu kota",
  "kecamatan.desa": "Desa",
  "kecamatan.kelurahan": "Kelurahan",
  "kecamatan.codes": "Kode Kemendagri / BPS",

  // Indicator pages.
  "ind.index.title": "Indikator",
  "ind.index.description": "Semua {n} indikator kemiskinan dan pembangunan {regency}: definisi, sumber, tren dan nilai per kecamatan.",
  "ind.index.intro": "Setiap indikator punya halaman dengan definisi, sumber, tren dan, bila ada, nilai per kecamatan.",
  "ind.group.context": "Kemiskinan dan konteks",
  "ind.col.latest": "Angka {placeWord} terbaru",
  "ind.hasKecamatan": "ada nilai per kecamatan",
  "ind.unit": "Satuan",
  "ind.better": "Arah",
  "ind.strategy": "Strategi",
  "ind.strategy.none": "indikator hasil dan konteks, dipengaruhi semua strategi",
  "ind.source": "Sumber utama",
  "ind.family":
    "Indikator di bawah ini mengukur hal yang sama dengan metode atau definisi yang berbeda. Angkanya tidak dapat disambung menjadi satu garis dan tidak boleh dibandingkan langsung:",
  "ind.trend.title": "Tren",
  "ind.noRegency": "Belum ada angka {placeWord} untuk indikator ini.",
  "ind.kecamatan.title": "Per kecamatan",
  "ind.kecamatan.caption": "{name} per kecamatan, {year}, diurutkan menurut peringkat ({rule})",
  "ind.kecamatan.captionLatest": "{name} per kecamatan, angka terbaru masing-masing; tahunnya berbeda, jadi tidak diberi peringkat",
  "ind.kecamatan.noValue": "belum ada data {year}",
  "ind.kecamatan.none": "Belum ada nilai per kecamatan untuk indikator ini.",
  "ind.targets.title": "Target",
  "ind.targets.caption": "Target {name} dalam dokumen perencanaan",
  "ind.targets.none": "Belum ada target untuk indikator ini.",
  "ind.target": "Target",
  "ind.document": "Dokumen",
  "ind.all.title": "Semua angka",
  "ind.all.caption": "{name}: semua angka {placeWord}, provinsi dan nasional dengan sumbernya",

  // Agency (OPD) pages.
  "opd.index.title": "OPD {place}",
  "opd.index.description": "OPD {regency} dalam rencana aksi penanggulangan kemiskinan {year}: kegiatan dan anggaran setiap OPD.",
  "opd.index.intro":
    "OPD yang melaksanakan kegiatan rencana aksi {year}. Pilih OPD untuk melihat kegiatannya di setiap strategi dan kecamatan.",
  "opd.index.caption": "Kegiatan dan anggaran per OPD, rencana aksi {year}",
  "opd.description": "Kegiatan {name} dalam rencana aksi penanggulangan kemiskinan {year}: strategi, lokasi, anggaran dan realisasi.",
  "opd.actions.caption": "Kegiatan {name}, rencana aksi {year}",
  "opd.none": "OPD ini belum punya kegiatan dalam rencana aksi {year}.",
  "opd.where.title": "Strategi dan lokasi",
  "opd.where.none": "Tidak ada kegiatan yang berlokasi di kecamatan tertentu.",

  // Data download page.
  "data.title": "Unduh data",
  "data.description":
    "Semua tabel data kemiskinan {regency} dan rencana aksi TKPK untuk diunduh sebagai CSV dan JSON, dengan katalog, batas wilayah dan lisensinya.",
  "data.intro": "Semua angka di situs ini berasal dari tabel-tabel berikut. Silakan unduh, olah dan kutip dengan menyebut sumbernya.",
  "data.tables.title": "Tabel",
  "data.tables.caption": "Tabel data dan unduhannya",
  "data.col.table": "Tabel",
  "data.col.rows": "Baris",
  "data.col.download": "Unduh",
  "data.sampleRows": "{n} baris data contoh",
  "data.csvNote":
    "CSV memakai UTF-8 dengan BOM (terbaca benar di Excel), koma sebagai pemisah kolom dan titik sebagai tanda desimal. Sel kosong berarti belum ada data, bukan nol. Teks yang diawali =, +, - atau @ diberi tanda petik tunggal di depannya agar tidak dijalankan sebagai rumus.",
  "data.catalogue.title": "Katalog dan kolom",
  "data.catalogue.text":
    "Katalog data mengikuti format Frictionless Data Package: setiap tabel, kolom, tipe, satuan dan kunci dijelaskan di sana.",
  "data.geo.title": "Batas wilayah",
  "data.geo.text":
    "Batas kecamatan untuk peta, dalam format TopoJSON (koordinat bujur-lintang WGS 84). Batas ini indikatif, bukan batas hukum.",
  "data.geo.licence": "Lisensi MIT batas wilayah",
  "data.update.title": "Memperbarui data",
  "data.update.text":
    "Staf TKPK memperbarui tabel-tabel ini setiap tahun. Periksa berkas yang Anda ubah di peramban, lalu ikuti panduan untuk mengusulkan dan menerbitkannya.",
  "data.licence.title": "Lisensi",
  "data.licence.text": "Kompilasi data, teks dan data contoh dilisensikan dengan",
  "data.licence.sources": "Angka-angka yang dikutip tetap milik penerbit aslinya; daftar sumber lengkap ada di halaman",

  // Methodology page.
  "method.title": "Metodologi dan sumber data",
  "method.description":
    "Dari mana angka kemiskinan {regency} berasal, apa arti setiap indikator, bagaimana data contoh ditandai, dan daftar lengkap sumbernya.",
  "method.marks.title": "Tanda pada angka",
  "method.marks.sample": "Setiap grafik, tabel dan halaman yang memuat angka karangan diberi tanda ini:",
  "method.kind.estimate": "Dihitung dari survei atau model statistik (misalnya Susenas oleh BPS); punya galat sampling.",
  "method.kind.administrative": "Dihitung dari catatan pemerintah, seperti register sosial atau penimbangan di posyandu.",
  "method.kind.census": "Dihitung dari sensus penduduk.",
  "method.kind.geographic": "Diukur dari peta, seperti luas wilayah.",
  "method.kind.sample": "Angka karangan untuk menunjukkan cara kerja situs; bukan data resmi dan tidak boleh dikutip.",
  "method.definitions.title": "Definisi indikator",
  "method.boundaries": "Berkas batas wilayah dan teks lisensinya dapat diunduh di halaman",
  "method.sources.title": "Daftar sumber",
  "method.sources.intro": "{n} sumber, dari tabel sources.csv, dengan tanggal terbit dan tanggal diakses.",
  "method.published": "terbit {date}",
  "method.accessed": "diakses {date}",
  "method.rank.title": "Membandingkan kecamatan",

  // About page.
  "about.title": "Tentang Lentera",
  "about.description": "Tentang Lentera, situs data kemiskinan {regency}, dan tentang TKPK serta rencana aksi tahunannya.",
  "about.forYourPlace.title": "Lentera untuk daerah Anda",
  "about.forYourPlace.text":
    'Lentera dapat dipakai oleh TKPK kabupaten/kota mana pun tanpa mengubah kodenya: satu perintah, npm run new-regency, memulai folder data dari batas dan kode kecamatan daerah itu (kode Kemendagri); staf lalu mengisi tabel CSV-nya, memeriksanya, dan menerbitkan situsnya sendiri. Caranya dijelaskan di README kode sumber Lentera, bagian "Lentera untuk daerah Anda".',

  // Search page.
  "search.title": "Cari",
  "search.description": "Cari kecamatan, indikator, strategi atau OPD di situs data kemiskinan {regency}.",
  "search.intro": "Ketik nama kecamatan, indikator, program atau OPD.",
  "search.placeholder": "Misalnya: {example}, stunting, PKH",
  "search.label": "Cari di situs ini",
  "search.noscript": "Pencarian memerlukan JavaScript. Tanpa JavaScript, telusuri daftar di bawah ini.",
  "search.browse": "Telusuri",
  // Staff tools: the data check in the browser (check.*) and the staff guide (guide.*).
  "nav.check": "Periksa data",
  "nav.guide": "Panduan staf",
  "check.title": "Periksa data",
  "check.description":
    "Periksa berkas CSV data kemiskinan {place} di peramban sebelum mengusulkan perubahan: pemeriksaan yang sama dengan npm run check:data, tanpa mengunggah apa pun.",
  "check.intro":
    "Pilih atau seret berkas CSV yang Anda ubah (boleh juga datapackage.json). Berkas itu diperiksa bersama tabel lain yang sudah terbit di situs {place}, dengan pemeriksaan yang sama seperti npm run check:data: berkas, baris seperti di spreadsheet (judul kolom adalah baris 1), kolom, nilai yang tertulis, dan cara memperbaikinya, dalam bahasa Indonesia dan Inggris.",
  "check.private":
    "Berkas Anda tidak dikirim ke mana pun: pemeriksaan berjalan di peramban ini saja, dan tetap bisa dipakai tanpa internet setelah halaman ini selesai dimuat.",
  "check.noscript":
    "Pemeriksa ini memerlukan JavaScript, yang mati di peramban Anda. Tanpa JavaScript, periksa data dengan perintah npm run check:data di komputer yang memasang Node.js, atau usulkan perubahan lewat GitHub atau GitLab: pemeriksaan otomatis di sana memberi laporan yang sama.",
  "check.choose": "Pilih berkas CSV",
  "check.drop": "atau seret berkas ke kotak ini",
  "check.loading": "Memuat tabel yang sudah terbit…",
  "check.ready": "Siap. Pilih berkas yang Anda ubah.",
  "check.running": "Memeriksa {files}…",
  "check.done": "Selesai. Diperiksa: {files}, bersama tabel lain yang sudah terbit.",
  "check.failed": "Tabel yang sudah terbit tidak dapat dimuat ({file}). Periksa sambungan internet, lalu muat ulang halaman ini.",
  "check.ignored": "Tidak diperiksa di sini: {files}.",
  "check.report": "Hasil pemeriksaan",
  "check.full": "Laporan lengkap",
  "check.content":
    "Teks naratif (berkas Markdown di data/content/) tidak terbit di situs, jadi tidak diperiksa di sini dan tidak dilaporkan hilang. Pemeriksaan otomatis di GitHub atau GitLab dan npm run check:data memeriksanya.",
  "check.next": "Langkah berikutnya: panduan staf",
  "check.data": "Tabel yang terbit",
  "guide.title": "Panduan staf: memperbarui data setiap tahun",
  "guide.description":
    "Langkah demi langkah bagi staf TKPK {place} untuk memperbarui angka dan rencana aksi di situs ini setiap tahun, tanpa pengembang.",
  "guide.intro":
    "Setiap tahun BPS menerbitkan angka kemiskinan baru, TKPK {place} menyusun rencana aksi tahun berikutnya dan mencatat realisasi tahun berjalan. Panduan ini menjelaskan cara memasukkannya ke situs: ubah berkas CSV di spreadsheet, periksa di peramban, usulkan perubahan di GitHub atau GitLab, lalu terbitkan. Anda hanya memerlukan Excel atau LibreOffice dan peramban.",
  "guide.steps": "Langkah-langkah",
  "guide.files.title": "1. Berkas mana menyimpan apa",
  "guide.files.text":
    "Semua data {placeWord} ada di folder {folder} di repositori. Setiap tabel adalah satu berkas CSV. Buka nama berkas di bawah ini untuk melihat kolom-kolomnya dan artinya, seperti tertulis di katalog.",
  "guide.files.catalogue":
    "Katalog {folder}/datapackage.json menjelaskan setiap tabel, kolom, tipe dan aturannya. Biasanya katalog tidak perlu diubah; ubah hanya jika menambah kolom atau tabel, dan periksa katalog bersama berkas CSV-nya.",
  "guide.files.content":
    "Teks naratif (pengantar strategi, catatan kecamatan, metodologi, tentang) adalah berkas Markdown di folder {folder}/content/, satu per bahasa.",
  "guide.edit.title": "2. Mengubah di Excel atau LibreOffice",
  "guide.edit.open":
    "Di repositori, buka folder {folder}, klik berkas yang akan diubah, lalu unduh (tombol Download raw file). Buka berkas itu di Excel atau LibreOffice Calc.",
  "guide.edit.rows":
    "Tambahkan angka tahun baru sebagai baris baru di bawah baris terakhir, atau ubah sel yang perlu diubah. Jangan ubah judul kolom di baris 1 dan jangan hapus kolom.",
  "guide.edit.numbers":
    "Tulis angka dengan titik sebagai tanda desimal, misalnya 11.25. Sel kosong berarti belum ada data, bukan nol. Tulis setiap nilai seperti contoh di baris lain pada kolom yang sama.",
  "guide.edit.excel":
    "Excel: pilih File > Save As (Simpan Sebagai), lalu jenis berkas CSV UTF-8 (Comma delimited) (*.csv). Jika Excel bertanya soal fitur yang hilang, pilih tetap simpan dalam format ini.",
  "guide.edit.libreoffice":
    "LibreOffice: pilih File > Save As, jenis berkas Text CSV (.csv), centang Edit filter settings, lalu pilih Character set Unicode (UTF-8) dan Field delimiter koma (,).",
  "guide.edit.name":
    'Simpan dengan nama yang sama persis. Salinan seperti "nama (1).csv" tidak dikenali: ganti kembali namanya sebelum mengunggah.',
  "guide.plan.title": "Menambah rencana aksi tahun berikutnya",
  "guide.plan.rows":
    "Tambahkan kegiatan rencana baru sebagai baris baru di {folder}/actions.csv, di bawah baris tahun-tahun sebelumnya. Jangan menimpa atau menghapus baris tahun lalu: rencana itu tetap terbit di halamannya sendiri.",
  "guide.plan.ids":
    "Isi kolom year dengan tahun rencana baru ({next}) dan beri setiap kegiatan id baru dengan tahun yang sama: RAT-{next}-001, RAT-{next}-002, dan seterusnya. Saat menyalin baris tahun lalu, ubah keduanya; id tidak boleh sama dengan id tahun lain, dan pemeriksaan menolak baris yang tahunnya tidak cocok dengan id-nya.",
  "guide.plan.current":
    'Tahun terbaru di actions.csv otomatis menjadi rencana yang berlaku (sekarang {year}) di beranda dan halaman strategi, kecamatan dan OPD. Jika datapackage.json memuat "planYear" di bagian "lentera", hapus baris itu, atau tulis tahun rencana yang berlaku di sana.',
  "guide.plan.realised":
    "Realisasi dicatat di baris tahunnya sendiri (realised_budget, realised_output, status). Angka satu tahun tidak pernah dijumlahkan dengan tahun lain.",
  "guide.check.title": "3. Memeriksa di peramban",
  "guide.check.text":
    "Buka halaman Periksa data, lalu pilih atau seret berkas yang Anda ubah. Halaman itu memeriksa berkas Anda bersama tabel lain yang sudah terbit dan menampilkan laporan yang sama dengan pemeriksaan otomatis di GitHub atau GitLab. Berkas tidak dikirim ke mana pun.",
  "guide.check.link": "Buka halaman Periksa data",
  "guide.check.cli": "Jika komputer Anda memasang Node.js, perintah npm run check:data di folder repositori memberi laporan yang sama.",
  "guide.propose.title": "4. Mengusulkan perubahan lewat GitHub atau GitLab",
  "guide.propose.github.open": "Masuk ke GitHub, buka repositori situs, lalu buka folder {folder}.",
  "guide.propose.github.upload":
    "Klik Add file > Upload files, lalu seret berkas CSV yang sudah diperiksa. Berkas dengan nama yang sama akan menggantikan yang lama.",
  "guide.propose.github.branch":
    'Di bawah, tulis apa yang berubah (misalnya "Angka kemiskinan Maret terbaru"), pilih Create a new branch for this commit and start a pull request, klik Propose changes, lalu Create pull request.',
  "guide.propose.gitlab.open": "Masuk ke GitLab, buka repositori situs, lalu buka folder {folder}.",
  "guide.propose.gitlab.upload":
    "Klik berkas yang akan diganti, pilih Replace (atau + > Upload file untuk berkas baru), lalu pilih berkas CSV yang sudah diperiksa.",
  "guide.propose.gitlab.branch":
    "Tulis apa yang berubah, isi Target branch dengan nama cabang baru (misalnya data-tahun-ini), centang Start a new merge request with these changes, klik Replace file atau Upload file, lalu Create merge request.",
  "guide.propose.review": "Minta rekan di sekretariat TKPK membaca usulan itu sebelum diterbitkan.",
  "guide.read.title": "5. Membaca hasil pemeriksaan",
  "guide.read.github":
    "GitHub: setiap pull request menjalankan alur kerja Situs / Site. Tanda centang hijau berarti data sah dan situs berhasil dibangun; tanda silang merah berarti ada masalah. Klik Details, lalu Summary: laporan Pemeriksaan data / Data check ada di sana. Pratinjau situs bisa diunduh di bagian Artifacts.",
  "guide.read.gitlab":
    "GitLab: setiap merge request menjalankan pipeline. Buka tab Pipelines di merge request, lalu klik tugas periksa-data: laporannya ada di log tugas. Pratinjau situs ada di artefak tugas pratinjau.",
  "guide.read.report":
    'Laporannya sama dengan laporan halaman Periksa data: ringkasan satu baris di atas, lalu setiap masalah dengan berkas, baris, kolom, nilai yang tertulis, dan "Perbaiki:" dengan caranya. Masalah yang sama di banyak baris satu kolom ditulis sekali: tiga baris pertama dengan nilainya, lalu "dan N baris lain seperti ini". Peringatan (tanda !) tidak menghentikan penerbitan.',
  "guide.publish.title": "6. Menerbitkan",
  "guide.publish.text":
    "Jika pemeriksaan hijau, gabungkan usulan ke cabang main: di GitHub klik Merge pull request, di GitLab klik Merge. Alur kerja lalu memeriksa lagi, membangun situs, dan menerbitkannya ke GitHub Pages atau GitLab Pages.",
  "guide.publish.after":
    "Beberapa menit kemudian situs {place} menampilkan data baru. Buka beranda dan halaman yang berubah untuk memastikannya.",
  "guide.fail.title": "7. Jika pemeriksaan gagal",
  "guide.fail.read":
    "Baca baris pertama laporan: berapa masalah, di berkas mana. Setiap masalah menyebut baris seperti di spreadsheet (judul kolom adalah baris 1) dan kolomnya. Baris yang diawali tanda – menyebut pemeriksaan yang ditunda sampai sebuah berkas diperbaiki: perbaiki berkas itu dulu, lalu periksa lagi, karena masalah lain bisa baru terlihat sesudahnya.",
  "guide.fail.fix":
    'Buka berkas di spreadsheet, perbaiki sel itu seperti yang dikatakan "Perbaiki:", simpan lagi sebagai CSV UTF-8, lalu periksa lagi di halaman Periksa data sampai hasilnya sah.',
  "guide.fail.again":
    "Unggah berkas yang sudah diperbaiki ke cabang usulan yang sama (di GitHub pilih Commit directly to the branch; di GitLab pilih cabang usulan). Pemeriksaan berjalan lagi dengan sendirinya.",
  "guide.fail.safe": "Selama pemeriksaan gagal, tidak ada yang diterbitkan: situs tetap menampilkan data sah yang terakhir.",
  "guide.fail.help":
    "Jika pesannya belum jelas, salin seluruh laporan dan kirimkan ke tim teknis, atau tuliskan di kolom komentar pull request atau merge request.",
  "guide.release.title": "8. Merilis data setelah angka berubah",
  "guide.release.when":
    "Setelah data baru terbit (misalnya BPS mengganti angka sementara dengan angka tetap, atau sebuah kesalahan dikoreksi), bekukan data itu sebagai rilis. Rilis menyimpan salinan tetap data pada tanggalnya, sehingga angka yang pernah dikutip tetap bisa ditelusuri, dan halaman Pembaruan data menunjukkan nilai mana yang berubah, dengan angka lama dan barunya.",
  "guide.release.command": "Setelah pemeriksaan hijau, di komputer yang memasang Node.js, jalankan di folder repositori:",
  "guide.release.example":
    'npm run release -- --version {version} --kind revisi --note "Angka tetap dari BPS" --note-en "Final figures from BPS"',
  "guide.release.kinds":
    "--kind revisi untuk pembaruan terjadwal atau revisi angka, --kind koreksi untuk perbaikan kesalahan. --version adalah tahun dan nomor urut rilis (2026.1, 2026.2, ...), selalu lebih besar dari rilis terakhir. --note wajib diisi; --note-en (catatan dalam bahasa Inggris) boleh.",
  "guide.release.pinned":
    "Setiap grafik yang datanya berubah mendapat salinan tetap untuk rilis itu, di alamat yang memuat nomor rilis. Wartawan dan peneliti mengutip alamat itu: angkanya tidak pernah berubah, dan bila rilis berikutnya merevisinya, halamannya menyebut revisi itu.",
  "guide.release.commit":
    "Perintah ini menulis folder {folder}/releases/VERSI/ dan satu baris di {folder}/releases/releases.csv. Usulkan keduanya seperti perubahan lain (langkah 4).",
  "guide.release.never":
    "Jangan pernah mengubah berkas di dalam {folder}/releases/: pemeriksaan menolak rilis yang diubah setelah terbit. Perubahan berikutnya menjadi rilis baru.",
  "guide.data": "Unduh tabel yang sudah terbit",

  // The action plan of each year (/rencana/<tahun>/), their index, and the line that links them from the pages of the current plan.
  "plan.years": "Rencana aksi per tahun:",
  "plan.years.current": "{year} (berlaku)",
  "plan.years.all": "semua rencana",
  "plan.index.title": "Rencana aksi per tahun",
  "plan.index.description": "Rencana Aksi Tahunan TKPK {place} setiap tahun: kegiatan, anggaran dan realisasinya.",
  "plan.index.intro":
    "Setiap tahun TKPK menyusun Rencana Aksi Tahunan. Halaman strategi, kecamatan dan OPD menampilkan rencana yang berlaku ({year}); rencana setiap tahun, termasuk tahun-tahun sebelumnya, ada di halamannya sendiri.",
  "plan.index.caption": "Kegiatan, anggaran dan realisasi setiap rencana aksi",
  "plan.index.none": "Belum ada rencana aksi yang diterbitkan.",
  "plan.col.year": "Tahun",
  "plan.current": "berlaku",
  "plan.title": "Rencana aksi {year}",
  "plan.description": "Rencana Aksi Tahunan {year} TKPK {place}: kegiatan, anggaran per strategi dan per OPD, dan realisasinya.",
  "plan.isCurrent": "Ini rencana aksi yang berlaku: halaman strategi, kecamatan dan OPD menampilkannya.",
  "plan.notCurrent": "Rencana yang berlaku adalah rencana {current}. Semua angka di halaman ini hanya untuk rencana {year}.",
  "plan.strategies.title": "Anggaran dan realisasi per strategi",
  "plan.strategies.caption": "Kegiatan, anggaran dan realisasi per strategi, rencana aksi {year}",
  "plan.agencies.title": "Anggaran dan realisasi per OPD",
  "plan.agencies.caption": "Kegiatan, anggaran dan realisasi per OPD, rencana aksi {year}",
  "plan.actions.title": "Semua kegiatan",
  "plan.actions.caption": "Kegiatan rencana aksi {year}",
  "plan.total": "Jumlah",

  // Releases: the page of updates (/pembaruan/), the release line of the footer and data page, the feed, the README of each release's zip.
  "nav.updates": "Pembaruan data",
  "updates.title": "Pembaruan data",
  "updates.description":
    "Setiap rilis data {regency}, terbaru lebih dulu: tanggal, jenis, catatan, dan nilai yang ditambah, direvisi atau dihapus dibanding rilis sebelumnya.",
  "updates.intro":
    "Angka bisa berubah: BPS mengganti angka sementara dengan angka tetap, atau sebuah kesalahan dikoreksi. Setiap rilis membekukan data pada tanggalnya, dan halaman ini mencatat nilai mana yang berubah, sehingga angka yang pernah dikutip tetap bisa ditelusuri.",
  "updates.feed": "Langganan umpan Atom rilis data",
  "updates.current": "Data di situs ini adalah rilis {version} ({date}).",
  "updates.unreleased": "Data di situs ini sudah berubah sejak rilis {version} ({date}) dan belum dirilis.",
  "updates.none": "Data di situs ini belum dirilis sebagai versi tetap.",
  "updates.noneYet": "Belum ada rilis. Staf membuat rilis dengan perintah npm run release; langkahnya ada di Panduan staf.",
  "updates.release": "Rilis {version}",
  "updates.kind.revisi": "pembaruan atau revisi",
  "updates.kind.koreksi": "koreksi kesalahan",
  "updates.label.kind": "Jenis",
  "updates.label.date": "Tanggal",
  "updates.label.note": "Catatan",
  "updates.download": "Unduh rilis {version} (zip: tabel CSV, katalog, catatan rilis, lisensi)",
  "updates.first": "Rilis pertama: {observations} nilai indikator, {targets} target dan {actions} kegiatan rencana aksi.",
  "updates.noChanges": "Tidak ada nilai indikator, target atau kegiatan yang berubah dibanding rilis {previous}.",
  "updates.against": "Perubahan dibanding rilis {previous}:",
  "updates.count.observations": "Nilai indikator: {added} ditambah, {changed} direvisi, {removed} dihapus.",
  "updates.count.targets": "Target: {added} ditambah, {changed} direvisi, {removed} dihapus.",
  "updates.count.actions": "Kegiatan rencana aksi: {added} ditambah, {changed} diubah, {removed} dihapus.",
  "updates.observations.title": "Nilai indikator",
  "updates.targets.title": "Target",
  "updates.actions.title": "Kegiatan rencana aksi",
  "updates.caption": "{indicator}: perubahan dalam rilis {version}",
  "updates.col.when": "Waktu",
  "updates.col.change": "Perubahan",
  "updates.col.before": "Sebelumnya",
  "updates.col.after": "Sekarang",
  "updates.change.added": "ditambah",
  "updates.change.revised": "direvisi",
  "updates.change.removed": "dihapus",
  "updates.fields": "kolom {fields}",
  "updates.value": "{value} ({status})",
  "updates.status.final": "angka tetap",
  "updates.status.provisional": "angka sementara",
  "updates.status.estimate": "perkiraan",
  "updates.status.sample": "data contoh",
  "updates.actions.added": "Ditambah: {ids}.",
  "updates.actions.changed": "{id} diubah, kolom {fields}.",
  "updates.actions.removed": "Dihapus: {ids}.",
  "updates.all": "Semua rilis dan perubahannya",
  "data.release.title": "Rilis data",
  "data.release.zips": "Setiap rilis sebagai satu berkas zip, seperti diterbitkan:",
  "feed.title": "Lentera {regency}: rilis data",
  "feed.entry": "Rilis {version}: {kind}",
  "zip.readme.title": "Lentera {regency}: data rilis {version}",
  "zip.readme.date": "Tanggal rilis: {date}",
  "zip.readme.kind": "Jenis rilis: {kind}",
  "zip.readme.note": "Catatan rilis: {note}",
  "zip.readme.changes": "Perubahan dibanding rilis sebelumnya: {url}",
  "zip.readme.files":
    "Isi: semua berkas paket data seperti saat dirilis: tabel CSV (UTF-8), katalognya datapackage.json (Frictionless Data Package) dengan keterangan setiap kolom, batas wilayah dan teks naratif.",
  "zip.readme.licence":
    "Lisensi: kompilasi data, teks dan data contoh CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Batas wilayah dan angka yang dikutip tetap mengikuti lisensi sumbernya: lihat datapackage.json, sources.csv dan berkas LICENSE di folder geo/.",
  "zip.readme.sample": "Baris berstatus sample adalah data contoh yang dikarang sebagai peragaan, bukan data resmi.",
  // Page not found.
  "notFound.title": "Halaman tidak ditemukan",
  "notFound.text": "Alamat ini tidak ada di Lentera. Mungkin tautannya salah ketik atau halamannya sudah pindah.",
  "notFound.home": "Ke beranda",
} as const;
