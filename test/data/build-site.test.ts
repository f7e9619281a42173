import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PagefindIndex } from "pagefind";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildSite, codeVersion, type BuildTools } from "../../scripts/lib/build-site.ts";
import { cleanup } from "../helpers/fixtures.ts";

/**
 * How scripts/lib/build-site.ts drives Astro and Pagefind, with stand-ins for
 * both (no site is built): every build uses the cache folder it is given, where
 * Astro's incremental build (its manifest and page copies) is kept from one
 * build to the next but its content store is not, so a build never shows what
 * an earlier build of another data folder left there (narrative texts); after
 * a build that failed, the next build does not trust Astro's manifest; a stray
 * BASE_URL (test runners set one) is ignored; the data folder is the one asked
 * for; a build over an earlier site (the staging folder) keeps what Astro left in
 * place and deletes what it no longer makes; Pagefind indexes the new site into
 * its pagefind/ folder.
 */
const root = mkdtempSync(join(tmpdir(), "lentera-build-site-"));
afterAll(() => cleanup(root));

interface Seen {
  config: Parameters<BuildTools["build"]>[0];
  /** Which of Astro's files were in its cache folder when it started. */
  found: string[];
  env: { DATA_DIR?: string; BASE_URL?: string; LENTERA_IMAGE_CACHE?: string; LENTERA_CHART_FONTS?: string };
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
        found: ["data-store.json", "incremental-build.json", "dist/page.html"].filter((f) => existsSync(join(config.cacheDir, f))),
        env: {
          DATA_DIR: process.env.DATA_DIR,
          BASE_URL: process.env.BASE_URL,
          LENTERA_IMAGE_CACHE: process.env.LENTERA_IMAGE_CACHE,
          LENTERA_CHART_FONTS: process.env.LENTERA_CHART_FONTS,
        },
      });
      // What Astro does with its cache: the content store holding this build's narrative texts, a copy of each
      // page, and (at the end of a build that succeeded) the manifest of the pages' keys.
      mkdirSync(join(config.cacheDir, "dist"), { recursive: true });
      writeFileSync(join(config.cacheDir, "data-store.json"), `texts of ${process.env.DATA_DIR}`);
      writeFileSync(join(config.cacheDir, "dist", "page.html"), `page of ${process.env.DATA_DIR}`);
      mkdirSync(config.outDir, { recursive: true });
      if (fail) throw new Error("Astro failed");
      writeFileSync(join(config.cacheDir, "incremental-build.json"), "{}");
      // A page rendered now, and one whose key is unchanged, left in place (its output listed, not written).
      writeFileSync(join(config.outDir, "index.html"), "rendered now");
      return [join(config.outDir, "index.html"), join(config.outDir, "kept.html")];
    },
    pagefind: {
      createIndex: async () => (pagefindCalls.push("create"), { errors: [], index }),
      close: async () => (pagefindCalls.push("close"), null),
    },
  };
}

