import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { folderSource, loadRegency } from "../../src/lib/data/index.ts";
import {
  checkDataFolder,
  checkReleases,
  currentRelease,
  hashRelease,
  loadRelease,
  readReleases,
  release,
  releaseDir,
} from "../../src/lib/releases/index.ts";
import { cleanup, materialize } from "../helpers/fixtures.ts";

/** `npm run release` and the data check of releases, on the minimal data folder (test/fixtures/minimal). */
const folders: string[] = [];
const folder = (overlay?: string) => {
  const d = materialize(overlay);
  folders.push(d);
  return d;
};
afterAll(() => folders.forEach(cleanup));

const TODAY = "2026-11-30";
const first = ["--version", "2026.1", "--kind", "revisi", "--note", "Rilis pertama", "--note-en", "First release"];
const codes = (r: { ok: false; problems: { code: string }[] } | { ok: true }) => ("problems" in r ? r.problems.map((p) => p.code) : []);

async function released(dir = folder()) {
  const r = await release(dir, first, TODAY);
  if (!r.ok) throw new Error(JSON.stringify(r));
  return dir;
}

describe("npm run release", () => {
  it("freezes the data package into releases/<version>/ and records it in releases.csv with its hash", async () => {
    const dir = await released();
    const { releases, problems } = await readReleases(dir);
    expect(problems).toEqual([]);
    expect(releases).toEqual([
      {
        version: "2026.1",
        date: TODAY,
        kind: "revisi",
        note: { id: "Rilis pertama", en: "First release" },
        sha256: await hashRelease(releaseDir(dir, "2026.1")),
      },
    ]);
    expect(readdirSync(releaseDir(dir, "2026.1")).sort()).toEqual(
      readdirSync(dir)
        .filter((f) => f !== "releases")
        .sort(),
    );
  });

  it("freezes a copy from which the data path builds the same model as from the data folder", async () => {
    const dir = await released();
    const live = await loadRegency(folderSource(dir));
    if (!live.ok) throw new Error("the data folder is invalid");
    expect(await loadRelease(dir, "2026.1")).toEqual(live.model);
  });

  it("takes --date, and shows the Indonesian note in English when --note-en is not given", async () => {
    const dir = folder();
    const r = await release(dir, ["--version", "2025.3", "--kind", "koreksi", "--note", "Koreksi", "--date", "2025-12-01"], TODAY);
    expect(r.ok && r.release).toMatchObject({
      version: "2025.3",
      date: "2025-12-01",
      kind: "koreksi",
      note: { id: "Koreksi", en: "Koreksi" },
    });
    expect(readFileSync(join(dir, "releases/releases.csv"), "utf8").split("\n")[1]).toMatch(
      /^2025\.3,2025-12-01,koreksi,Koreksi,,[0-9a-f]{64}$/,
    );
  });

  it("refuses a version that already exists, and writes nothing", async () => {
    const dir = await released();
    appendFileSync(join(dir, "sources.csv"), "");
    const before = readFileSync(join(dir, "releases/releases.csv"), "utf8");
    const r = await release(dir, first, TODAY);
    expect(codes(r as never)).toEqual(["release-exists"]);
    expect(!r.ok && "problems" in r && r.problems[0]!.what.en).toBe(
      "Version 2026.1 already exists (released on 2026-11-30); a published release is never overwritten.",
    );
    expect(readFileSync(join(dir, "releases/releases.csv"), "utf8")).toBe(before);
  });

  it("refuses a version not greater than the last, a malformed version, kind or date, and a release of unchanged data", async () => {
    const dir = await released();
    const args = (version: string, more: string[] = []) => ["--version", version, "--kind", "revisi", "--note", "n", ...more];
    expect(codes((await release(dir, args("2025.9"), TODAY)) as never)).toEqual(["release-not-greater"]);
    expect(codes((await release(dir, args("2026.02"), TODAY)) as never)).toEqual(["release-version"]);
    expect(codes((await release(dir, ["--version", "2026.2", "--kind", "ralat", "--note", "n"], TODAY)) as never)).toEqual([
      "release-kind",
    ]);
    expect(codes((await release(dir, args("2026.2", ["--date", "2026-02-30"]), TODAY)) as never)).toEqual(["release-date"]);
    expect(codes((await release(dir, ["--kind", "revisi"], TODAY)) as never)).toEqual(["release-argument", "release-argument"]);
    expect(codes((await release(dir, args("2026.2"), TODAY)) as never)).toEqual(["release-unchanged"]);
    expect(readdirSync(join(dir, "releases")).sort()).toEqual(["2026.1", "releases.csv"]);
  });

  it("refuses bad data with the data check's report, and writes nothing", async () => {
    const dir = folder("bad/comma-decimal");
    const r = await release(dir, first, TODAY);
    const check = await checkDataFolder(dir);
    expect(!r.ok && "check" in r && r.check).toEqual(check);
    expect(existsSync(join(dir, "releases"))).toBe(false);
  });
});

