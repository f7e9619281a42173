import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..");
export const FIXTURES = join(ROOT, "test", "fixtures");

/**
 * Writes a data folder for a test into a fresh temporary directory: the minimal
 * fixture, the project's own catalogue, then an overlay such as `bad/<name>`
 * fixture (its files replace or add to the base; `fixture.json` may list files
 * to remove, and says `"several": "<why>"` when the fixture shows more than one
 * mistake). Returns the folder; the caller removes it with `cleanup`.
 */
export function materialize(overlay?: string): string {
  const dir = mkdtempSync(join(tmpdir(), "lentera-data-"));
  cpSync(join(FIXTURES, "minimal"), dir, { recursive: true, filter: (src) => !src.endsWith("README.md") });
  cpSync(join(ROOT, "data", "datapackage.json"), join(dir, "datapackage.json"));
  if (overlay) {
    const from = join(FIXTURES, overlay);
    cpSync(from, dir, { recursive: true, filter: (src) => !/(expected(-verbose)?\.txt|fixture\.json)$/.test(src) });
    const manifest = join(from, "fixture.json");
    if (existsSync(manifest)) {
      const { remove = [] } = JSON.parse(readFileSync(manifest, "utf8")) as { remove?: string[] };
      for (const f of remove) rmSync(join(dir, f), { recursive: true, force: true });
    }
  }
  return dir;
}

export const cleanup = (dir: string): void => rmSync(dir, { recursive: true, force: true });