describe("buildSite", () => {
  const saved = {
    DATA_DIR: process.env.DATA_DIR,
    BASE_URL: process.env.BASE_URL,
    LENTERA_OUT_DIR: process.env.LENTERA_OUT_DIR,
    LENTERA_IMAGE_CACHE: process.env.LENTERA_IMAGE_CACHE,
    LENTERA_CHART_CACHE: process.env.LENTERA_CHART_CACHE,
    LENTERA_CODE_VERSION: process.env.LENTERA_CODE_VERSION,
    LENTERA_CHART_FONTS: process.env.LENTERA_CHART_FONTS,
    SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH,
  };
  // buildSite sets these for Astro's process; the unit files share one process, so each is put back.
  beforeEach(() => {
    process.env.BASE_URL = "/stray/";
  });
  afterEach(() => {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  });

  it("keeps Astro's incremental cache from one build to the next, but not its content store", async () => {
    const seen: Seen[] = [];
    const calls: string[] = [];
    const cache = join(root, "cache-a");
    const [a, b] = [join(root, "a", "site.tmp-1"), join(root, "a", "site.tmp-2")];
    await buildSite({ dataDir: join(root, "data-one"), outDir: a, cacheDir: cache }, tools(seen, calls));
    await buildSite({ dataDir: join(root, "data-one"), outDir: b, cacheDir: cache }, tools(seen, calls));

    expect(seen.map((s) => s.config.cacheDir)).toEqual([join(cache, "astro"), join(cache, "astro")]);
    expect(seen.map((s) => s.config.outDir)).toEqual([a, b]);
    expect(seen.map((s) => s.found)).toEqual([[], ["incremental-build.json", "dist/page.html"]]);
    expect(seen.map((s) => s.env.LENTERA_IMAGE_CACHE)).toEqual([join(cache, "images"), join(cache, "images")]);
    // The subsets of the chart font are made into the cache by the first build and found there by the second.
    const fonts = seen.map((s) => JSON.parse(s.env.LENTERA_CHART_FONTS ?? "[]") as string[]);
    expect(fonts[0]).toHaveLength(3);
    expect(fonts[1]).toEqual(fonts[0]);
    expect(fonts[0]!.every((f) => f.startsWith(join(cache, "fonts")) && existsSync(f))).toBe(true);
    expect(seen.map((s) => s.config.root)).toEqual([process.cwd(), process.cwd()]);
  });

  it("does not trust Astro's manifest after a build that failed, and then does not index", async () => {
    const seen: Seen[] = [];
    const calls: string[] = [];
    const cache = join(root, "cache-b");
    await buildSite({ dataDir: join(root, "data-two"), outDir: join(root, "b", "one"), cacheDir: cache }, tools(seen, calls));
    await expect(
      buildSite({ dataDir: join(root, "data-two"), outDir: join(root, "b", "two"), cacheDir: cache }, tools(seen, calls, true)),
    ).rejects.toThrow("Astro failed");
    expect(calls.filter((c) => c.startsWith("add"))).toEqual([`add ${join(root, "b", "one")}`]);
    await buildSite({ dataDir: join(root, "data-two"), outDir: join(root, "b", "three"), cacheDir: cache }, tools(seen, calls));
    expect(seen.map((s) => s.found)).toEqual([[], ["incremental-build.json", "dist/page.html"], ["dist/page.html"]]);
  });

  it("builds from the data folder it is given and ignores a stray BASE_URL", async () => {
    const seen: Seen[] = [];
    await buildSite({ dataDir: join(root, "data-three"), outDir: join(root, "c", "site"), cacheDir: join(root, "cache-c") }, tools(seen, []));
    expect(seen.map((s) => [s.env.DATA_DIR, s.env.BASE_URL])).toEqual([[join(root, "data-three"), undefined]]);
  });

  it("indexes the built site for search into its pagefind/ folder", async () => {
    const calls: string[] = [];
    const out = join(root, "e", "site");
    await buildSite({ dataDir: join(root, "data-five"), outDir: out, cacheDir: join(root, "cache-e") }, tools([], calls));
    expect(calls).toEqual(["create", `add ${out}`, `write ${join(out, ".pagefind-new")}`, "close"]);
  });

  it("builds over an earlier site in place: keeps the outputs Astro left there, deletes what this build no longer makes", async () => {
    const out = join(root, "f", "site");
    mkdirSync(out, { recursive: true });
    const old = new Date(Date.now() - 60_000);
    for (const f of ["kept.html", "gone.html", "index.html"]) {
      writeFileSync(join(out, f), `earlier ${f}`);
      utimesSync(join(out, f), old, old);
    }
    await buildSite({ dataDir: join(root, "data-six"), outDir: out, cacheDir: join(root, "cache-f") }, tools([], []));
    expect(readdirSync(out).sort()).toEqual(["index.html", "kept.html", "pagefind"]);
    expect(readFileSync(join(out, "index.html"), "utf8")).toBe("rendered now");
    expect(readFileSync(join(out, "kept.html"), "utf8")).toBe("earlier kept.html");
  });
});

describe("the code version the chart cache is keyed on", () => {
  it("changes with any file under src/ and with the lockfile, not with the data or the tests", () => {
    const project = join(root, "project");
    const write = (file: string, text: string): void => {
      mkdirSync(join(project, file, ".."), { recursive: true });
      writeFileSync(join(project, file), text);
    };
    write("src/lib/charts/render.ts", "export const a = 1;");
    write("src/pages/index.astro", "<p>a</p>");
    write("package-lock.json", "{}");
    write("data/observations.csv", "a,b");
    const first = codeVersion(project);
    write("data/observations.csv", "a,c");
    write("test/x.test.ts", "x");
    expect(codeVersion(project)).toBe(first);
    write("src/pages/index.astro", "<p>b</p>");
    const second = codeVersion(project);
    expect(second).not.toBe(first);
    write("package-lock.json", '{"lockfileVersion": 3}');
    expect(codeVersion(project)).not.toBe(second);
  });
});

