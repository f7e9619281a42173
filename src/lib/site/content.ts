import { getCollection, render } from "astro:content";
import type { Locale } from "../data/types.ts";
import { hasTexts } from "./content-folder.ts";

/**
 * The narrative Markdown staff write (data/content/<collection>/<name>.<lang>.md),
 * found by the code in its front matter and the page's language. Pages render
 * `Content`; a missing text is simply absent, never an error.
 */
type Collection = "kecamatan" | "strategi" | "halaman";

const KEY: Record<Collection, string> = { kecamatan: "area", strategi: "strategy", halaman: "page" };

// The language is in the file name (seko.id.md); the entry id loses the dot ("sekoid"), so read the path.
const findEntry = <E extends { data: unknown; filePath?: string }>(entries: E[], collection: Collection, key: string, locale: Locale) =>
  entries.find((e) => (e.data as Record<string, string>)[KEY[collection]] === key && (e.filePath ?? "").endsWith(`.${locale}.md`));

/** The texts of a collection: none, without asking Astro (which would warn on every page), when the data folder has no such folder. */
const entries = async (collection: Collection) => (hasTexts(collection) ? await getCollection(collection) : []);

export async function narrative(collection: Collection, key: string, locale: Locale) {
  const entry = findEntry(await entries(collection), collection, key, locale);
  if (!entry) return undefined;
  const { Content } = await render(entry);
  return { title: entry.data.title, Content };
}

export type Narrative = NonNullable<Awaited<ReturnType<typeof narrative>>>;

type Placed = { main?: readonly [Collection, string]; tkpk?: readonly [Collection, string] };

/** Which narrative texts a page shows: its own (`main`) and, on the home and about pages, the TKPK's (`tkpk`). */
function placed(kind: string, key: string | undefined): Placed {
  switch (kind) {
    case "home":
      return { tkpk: ["halaman", "beranda"] };
    case "about":
      return { main: ["halaman", "tentang"], tkpk: ["halaman", "beranda"] };
    case "method":
      return { main: ["halaman", "metodologi"] };
    case "strategy":
      return { main: ["strategi", key!] };
    case "kecamatan":
      return { main: ["kecamatan", key!] };
    default:
      return {};
  }
}

/** The narrative texts a page shows, rendered. */
export async function pageNarratives(
  kind: string,
  key: string | undefined,
  locale: Locale,
): Promise<{ main?: Narrative; tkpk?: Narrative }> {
  const p = placed(kind, key);
  return {
    ...(p.main && { main: await narrative(...p.main, locale) }),
    ...(p.tkpk && { tkpk: await narrative(...p.tkpk, locale) }),
  };
}

/**
 * The sources of the narrative texts a page shows (front matter and
 * Markdown, unrendered), looked up without waiting: what a page's cache key
 * includes (src/lib/site/cache-keys.ts).
 */
export async function narrativeSources(): Promise<(kind: string, key: string | undefined, locale: Locale) => unknown> {
  const all: Record<Collection, { data: unknown; filePath?: string; body?: string }[]> = {
    kecamatan: await entries("kecamatan"),
    strategi: await entries("strategi"),
    halaman: await entries("halaman"),
  };
  const find = ([collection, key]: readonly [Collection, string], locale: Locale) => {
    const e = findEntry(all[collection], collection, key, locale);
    return e && { data: e.data, body: e.body };
  };
  return (kind, key, locale) => {
    const p = placed(kind, key);
    return { main: p.main && find(p.main, locale), tkpk: p.tkpk && find(p.tkpk, locale) };
  };
}
