import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * Writes a file of a build cache (an image, a font subset, a chart's SVG)
 * under a temporary name in its folder and renames it, so a stopped build
 * never leaves half a file under a name a later build trusts.
 */
export function writeCacheFile(file: string, bytes: Uint8Array | string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, bytes);
  renameSync(temp, file);
}

let stored = 0;

/**
 * The same, off the build's thread and waited for by nobody: for a file the
 * build has in hand already (a chart's SVG), which is only made again next
 * time when it cannot be stored. Each write has a temporary name of its own,
 * as several may be under way at once.
 */
export function storeCacheFile(file: string, bytes: Uint8Array | string): void {
  const temp = `${file}.${process.pid}-${++stored}.tmp`;
  void mkdir(dirname(file), { recursive: true })
    .then(() => writeFile(temp, bytes))
    .then(() => rename(temp, file))
    .catch(() => undefined);
}
