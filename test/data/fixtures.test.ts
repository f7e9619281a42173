import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanup, FIXTURES, materialize, ROOT } from "../helpers/fixtures.ts";

/**
 * Each folder under test/fixtures/bad and test/fixtures/warn is the smallest
 * data folder that shows one mistake a person makes in a spreadsheet. The real
 * command, `npm run check:data`, runs on it and must print exactly the report
 * pinned in its expected.txt: located, in Indonesian and English, never a
 * stack trace; exit 1 for errors, 0 when there are only warnings.
 */
const cases = ["bad", "warn"].flatMap((kind) => readdirSync(join(FIXTURES, kind)).map((name) => `${kind}/${name}`));
const temps: string[] = [];
afterAll(() => temps.forEach(cleanup));

function check(dataDir: string): { code: number | null; output: string } {
  const work = mkdtempSync(join(tmpdir(), "lentera-check-"));
  temps.push(work);
  cpSync(dataDir, join(work, "data"), { recursive: true });
  const run = spawnSync(process.execPath, [join(ROOT, "scripts", "check-data.ts")], {
    cwd: work,
    env: { ...process.env, DATA_DIR: "data", NO_COLOR: "1" },
    encoding: "utf8",
  });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

describe("npm run check:data on broken copies of a data folder", () => {
  it("has fixtures", () => expect(cases.length).toBeGreaterThanOrEqual(20));

  for (const name of cases) {
    it(name, async () => {
      const dir = materialize(name);
      temps.push(dir);
      const { code, output } = check(dir);
      expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // no stack trace
      await expect(output).toMatchFileSnapshot(join(FIXTURES, name, "expected.txt"));
      expect(code).toBe(name.startsWith("bad/") ? 1 : 0);
    });
  }

  it("passes on the minimal fixture", () => {
    const dir = materialize();
    temps.push(dir);
    const { code, output } = check(dir);
    expect(output).toContain("✓ Data di data sah");
    expect(code).toBe(0);
  });

  it("names a missing DATA_DIR without a stack trace", () => {
    const run = spawnSync(process.execPath, [join(ROOT, "scripts", "check-data.ts")], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: "no-such-folder" },
      encoding: "utf8",
    });
    expect(existsSync(join(ROOT, "no-such-folder"))).toBe(false);
    expect(run.stderr).toContain("datapackage.json tidak ditemukan");
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.status).toBe(1);
  });
});
