import { slugify } from "../data/model.ts";
import type { Kecamatan } from "./geo.ts";

interface Page {
  collection: "halaman" | "strategi" | "kecamatan";
  key: "page" | "strategy" | "area";
  value: string;
  file: string;
  title: { id: string; en: string };
}

/** A front matter value, quoted so that any name (a colon, a quote) stays one YAML string. */
const yaml = (v: string) => JSON.stringify(v);

/**
 * A narrative stub for every page, in both languages, saying plainly that
 * the text is still to be written and which file to write it in.
 */
export function contentStubs(
  place: { id: string; en: string },
  strategies: ReadonlyArray<{ id: string; name_id: string; name_en: string }>,
  kecamatan: readonly Kecamatan[],
): Map<string, string> {
  const pages: Page[] = [
    {
      collection: "halaman",
      key: "page",
      value: "beranda",
      file: "beranda",
      title: { id: `Lentera: kemiskinan di ${place.id}`, en: `Lentera: poverty in ${place.en}` },
    },
    { collection: "halaman", key: "page", value: "tentang", file: "tentang", title: { id: "Tentang Lentera", en: "About Lentera" } },
    { collection: "halaman", key: "page", value: "metodologi", file: "metodologi", title: { id: "Metodologi", en: "Methodology" } },
    ...strategies.map((s): Page => ({
      collection: "strategi",
      key: "strategy",
      value: s.id,
      file: s.id,
      title: { id: s.name_id, en: s.name_en },
    })),
    ...kecamatan.map((k): Page => ({
      collection: "kecamatan",
      key: "area",
      value: k.code,
      file: slugify(k.name),
      title: { id: k.name, en: k.name },
    })),
  ];
  const files = new Map<string, string>();
  for (const p of pages) {
    for (const lang of ["id", "en"] as const) {
      const path = `content/${p.collection}/${p.file}.${lang}.md`;
      const body =
        lang === "id"
          ? `Teks halaman ini belum ditulis. Tim Koordinasi Penanggulangan Kemiskinan (TKPK) ${place.id} dapat menulisnya di file \`${path}\` dalam folder data.`
          : `The text of this page has not been written yet. The poverty reduction coordination team (TKPK) of ${place.en} can write it in the file \`${path}\` of the data folder.`;
      files.set(path, `---\n${p.key}: ${yaml(p.value)}\ntitle: ${yaml(p.title[lang])}\n---\n\n${body}\n`);
    }
  }
  return files;
}
