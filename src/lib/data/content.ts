import type { Examples } from "./examples.ts";
import { msg } from "./messages.ts";
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

/** The keys a text may name; undefined when their table is broken, and the key is then not checked. */
export interface ContentRefs {
  areas: ReadonlySet<string> | undefined;
  strategies: ReadonlySet<string> | undefined;
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

/** Checks the narrative files; `examples` are quoted in the advice. */
export function checkContent(files: ReadonlyMap<string, string>, refs: ContentRefs, examples: Examples): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  const langsOf = new Map<string, Set<string>>();
  for (const [path, text] of files) {
    const m = /^content\/([^/]+)\/[^/]+\.([a-z]+)\.md$/.exec(path);
    const collection = m?.[1] as Collection | undefined;
    if (!m || !collection || !(collection in COLLECTIONS) || !(LOCALES as readonly string[]).includes(m[2]!)) {
      const form = { collections: Object.keys(COLLECTIONS).join("|"), locales: LOCALES.join("|"), example: examples.contentName };
      problems.push(error({ file: path }, msg("content.badPath", form)));
      continue;
    }
    const lang = m[2]!;
    const key = COLLECTIONS[collection];
    const meta = frontMatter(text);
    const value = meta[key];
    if (!meta.title)
      problems.push(error({ file: path, line: 1, column: "title" }, msg("content.noTitle", { example: examples.contentTitle })));
    const valid = collection === "kecamatan" ? refs.areas : collection === "strategi" ? refs.strategies : new Set<string>(PAGES);
    if (!valid) {
      if (!value) continue; // Not checked until the table of its keys is fixed.
    } else if (!value || !valid.has(value)) {
      const allowed = [...valid];
      problems.push(error({ file: path, line: 1, column: key, value }, msg("content.badKey", { key, allowed: allowed.join(", "), example: String(allowed[0]) })));
      continue;
    }
    const body = text.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---/, "");
    const html = /<\/?[a-zA-Z!][^>]*>/.exec(body);
    if (html)
      problems.push(
        warning(
          { file: path, line: text.slice(0, text.indexOf(html[0], text.length - body.length)).split("\n").length, value: html[0] },
          msg("content.html", { tag: html[0] }),
        ),
      );
    const id = `${collection}/${value}/${lang}`;
    const first = seen.get(id);
    if (first)
      problems.push(error({ file: path, line: 1, column: key, value }, msg("content.duplicate", { value, lang, first })));
    seen.set(id, path);
    const langs = langsOf.get(`${collection}/${value}`) ?? new Set();
    langs.add(lang);
    langsOf.set(`${collection}/${value}`, langs);
  }
  for (const [id, langs] of langsOf)
    for (const lang of LOCALES)
      if (!langs.has(lang))
        problems.push(warning({ file: `content/${id.split("/")[0]}` }, msg("content.noTranslation", { text: id, lang })));
  return problems;
}
