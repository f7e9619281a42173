import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listFiles, mirror, moveChanged, publish, stagingFolder, sweep } from "../../scripts/lib/staging.ts";
import { cleanup } from "../helpers/fixtures.ts";

/**
 * The staging folder `npm run build` builds in (scripts/lib/staging.ts): made
 * a copy of the published site by copying only what differs, swept of what a
 * build neither wrote nor kept, swapped with the published folder only at the
 * end. (That a build over an earlier site in it gives a cold build's bytes:
 * determinism.test.ts.)
 */
const root = mkdtempSync(join(tmpdir(), "lentera-staging-"));
afterAll(() => cleanup(root));

let n = 0;
const folder = (): string => join(root, `case-${++n}`);
const write = (dir: string, files: Record<string, string>): void => {
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), text);
  }
};
const read = async (dir: string): Promise<Record<string, string>> =>
  Object.fromEntries([...(await listFiles(dir)).keys()].sort().map((f) => [f, readFileSync(join(dir, f), "utf8")]));
/** Sets a file's time `seconds` ago, as a file written by an earlier build. */
const age = (file: string, seconds: number): void => {
  const t = new Date(Date.now() - seconds * 1000);
  utimesSync(file, t, t);
};

describe("mirror", () => {
  it("makes the staging folder hold exactly the published files, copying only those that differ", async () => {
    const [site, staging] = [folder(), folder()];
    write(site, { "index.html": "home", "kecamatan/seko/index.html": "seko", "a.png": "png" });
    write(staging, { "index.html": "home, a build behind", "kecamatan/gone/index.html": "gone", "a.png": "png" });
    age(join(site, "a.png"), 60);
    utimesSync(join(staging, "a.png"), statSync(join(site, "a.png")).atime, statSync(join(site, "a.png")).mtime);

    expect(await mirror(site, staging)).toEqual({ copied: 2, deleted: 1 });
    expect(await read(staging)).toEqual(await read(site));
    expect(existsSync(join(staging, "kecamatan", "gone"))).toBe(false);
    // Copies keep the published file's time, so the next mirror finds nothing to do.
    expect(await mirror(site, staging)).toEqual({ copied: 0, deleted: 0 });
  });

  it("copies a file of the same size whose time differs (rewritten since), and empties the staging folder when nothing is published", async () => {
    const [site, staging] = [folder(), folder()];
    write(site, { "index.html": "new" });
    write(staging, { "index.html": "old" });
    age(join(staging, "index.html"), 60);
    expect(await mirror(site, staging)).toEqual({ copied: 1, deleted: 0 });
    expect(await read(staging)).toEqual({ "index.html": "new" });

    expect(await mirror(join(root, "never-built"), staging)).toEqual({ copied: 0, deleted: 1 });
    expect(await read(staging)).toEqual({});
  });
});

describe("sweep", () => {
  it("deletes what the build neither wrote nor kept, and leaves the folders named for later", async () => {
    const dir = folder();
    write(dir, {
      "kept/index.html": "a page the build left in place",
      "gone/index.html": "the page of a kecamatan no longer in the data",
      "pagefind/index.pf": "written by the next step",
    });
    for (const f of ["kept/index.html", "gone/index.html", "pagefind/index.pf"]) age(join(dir, f), 60);
    const since = Date.now();
    write(dir, { "new/index.html": "written by this build" });

    expect(await sweep(dir, new Set(["kept/index.html"]), since, ["pagefind/"])).toBe(1);
    expect(Object.keys(await read(dir))).toEqual(["kept/index.html", "new/index.html", "pagefind/index.pf"]);
    expect(existsSync(join(dir, "gone"))).toBe(false);
  });
});

describe("moveChanged", () => {
  it("keeps a file with the same bytes (and its time), replaces the others and deletes what is gone", async () => {
    const [fresh, index] = [folder(), folder()];
    write(index, { "same.pf": "same", "changed.pf": "before", "gone.pf": "gone" });
    age(join(index, "same.pf"), 60);
    const time = statSync(join(index, "same.pf")).mtimeMs;
    write(fresh, { "same.pf": "same", "changed.pf": "after", "new/added.pf": "added" });

    await moveChanged(fresh, index);
    expect(await read(index)).toEqual({ "changed.pf": "after", "new/added.pf": "added", "same.pf": "same" });
    expect(statSync(join(index, "same.pf")).mtimeMs).toBe(time);
    expect(existsSync(fresh)).toBe(false);
  });
});

describe("publish", () => {
  it("swaps the staging folder in, and the site it replaces becomes the next staging folder", async () => {
    const dist = join(folder(), "dist");
    write(dist, { "index.html": "last good site" });
    write(stagingFolder(dist), { "index.html": "new site" });
    await publish(dist);
    expect(await read(dist)).toEqual({ "index.html": "new site" });
    expect(await read(stagingFolder(dist))).toEqual({ "index.html": "last good site" });
  });

  it("puts the published site back when the staging folder cannot be moved in", async () => {
    const dist = join(folder(), "dist");
    write(dist, { "index.html": "last good site" });
    await expect(publish(dist)).rejects.toThrow();
    expect(await read(dist)).toEqual({ "index.html": "last good site" });
  });

  it("publishes the first site, with no staging folder left", async () => {
    const dist = join(folder(), "dist");
    write(stagingFolder(dist), { "index.html": "first site" });
    await publish(dist);
    expect(await read(dist)).toEqual({ "index.html": "first site" });
    expect(existsSync(stagingFolder(dist))).toBe(false);
  });
});
