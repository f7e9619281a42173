import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { resolveColors } from "../../src/lib/charts/palette.ts";

/**
 * SVG snapshots: one file per chart kind and named case in
 * test/charts/snapshots/, colours resolved and xmlns added so each opens in a
 * browser. A chart that changed writes <name>-changed.svg beside its snapshot
 * (git-ignored) and fails: compare the two, and copy the new one over the
 * snapshot when the change is intended. A missing snapshot is written on the
 * first run, except on CI, where it fails.
 */
export const SNAPSHOTS = join(import.meta.dirname, "snapshots");

export function viewable(svg: string): string {
  return `${resolveColors(svg).replace(/^<svg\b/, '<svg xmlns="http://www.w3.org/2000/svg"')}\n`;
}

export function matchSvgSnapshot(name: string, svg: string): void {
  const file = join(SNAPSHOTS, `${name}.svg`);
  const changed = join(SNAPSHOTS, `${name}-changed.svg`);
  const actual = viewable(svg);
  if (!existsSync(file)) {
    if (process.env.CI) throw new Error(`No snapshot ${name}.svg: run the tests locally to write it, review it and commit it.`);
    writeFileSync(file, actual);
    return;
  }
  if (readFileSync(file, "utf8") !== actual) {
    writeFileSync(changed, actual);
    throw new Error(`Chart "${name}" changed. Compare test/charts/snapshots/${name}-changed.svg with ${name}.svg; if the change is intended, copy it over the snapshot.`);
  }
  rmSync(changed, { force: true });
}
