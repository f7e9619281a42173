import type { FileSource } from "../data/files.ts";

/**
 * The FileSource of the checker page (/periksa/): the files a staff member
 * chose, laid over the files the site publishes. It holds bytes only, so it
 * runs in the browser as in Node (src/lib/data/files.ts reads the file
 * system and cannot be bundled for the browser).
 */
export function overlaySource(
  published: ReadonlyMap<string, Uint8Array>,
  chosen: ReadonlyMap<string, Uint8Array>,
  label: string,
): FileSource {
  return {
    label,
    async read(path) {
      return chosen.get(path) ?? published.get(path);
    },
    async list() {
      return [...new Set([...published.keys(), ...chosen.keys()])].sort();
    },
  };
}

/**
 * Where a chosen file belongs in the data folder: a browser gives only the
 * file's name, so `luwu-utara.topojson` is placed at the catalogue's
 * `geo/luwu-utara.topojson`. A name the catalogue does not know keeps its
 * name, and the check then says it is not in the catalogue, as the CLI does.
 */
export function placeFile(name: string, cataloguePaths: readonly string[]): string {
  if (cataloguePaths.includes(name)) return name;
  return cataloguePaths.find((p) => p.slice(p.lastIndexOf("/") + 1) === name) ?? name;
}

/** The paths the catalogue text lists, or none when it is not a readable catalogue (the check says why). */
export function cataloguePaths(text: string): string[] {
  try {
    const json = JSON.parse(text.replace(/^\uFEFF/, "")) as { resources?: { path?: unknown }[] };
    return (json.resources ?? []).map((r) => r.path).filter((p): p is string => typeof p === "string");
  } catch {
    return [];
  }
}
