import { getCollection, render } from "astro:content";
import type { Locale } from "../data/types.ts";

/**
 * The narrative Markdown staff write (data/content/<collection>/<name>.<lang>.md),
 * found by the code in its front matter and the page's language. Pages render
 * `Content`; a missing text is simply absent, never an error.
 */
type Collection = "kecamatan" | "strategi" | "halaman";

const KEY: Record<Collection, string> = { kecamatan: "area", strategi: "strategy", halaman: "page" };

export async function narrative(collection: Collection, key: string, locale: Locale) {
  const entries = await getCollection(collection);
  // The language is in the file name (seko.id.md); the entry id loses the dot ("sekoid"), so read the path.
  const entry = entries.find(
    (e) => (e.data as Record<string, string>)[KEY[collection]] === key && (e.filePath ?? "").endsWith(`.${locale}.md`),
  );
  if (!entry) return undefined;
  const { Content } = await render(entry);
  return { title: entry.data.title, Content };
}

export type Narrative = NonNullable<Awaited<ReturnType<typeof narrative>>>;

/** The narrative texts a page shows: its own (`main`) and, on the home and about pages, the TKPK's (`tkpk`). */
export async function pageNarratives(
  kind: string,
  key: string | undefined,
  locale: Locale,
): Promise<{ main?: Narrative; tkpk?: Narrative }> {
  switch (kind) {
    case "home":
      return { tkpk: await narrative("halaman", "beranda", locale) };
    case "about":
      return { main: await narrative("halaman", "tentang", locale), tkpk: await narrative("halaman", "beranda", locale) };
    case "method":
      return { main: await narrative("halaman", "metodologi", locale) };
    case "strategy":
      return { main: await narrative("strategi", key!, locale) };
    case "kecamatan":
      return { main: await narrative("kecamatan", key!, locale) };
    default:
      return {};
  }
}
