import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { msg } from "../data/messages.ts";
import { error, type Problem } from "../data/problems.ts";
import { formatReleases, parseReleases, RELEASES_FILE, RELEASES_FOLDER, type Release } from "./table.ts";

/**
 * The releases of a data folder on disk: `releases/<version>/` holds an exact
 * copy of the data package as it was released (everything but `releases/`
 * itself), `releases/releases.csv` records each one with the hash of its
 * copy. A folder without `releases/` has no release yet, and is valid.
 */
export const releaseDir = (dataDir: string, version: string): string => join(dataDir, RELEASES_FOLDER, version);

/** The files of a data package below `dir` (relative, `/`-separated, sorted), without a top-level `releases/`. */
export async function packageFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"))
    .filter((f) => !f.startsWith(`${RELEASES_FOLDER}/`))
    .sort();
}

/**
 * The content hash of a data package: sha256 over each file's relative path,
 * length and bytes, in sorted path order, so it names the same files with the
 * same contents on any machine. Used for a frozen release and for the data
 * folder itself (whose `releases/` is left out), to tell whether the data has
 * changed since the last release.
 */
export async function hashRelease(dir: string): Promise<string> {
  const hash = createHash("sha256");
  for (const file of await packageFiles(dir)) {
    const bytes = await readFile(join(dir, file));
    hash.update(`${file}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest("hex");
}

/** The releases recorded in the data folder, oldest first, and the problems of the table (none when there is no table). */
export async function readReleases(dataDir: string): Promise<{ releases: Release[]; problems: Problem[] }> {
  const path = join(dataDir, RELEASES_FILE);
  if (!existsSync(path)) return { releases: [], problems: [] };
  return parseReleases(new Uint8Array(await readFile(path)));
}

/**
 * The data check of the releases: the table is valid, every recorded release
 * has its folder and that folder is as it was released (its hash), and no
 * folder in releases/ is unrecorded.
 */
export async function checkReleases(dataDir: string): Promise<Problem[]> {
  const { releases, problems } = await readReleases(dataDir);
  const root = join(dataDir, RELEASES_FOLDER);
  if (!existsSync(root)) return problems;
  const lines = await releaseLines(dataDir);
  for (const r of releases) {
    const folder = `${RELEASES_FOLDER}/${r.version}`;
    const where = { file: RELEASES_FILE, line: lines.get(r.version), column: "sha256", columnLetter: "F", value: r.sha256 };
    if (!existsSync(releaseDir(dataDir, r.version)))
      problems.push(error(where, msg("release.folderMissing", { version: r.version, folder })));
    else if ((await hashRelease(releaseDir(dataDir, r.version))) !== r.sha256)
      problems.push(error(where, msg("release.edited", { version: r.version, folder })));
  }
  const recorded = new Set(releases.map((r) => r.version));
  for (const entry of await readdir(root, { withFileTypes: true }))
    if (entry.isDirectory() && !recorded.has(entry.name) && !problems.some((p) => p.value === entry.name))
      problems.push(
        error({ file: `${RELEASES_FOLDER}/${entry.name}` }, msg("release.unlisted", { folder: `${RELEASES_FOLDER}/${entry.name}` })),
      );
  return problems;
}

/** The line of each version in releases.csv, as a spreadsheet counts them. */
async function releaseLines(dataDir: string): Promise<Map<string, number>> {
  const path = join(dataDir, RELEASES_FILE);
  const lines = existsSync(path) ? (await readFile(path, "utf8")).split(/\r?\n/) : [];
  return new Map(
    lines.map((l, i) => [
      l
        .replace(/^\uFEFF/, "")
        .split(",")[0]!
        .replace(/"/g, ""),
      i + 1,
    ]),
  );
}

/**
 * Freezes the data folder as a release: copies the package into a temporary
 * folder beside the others, hashes it, moves it into place and only then adds
 * the row to releases.csv, so a failure leaves no half-made release.
 */
export async function freezeRelease(
  dataDir: string,
  release: Omit<Release, "sha256">,
  earlier: readonly Release[],
): Promise<{ release: Release; files: number }> {
  const root = join(dataDir, RELEASES_FOLDER);
  await mkdir(root, { recursive: true });
  const temp = join(root, `.${release.version}.tmp-${process.pid}`);
  const target = releaseDir(dataDir, release.version);
  try {
    const files = await packageFiles(dataDir);
    for (const file of files) {
      await mkdir(join(temp, file, ".."), { recursive: true });
      await cp(join(dataDir, file), join(temp, file), { preserveTimestamps: false });
    }
    const frozen: Release = { ...release, sha256: await hashRelease(temp) };
    await rename(temp, target);
    try {
      const table = join(dataDir, RELEASES_FILE);
      await writeFile(`${table}.tmp-${process.pid}`, formatReleases([...earlier, frozen]));
      await rename(`${table}.tmp-${process.pid}`, table);
    } catch (e) {
      await rm(target, { recursive: true, force: true });
      throw e;
    }
    return { release: frozen, files: files.length };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
