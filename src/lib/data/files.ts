import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";

/**
 * The only module of the data path that touches the file system. Everything
 * else receives a FileSource, so tests can hand the loader files from memory.
 */
export interface FileSource {
  /** How the folder is named in messages, for example `data`. */
  readonly label: string;
  /** The file's bytes, or undefined when it does not exist. */
  read(path: string): Promise<Uint8Array | undefined>;
  /** Every file below the folder, as paths relative to it with `/` separators. */
  list(): Promise<string[]>;
}

export function folderSource(dir: string, label = relative(process.cwd(), dir) || "."): FileSource {
  return {
    label,
    async read(path) {
      try {
        return new Uint8Array(await readFile(join(dir, path)));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ENOENT" || (e as NodeJS.ErrnoException).code === "EISDIR") return undefined;
        throw e;
      }
    },
    async list() {
      const entries = await readdir(dir, { recursive: true, withFileTypes: true });
      return entries
        .filter((e) => e.isFile())
        .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"))
        .sort();
    },
  };
}

/** A FileSource over files held in memory, for tests. */
export function memorySource(files: Readonly<Record<string, string | Uint8Array>>, label = "data"): FileSource {
  return {
    label,
    async read(path) {
      const f = files[path];
      return f === undefined ? undefined : typeof f === "string" ? new TextEncoder().encode(f) : f;
    },
    async list() {
      return Object.keys(files).sort();
    },
  };
}
