import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Writes a file of a build cache (an image, a font subset) under a temporary
 * name in its folder and renames it, so a stopped build never leaves half a
 * file under a name a later build trusts.
 */
export function writeCacheFile(file: string, bytes: Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, bytes);
  renameSync(temp, file);
}
