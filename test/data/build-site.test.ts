import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PagefindIndex } from "pagefind";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildSite, type BuildTools } from "../../scripts/lib/build-site.ts";
import { cleanup } from "../helpers/fixtures.ts";

/**
 * How scripts/lib/build-site.ts drives Astro and Pagefind, with stand-ins for
 * both (no site is built): every build gets a cache folder of its own that is
 * empty when Astro starts and gone afterwards, even when Astro fails, so a
 * build never shows what an earlier build of another data folder left in
 * Astro's content store (narrative texts); a stray BASE_URL (test runners set
 * one) is ignored; the data folder is the one asked for; Pagefind indexes the
 * new site into its pagefind/ folder.
 */
const root = mkdtempSync(join(tmpdir(), "lentera-build-site-"));
afterAll(() => cleanup(root));

interface Seen {
  config: Parameters<BuildTools["build"]>[0];
  cacheExisted: boolean;
  cacheHeldStaleFile: boolean;
  env: { DATA_DIR?: string; BASE_URL?: string };
}

/** Stand-ins that record what they were asked; `fail` makes the Astro stand-in throw after writing to its cache. */
function tools(seen: Seen[], pagefindCalls: string[], fail = false): BuildTools {
  const index = {
    addDirectory: async ({ path }: { path: string }) => (pagefindCalls.push(`add ${path}`), { errors: [], page_count: 1 }),
    writeFiles: async ({ outputPath }: { outputPath?: string }) => (pagefindCalls.push(`write ${outputPath}`), { errors: [], outputPath: outputPath ?? "" }),
  } as unknown as PagefindIndex;
  return {
    build: async (config) => {
      seen.push({
        config,
        cacheExisted: existsSync(config.cacheDir),
        cacheHeldStaleFile: existsSync(join(config.cacheDir, "data-store.json")),
        env: { DATA_DIR: process.env.DATA_DIR, BASE_URL: process.env.BASE_URL },
      });
      // What Astro does with the cache: its content store, holding this build's narrative texts.
      mkdirSync(config.cacheDir, { recursive: true });
      writeFileSync(join(config.cacheDir, "data-store.json"), `texts of ${process.env.DATA_DIR}`);
      mkdirSync(config.outDir, { recursive: true });
      if (fail) throw new Error("Astro failed");
    },
    pagefind: {
      createIndex: async () => (pagefindCalls.push("create"), { errors: [], index }),
      close: async () => (pagefindCalls.push("close"), null),
    },
  };
}

describe("buildSite", () => {
  const saved = { DATA_DIR: process.env.DATA_DIR, BASE_URL: process.env.BASE_URL, LENTERA_OUT_DIR: process.env.LENTERA_OUT_DIR };
  beforeEach(() => {
    process.env.BASE_URL = "/stray/";
  });
  afterEach(() => {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  });

  it("gives each build a fresh cache of its own and removes it afterwards, so nothing carries over to the next build", async () => {
    const seen: Seen[] = [];
    const calls: string[] = [];
    const [a, b] = [join(root, "a", "site"), join(root, "b", "site")];
    // A cache left by a killed build of the same output folder must not be reused.
    mkdirSync(`${a}.cache`, { recursive: true });
    writeFileSync(join(`${a}.cache`, "data-store.json"), "texts of an older data folder");

    await buildSite({ dataDir: join(root, "data-one"), outDir: a }, tools(seen, calls));
    await buildSite({ dataDir: join(root, "data-two"), outDir: b }, tools(seen, calls));

    expect(seen.map((s) => s.config.cacheDir)).toEqual([`${a}.cache`, `${b}.cache`]);
    expect(seen.map((s) => s.config.outDir)).toEqual([a, b]);
    expect(seen.map((s) => [s.cacheExisted, s.cacheHeldStaleFile])).toEqual([
      [false, false],
      [false, false],
    ]);
    expect([existsSync(`${a}.cache`), existsSync(`${b}.cache`)]).toEqual([false, false]);
    expect(seen.map((s) => s.config.root)).toEqual([process.cwd(), process.cwd()]);
  });

  it("builds from the data folder it is given and ignores a stray BASE_URL", async () => {
    const seen: Seen[] = [];
    await buildSite({ dataDir: join(root, "data-three"), outDir: join(root, "c", "site") }, tools(seen, []));
    expect(seen.map((s) => s.env)).toEqual([{ DATA_DIR: join(root, "data-three"), BASE_URL: undefined }]);
  });

  it("removes the cache when Astro fails, and then does not index", async () => {
    const seen: Seen[] = [];
    const calls: string[] = [];
    const out = join(root, "d", "site");
    await expect(buildSite({ dataDir: join(root, "data-four"), outDir: out }, tools(seen, calls, true))).rejects.toThrow("Astro failed");
    expect(seen).toHaveLength(1);
    expect(existsSync(`${out}.cache`)).toBe(false);
    expect(calls).toEqual([]);
  });

  it("indexes the built site for search into its pagefind/ folder", async () => {
    const calls: string[] = [];
    const out = join(root, "e", "site");
    await buildSite({ dataDir: join(root, "data-five"), outDir: out }, tools([], calls));
    expect(calls).toEqual(["create", `add ${out}`, `write ${out}/pagefind`, "close"]);
  });
});
