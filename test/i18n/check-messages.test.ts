import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { CHECK_STRINGS, holes, partKey, type CheckKey } from "../../src/i18n/check/index.ts";
import { codeOf } from "../../src/lib/data/messages.ts";

/**
 * The words of the data check (src/i18n/check): both languages say the same
 * things with the same placeholders, every message is whole, and every key is
 * used. A key counts as used when a string literal in the code of src/ or
 * scripts/ (not a comment, not the tables) names it, its message or its
 * plural pair.
 */
const ROOT = join(import.meta.dirname, "..", "..");
const TABLES = /i18n\/check\/\w+\.(id|en)\.ts$/;
const { id, en } = CHECK_STRINGS;
const keys = Object.keys(id) as CheckKey[];
const PARTS = /\.(what|fix)$/;
const PLURAL = /\.(one|other)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|astro)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Every string literal of the TypeScript in src/ and scripts/ (an .astro file's frontmatter included), read by the compiler's parser. */
function literals(): Set<string> {
  const found = new Set<string>();
  for (const file of ["src", "scripts"].flatMap((dir) => sourceFiles(join(ROOT, dir)))) {
    if (TABLES.test(relative(ROOT, file).split("\\").join("/"))) continue;
    let code = readFileSync(file, "utf8");
    if (file.endsWith(".astro")) code = /^---\r?\n([\s\S]*?)\r?\n---/.exec(code)?.[1] ?? "";
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.add(node.text);
      ts.forEachChild(node, visit);
    };
    visit(ts.createSourceFile(file, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS));
  }
  return found;
}

describe("data-check messages", () => {
  it("have the same keys in both languages", () => {
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
  });

  it("have the same placeholders in both languages", () => {
    const differ = keys.filter((k) => holes(id[k]).sort().join() !== holes(en[k]).sort().join());
    expect(differ.map((k) => `${k}: id {${holes(id[k])}} en {${holes(en[k])}}`)).toEqual([]);
  });

  it("are whole: every message has what is wrong, how to fix it and a code; every plural has both forms", () => {
    const names = [...new Set(keys.filter((k) => PARTS.test(k)).map((k) => k.replace(PARTS, "")))];
    // A fix without a what of its own is shared by variants below it (`config.fix` for `config.regency`).
    const shared = (n: string) => keys.some((k) => k.startsWith(`${n}.`) && k.endsWith(".what"));
    expect(names.filter((n) => (partKey(n, "what") ? !partKey(n, "fix") || !codeOf(n) : !shared(n)))).toEqual([]);
    const plurals = keys.filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, ""));
    expect(plurals.filter((n) => !(`${n}.one` in id && `${n}.other` in id))).toEqual([]);
  });

  it("are all used", () => {
    const used = literals();
    const names = [...used].filter((s) => partKey(s, "what") && partKey(s, "fix"));
    const isUsed = (k: CheckKey): boolean => {
      const part = PARTS.exec(k)?.[1] as "what" | "fix" | undefined;
      if (part) return names.some((n) => partKey(n, part) === k);
      if (PLURAL.test(k)) return used.has(k.replace(PLURAL, ""));
      return used.has(k);
    };
    expect(keys.filter((k) => !isUsed(k))).toEqual([]);
  });
});