describe("the data check of releases", () => {
  it("accepts a data folder without releases, which is not yet released", async () => {
    const dir = folder();
    expect(await checkReleases(dir)).toEqual([]);
    expect(await currentRelease(dir)).toEqual({ releases: [], current: undefined, unreleased: true });
  });

  it("says whether the data has changed since the current release", async () => {
    const dir = await released();
    expect((await currentRelease(dir)).unreleased).toBe(false);
    const changed = await released();
    writeFileSync(join(changed, "observations.csv"), readFileSync(join(changed, "observations.csv"), "utf8").replace("12.5", "12.6"));
    expect(await currentRelease(changed)).toMatchObject({ current: { version: "2026.1" }, unreleased: true });
  });

  it("refuses a release whose files were edited after it was published, naming the line and the folder", async () => {
    const dir = await released();
    const frozen = join(releaseDir(dir, "2026.1"), "observations.csv");
    writeFileSync(frozen, readFileSync(frozen, "utf8").replace("12.5", "12.6"));
    const result = await checkDataFolder(dir);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map(({ code, file, line, column }) => ({ code, file, line, column }))).toEqual([
      { code: "release-edited", file: "releases/releases.csv", line: 2, column: "sha256" },
    ]);
    expect(!result.ok && result.errors[0]!.fix.id).toBe(
      "Rilis yang sudah terbit tidak boleh diubah. Kembalikan folder itu seperti semula (git checkout -- releases/2026.1), lalu catat perubahan data sebagai rilis baru dengan npm run release.",
    );
  });

  it("refuses a malformed releases.csv with the file, line, column and value", async () => {
    const dir = await released();
    const table = join(dir, "releases/releases.csv");
    writeFileSync(table, readFileSync(table, "utf8").replace(",revisi,", ",ralat,"));
    const problems = await checkReleases(dir);
    expect(problems.map(({ code, file, line, column, value }) => ({ code, file, line, column, value }))).toEqual([
      { code: "not-in-list", file: "releases/releases.csv", line: 2, column: "kind", value: "ralat" },
      { code: "release-unlisted", file: "releases/2026.1", line: undefined, column: undefined, value: undefined },
    ]);
  });

  it("refuses versions out of order and a recorded release whose folder is missing", async () => {
    const dir = await released();
    const table = join(dir, "releases/releases.csv");
    const [header, row] = readFileSync(table, "utf8").trim().split("\n");
    writeFileSync(table, [header, row, row!.replace("2026.1", "2027.1"), row!.replace("2026.1", "2026.2")].join("\n") + "\n");
    const problems = await checkReleases(dir);
    expect(problems.map(({ code, line }) => ({ code, line }))).toEqual([
      { code: "release-order", line: 4 },
      { code: "release-folder-missing", line: 3 },
    ]);
  });
});
