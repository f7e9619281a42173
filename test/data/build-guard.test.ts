import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { cleanup, materialize, ROOT } from "../helpers/fixtures.ts";

const temps: string[] = [];
afterAll(() => temps.forEach(cleanup));

it("npm run build on broken data prints the located errors, exits 1 and leaves the last good dist/ as it was", () => {
  const data = materialize("bad/comma-decimal");
  const out = mkdtempSync(join(tmpdir(), "lentera-dist-"));
  temps.push(data, out);
  const dist = join(out, "dist");
  mkdirSync(dist);
  writeFileSync(join(dist, "index.html"), "last good site");

  const run = spawnSync(process.execPath, [join(ROOT, "scripts", "build.ts")], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: data, OUT_DIR: dist },
    encoding: "utf8",
  });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('observations.csv, baris 2');
  expect(run.stderr).toContain('Write "12.5" with a dot as decimal mark');
  expect(run.stderr).toContain("tidak diubah / was left as it was");
  expect(run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(readdirSync(out)).toEqual(["dist"]);
  expect(readdirSync(dist)).toEqual(["index.html"]);
  expect(readFileSync(join(dist, "index.html"), "utf8")).toBe("last good site");
});
