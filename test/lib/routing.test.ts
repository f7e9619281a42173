import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { PAGE_KINDS_WITHOUT_ID, pathOf, type PageKind } from "../../src/lib/routing/paths.ts";
import { ROOT } from "../helpers/fixtures.ts";

/**
 * Routing is computed once: every page path comes from pathOf, no other
 * module writes one, and no component or layout takes the model (a view
 * carries what it shows).
 */
const SRC = join(ROOT, "src");
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|astro)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}
/** The code of a file without its comments, so a path given as an example in a comment does not count. */
const code = (file: string) =>
  readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "")
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, "");

describe("page paths", () => {
  const withId: [PageKind, string][] = [
    ["strategy", "pendapatan"],
    ["kecamatan", "x"],
    ["indicator", "p0"],
    ["agency", "dinsos"],
    ["chart", "tren-p0"],
    ["embed", "tren-p0"],
    ["pinned-chart", "2026.1/tren-p0"],
    ["pinned-embed", "2026.1/tren-p0"],
  ];
  it("are relative, end with a slash, and differ for every kind", () => {
    const paths = [...PAGE_KINDS_WITHOUT_ID.map((k) => pathOf(k)), ...withId.map(([k, id]) => pathOf(k as "strategy", id))];
    for (const p of paths) expect(p === "" || (/^[^/].*\/$/.test(p) && !p.startsWith("/"))).toBe(true);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it("are written nowhere outside src/lib/routing", () => {
    const segments = new Set(PAGE_KINDS_WITHOUT_ID.filter((k) => k !== "home").map((k) => pathOf(k)));
    const literal = new RegExp(`["'\`](${[...segments].map((s) => s.replace("/", "")).join("|")})/`);
    const offenders = files(SRC)
      .filter((f) => !relative(SRC, f).startsWith(join("lib", "routing")))
      .flatMap((f) =>
        code(f)
          .split("\n")
          .flatMap((line, i) => (literal.test(line) ? [`${relative(ROOT, f)}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(offenders).toEqual([]);
  });
});

describe("components and layouts", () => {
  it("take a view, never the model", () => {
    const offenders = [...files(join(SRC, "components")), ...files(join(SRC, "layouts"))]
      .filter((f) => /\bModel\b|getModel\(/.test(code(f)))
      .map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });
});
