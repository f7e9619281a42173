import { contentProblem } from "./messages.ts";
import { error, warning, type Problem } from "./problems.ts";
import { LOCALES } from "./types.ts";

/**
 * Narrative Markdown lives in `content/<collection>/<name>.<lang>.md` and is
 * rendered by Astro's content collections. Here we only check what the staff
 * can get wrong before Astro sees it: the language suffix, and that the front
 * matter key joining the text to the data (`area`, `strategy`, `page`) names
 * something that exists.
 */
export const COLLECTIONS = {
  kecamatan: "area",
  strategi: "strategy",
  halaman: "page",
} as const;
export type Collection = keyof typeof COLLECTIONS;
export const PAGES = ["beranda", "metodologi", "tentang"] as const;

export interface ContentRefs {
  areas: ReadonlySet<string>;
  strategies: ReadonlySet<string>;
}

/** Reads `key: value` pairs of a YAML front matter block; enough for the flat keys used here. */
export function frontMatter(text: string): Record<string, string> {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!m) return {};
  const out: Record<string, string> = {};
  for (const line of m[1]!.split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (kv) out[kv[1]!] = kv[2]!.trim().replace(/^(["'])(.*)\1$/, "$2");
  }
  return out;
}

export function checkContent(files: ReadonlyMap<string, string>, refs: ContentRefs): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  const langsOf = new Map<string, Set<string>>();
  for (const [path, text] of files) {
    const m = /^content\/([^/]+)\/[^/]+\.([a-z]+)\.md$/.exec(path);
    const collection = m?.[1] as Collection | undefined;
    if (!m || !collection || !(collection in COLLECTIONS) || !(LOCALES as readonly string[]).includes(m[2]!)) {
      problems.push(
        error(
          { file: path },
          contentProblem(
            "nama atau letak file tidak dikenali",
            "the file's name or place is not recognised",
            `Simpan sebagai content/<${Object.keys(COLLECTIONS).join("|")}>/<nama>.<${LOCALES.join("|")}>.md, misalnya content/kecamatan/seko.id.md.`,
            `Save it as content/<${Object.keys(COLLECTIONS).join("|")}>/<name>.<${LOCALES.join("|")}>.md, for example content/kecamatan/seko.en.md.`,
          ),
        ),
      );
      continue;
    }
    const lang = m[2]!;
    const key = COLLECTIONS[collection];
    const meta = frontMatter(text);
    const value = meta[key];
    if (!meta.title)
      problems.push(
        error(
          { file: path, line: 1, column: "title" },
          contentProblem(
            'kepala file tidak punya "title: <judul>"',
            'the front matter has no "title: <title>"',
            'Tulis judul di antara dua baris --- di awal file, misalnya "title: Seko".',
            'Write a title between the two --- lines at the top of the file, for example "title: Seko".',
          ),
        ),
      );
    const valid = collection === "kecamatan" ? refs.areas : collection === "strategi" ? refs.strategies : new Set<string>(PAGES);
    if (!value || !valid.has(value)) {
      problems.push(
        error(
          { file: path, line: 1, column: key, value },
          contentProblem(
            `kepala file harus berisi "${key}: <nilai>" dengan salah satu dari ${[...valid].join(", ")}`,
            `the front matter must hold "${key}: <value>" with one of ${[...valid].join(", ")}`,
            `Tulis misalnya "${key}: ${[...valid][0]}" di antara dua baris --- di awal file.`,
            `Write for example "${key}: ${[...valid][0]}" between the two --- lines at the top of the file.`,
          ),
        ),
      );
      continue;
    }
    const body = text.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---/, "");
    const html = /<\/?[a-zA-Z!][^>]*>/.exec(body);
    if (html)
      problems.push(
        warning(
          { file: path, line: text.slice(0, text.indexOf(html[0], text.length - body.length)).split("\n").length, value: html[0] },
          contentProblem(
            `teks memuat HTML (${html[0]}); di situs HTML ditampilkan sebagai teks biasa, tidak dijalankan`,
            `the text holds HTML (${html[0]}); the site shows HTML as plain text and never runs it`,
            "Tulis dengan Markdown saja: **tebal**, *miring*, [tautan](https://...), daftar dengan tanda -.",
            "Write Markdown only: **bold**, *italic*, [link](https://...), lists with -.",
          ),
        ),
      );
    const id = `${collection}/${value}/${lang}`;
    const first = seen.get(id);
    if (first)
      problems.push(
        error(
          { file: path, line: 1, column: key, value },
          contentProblem(
            `teks untuk ${value} (${lang}) sudah ada di ${first}`,
            `the text for ${value} (${lang}) is already in ${first}`,
            "Gabungkan kedua file menjadi satu.",
            "Merge the two files into one.",
          ),
        ),
      );
    seen.set(id, path);
    const langs = langsOf.get(`${collection}/${value}`) ?? new Set();
    langs.add(lang);
    langsOf.set(`${collection}/${value}`, langs);
  }
  for (const [id, langs] of langsOf)
    for (const lang of LOCALES)
      if (!langs.has(lang))
        problems.push(
          warning(
            { file: `content/${id.split("/")[0]}` },
            contentProblem(
              `${id} belum punya teks dalam bahasa "${lang}"; halaman itu tampil tanpa teks naratif`,
              `${id} has no text in "${lang}" yet; that page shows no narrative text`,
              `Tambahkan file .${lang}.md dengan kepala yang sama.`,
              `Add a .${lang}.md file with the same front matter.`,
            ),
          ),
        );
  return problems;
}
