import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { folderSource, formatReport, loadRegency } from "../../src/lib/data/index.ts";
import { cleanup, FIXTURES, materialize, ROOT } from "../helpers/fixtures.ts";

/**
 * Each folder under test/fixtures/bad and test/fixtures/warn is the smallest
 * data folder that shows one mistake a person makes in a spreadsheet, named
 * after the mistake; the folder list drives the tests. The data path and the
 * report formatter of `npm run check:data` run on it in-process and must give
 * exactly the report pinned in its expected.txt (located, in Indonesian and
 * English): errors for bad/; for warn/, data that is read (with a notice
 * where one is due).
 *
 * The report stays short: a fixture that shows one mistake reports it in at
 * most 40 lines (a fixture that shows several says so in its fixture.json).
 * warn/year-gap also pins the full list of `--verbose` (expected-verbose.txt).
 *
 * Two cases also run through the real command (scripts/check-data.ts), to
 * prove that it prints that same report and exits 1 on errors, 0 on warnings,
 * and that it reads --verbose.
 */
const KINDS = ["bad", "warn"] as const;
const cases = KINDS.flatMap((kind) => readdirSync(join(FIXTURES, kind)).map((name) => `${kind}/${name}`));
const temps: string[] = [];
afterAll(() => temps.forEach(cleanup));

/** The longest report one mistake may give, so that it cannot bury its own message. */
const MAX_LINES = 40;

/** The report `npm run check:data` prints for a data folder it names "data", and whether the data is valid. */
async function report(dir: string, verbose = false): Promise<{ ok: boolean; errors: number; warnings: number; output: string }> {
  const source = folderSource(dir, "data");
  const r = await loadRegency(source);
  const output = formatReport(r, source.label, { verbose });
  return { ok: r.ok, errors: r.ok ? 0 : r.errors.length, warnings: r.warnings.length, output: `${output}\n` };
}

/** The real command on a copy of the fixture in a folder named data/, as a member of staff runs it. */
function cli(fixture: string, args: string[] = []): { code: number | null; output: string } {
  const dir = materialize(fixture);
  const work = mkdtempSync(join(tmpdir(), "lentera-check-"));
  temps.push(dir, work);
  cpSync(dir, join(work, "data"), { recursive: true });
  const run = spawnSync(process.execPath, [join(ROOT, "scripts", "check-data.ts"), ...args], {
    cwd: work,
    env: { ...process.env, DATA_DIR: "data", NO_COLOR: "1" },
    encoding: "utf8",
  });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

describe("the data check on broken copies of a data folder", () => {
  it("has a fixture folder of each kind, each with data files and its pinned report", () => {
    for (const kind of KINDS) expect(cases.filter((c) => c.startsWith(`${kind}/`)).length, kind).toBeGreaterThan(0);
    const incomplete = cases.filter((c) => {
      const files = readdirSync(join(FIXTURES, c));
      return !files.includes("expected.txt") || files.every((f) => f === "expected.txt");
    });
    expect(incomplete).toEqual([]);
  });

  for (const name of cases) {
    it(name, async () => {
      const dir = materialize(name);
      temps.push(dir);
      const r = await report(dir);
      // A bad/ fixture shows at least one error (exit 1); a warn/ fixture is data that is read, with or without a warning (exit 0).
      if (name.startsWith("bad/")) expect(r.errors, "errors").toBeGreaterThan(0);
      else expect(r.ok, "valid").toBe(true);
      expect(existsSync(join(FIXTURES, name, "expected.txt"))).toBe(true);
      await expect(r.output).toMatchFileSnapshot(join(FIXTURES, name, "expected.txt"));
    });
  }

  it(`reports each single mistake in at most ${MAX_LINES} lines`, () => {
    const several = (c: string) => {
      const manifest = join(FIXTURES, c, "fixture.json");
      return existsSync(manifest) && "several" in (JSON.parse(readFileSync(manifest, "utf8")) as object);
    };
    const long = cases
      .filter((c) => c.startsWith("bad/") && !several(c))
      .map((c) => `${c}: ${readFileSync(join(FIXTURES, c, "expected.txt"), "utf8").trimEnd().split("\n").length}`)
      .filter((c) => Number(c.split(": ")[1]) > MAX_LINES);
    expect(long).toEqual([]);
  });

  it("lists every gap in full with --verbose (warn/year-gap)", async () => {
    const dir = materialize("warn/year-gap");
    temps.push(dir);
    await expect((await report(dir, true)).output).toMatchFileSnapshot(join(FIXTURES, "warn/year-gap/expected-verbose.txt"));
  });

  it("passes on the minimal fixture, with a summary and no warning", async () => {
    const dir = materialize();
    temps.push(dir);
    const r = await report(dir);
    expect(r).toMatchObject({ ok: true, warnings: 0 });
    expect(r.output).toContain("✓ Data di data sah / The data in data is valid.");
  });

  it("names a missing data folder by its missing catalogue", async () => {
    const r = await report(join(tmpdir(), "lentera-no-such-folder"));
    expect(r.ok).toBe(false);
    expect(r.output).toContain("✗ data/datapackage.json\n  File datapackage.json tidak ditemukan");
  });
});

describe("npm run check:data, the command itself", () => {
  const pinned = (name: string): string => readFileSync(join(FIXTURES, name, "expected.txt"), "utf8");

  it("prints the pinned report without a stack trace and exits 1 on errors (bad/unknown-kecamatan)", () => {
    const { code, output } = cli("bad/unknown-kecamatan");
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect({ code, output }).toEqual({ code: 1, output: pinned("bad/unknown-kecamatan") });
  });

  it("prints the warnings in full with --verbose and the summary, and exits 0 on valid data (warn/year-gap)", () => {
    const { code, output } = cli("warn/year-gap", ["--verbose"]);
    expect({ code, output }).toEqual({ code: 0, output: readFileSync(join(FIXTURES, "warn/year-gap/expected-verbose.txt"), "utf8") });
  });
});
