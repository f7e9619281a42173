import { existsSync, readdirSync, statSync, type Dirent } from "node:fs";
import { copyFile, mkdir, readdir, readFile, rename, rm, rmdir, utimes } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";

/**
 * Where `npm run build` builds before it publishes: a folder beside the
 * published one (`dist.staging/` beside `dist/`, so that both are on one disk
 * and swapping them is a rename). The build first makes it a copy of what is
 * published (`mirror`), copying only the files that differ, then builds into
 * it: Astro's incremental build leaves a page whose key is unchanged where it
 * is, instead of copying every page of the site from its cache into an empty
 * folder, and renders the others over their old copies. Only when the build
 * succeeded are the two folders swapped (`publish`); the folder that was
 * published becomes the next staging folder. A build that fails leaves the
 * published site as it was. Deleting the staging folder only makes the next
 * build copy more.
 */
export const stagingFolder = (outDir: string): string => `${outDir}.staging`;

interface Entry {
  size: number;
  /** Milliseconds, with their fraction. */
  mtime: number;
}

/**
 * Every file under `dir` (paths relative to it, with "/"), with its size and modification time.
 * Synchronous: a stat is a few microseconds, and one promise per file of a site costs more than it.
 */
export async function listFiles(dir: string): Promise<Map<string, Entry>> {
  const out = new Map<string, Entry>();
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    if (!e.isFile()) continue;
    const file = join(e.parentPath, e.name);
    const s = statSync(file);
    out.set(relative(dir, file).split(sep).join("/"), { size: s.size, mtime: s.mtimeMs });
  }
  return out;
}

/** Removes the folders under `dir` left empty (deepest first); `dir` itself stays. */
async function removeEmptyFolders(dir: string): Promise<void> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => join(e.parentPath, e.name))
    .sort((a, b) => b.length - a.length);
  for (const d of names) await rmdir(d).catch(() => undefined);
}

/** Runs `task` over `items`, `limit` at a time. */
async function inTurn<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await task(items[next++]!);
    }),
  );
}

/**
 * Makes `target` hold exactly the files of `source` (none when `source` does
 * not exist): a file whose size or modification time differs is copied, with
 * the source's time, and a file `source` lacks is deleted. Returns how many
 * files were copied and deleted.
 */
export async function mirror(source: string, target: string): Promise<{ copied: number; deleted: number }> {
  const [want, have] = await Promise.all([listFiles(source), listFiles(target)]);
  const stale = [...have.keys()].filter((f) => !want.has(f));
  const same = (a: Entry | undefined, b: Entry): boolean => a !== undefined && a.size === b.size && Math.abs(a.mtime - b.mtime) < 1;
  const copy = [...want].filter(([f, e]) => !same(have.get(f), e));
  await inTurn(stale, 16, (f) => rm(join(target, f), { force: true }));
  const made = new Map<string, Promise<unknown>>();
  await inTurn(copy, 16, async ([f, e]) => {
    const to = join(target, f);
    const folder = dirname(to);
    if (!made.has(folder)) made.set(folder, mkdir(folder, { recursive: true }));
    await made.get(folder);
    // A file left by a build that failed may be a folder's name now, or the other way round.
    await rm(to, { recursive: true, force: true });
    await copyFile(join(source, f), to);
    await utimes(to, e.mtime / 1000, e.mtime / 1000);
  });
  await mkdir(target, { recursive: true });
  if (stale.length) await removeEmptyFolders(target);
  return { copied: copy.length, deleted: stale.length };
}

/**
 * After a build into a folder that held an earlier site: deletes every file
 * that this build neither wrote (modified since `since`, in milliseconds) nor
 * kept as one of its outputs (`kept`, relative paths with "/"), so a page
 * whose subject is gone from the data is gone from the site. Folders in
 * `later` (with their "/") are left to the step that writes them after.
 */
export async function sweep(dir: string, kept: ReadonlySet<string>, since: number, later: readonly string[] = []): Promise<number> {
  const files = await listFiles(dir);
  const gone = (f: string, e: Entry): boolean => !kept.has(f) && !later.some((p) => f.startsWith(p)) && e.mtime < since - 50;
  // File times come from the kernel's coarse clock, a few milliseconds behind Date.now().
  const old = [...files].filter(([f, e]) => gone(f, e)).map(([f]) => f);
  await inTurn(old, 16, (f) => rm(join(dir, f), { force: true }));
  if (old.length) await removeEmptyFolders(dir);
  return old.length;
}

/**
 * Moves the files of `from` into `to`, leaving in place each file of `to`
 * that already has the same bytes (so its time stays, and the next `mirror`
 * need not copy it), and deleting the files of `to` that `from` lacks; `from`
 * is removed. For an output written whole by a tool, like Pagefind's index.
 */
export async function moveChanged(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  const [fresh, old] = await Promise.all([listFiles(from), listFiles(to)]);
  await inTurn(
    [...old.keys()].filter((f) => !fresh.has(f)),
    16,
    (f) => rm(join(to, f), { force: true }),
  );
  await inTurn([...fresh], 16, async ([f, e]) => {
    const target = join(to, f);
    if (old.get(f)?.size === e.size && (await readFile(target)).equals(await readFile(join(from, f)))) return;
    await mkdir(dirname(target), { recursive: true });
    await rename(join(from, f), target);
  });
  await rm(from, { recursive: true, force: true });
  await removeEmptyFolders(to);
}

/**
 * Publishes the staging folder as `outDir`: the published folder is renamed
 * aside, the staging folder renamed into its place, and the old site becomes
 * the next staging folder.
 */
export async function publish(outDir: string): Promise<void> {
  const staging = stagingFolder(outDir);
  const old = `${outDir}.old-${process.pid}`;
  const had = existsSync(outDir);
  if (had) await rename(outDir, old);
  try {
    await rename(staging, outDir);
  } catch (e) {
    // The published site goes back where it was.
    if (had) await rename(old, outDir);
    throw e;
  }
  if (had) await rename(old, staging);
}

/** `file` relative to `dir`, with "/", or undefined when it is not inside it. */
export function inside(dir: string, file: string): string | undefined {
  const rel = relative(dir, file);
  return rel.startsWith("..") || rel === "" ? undefined : rel.split(sep).join("/");
}
