/** What `npm run build` says while it works (scripts/lib/progress.ts): its stages and the running count of pages and images. */
export const build = {
  "build.stage.validate": "Memeriksa data",
  "build.stage.pages": "Membangun halaman dan gambar",
  "build.stage.search": "Membuat indeks pencarian",
  "build.stage.swap": "Mengganti {folder} dengan situs baru",
  "build.progress": "{pages} halaman ({rendered} dibuat baru), {images} gambar ({drawn} digambar baru); sisanya dari build sebelumnya",
} as const;
