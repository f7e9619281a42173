import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { UI_STRINGS, type UiKey } from "../../src/i18n/index.ts";
import { charts } from "../../src/i18n/ui/charts.id.ts";
import { site } from "../../src/i18n/ui/site.id.ts";

/**
 * The interface strings (src/i18n/ui): both languages have the same keys and
 * the same placeholders per key, the words of charts are in the charts tables,
 * and every key is used.
 *
 * A key counts as used when the code of src/ or scripts/ (not a comment, not
 * the tables) names it in a string literal, or builds it in a template literal
 * whose fixed text matches and whose every `${...}` stands for exactly one
 * segment of the key: `status.${s}` uses `status.sample` but not
 * `status.sample.note`, and `chart.trend.sentence.${direction}` uses the
 * sentences but not `chart.trend.title`. A template must spell out at least a
 * key's first segment (`${a}.${b}` builds no key).
 *
 * Such a template counts for its whole family. Whether its value can take
 * every name in the family is a question for the types, which this test does
 * not ask (a type-checked scan takes over ten seconds); asked once by hand, it
 * removed `status.final` and `period.annual`, which the code never shows.
 *
 * The code is read by the TypeScript parser; an .astro file's template is read
 * as TSX (its <script> and <style> blocks and HTML comments left out), and a
 * file the parser cannot read fails the test rather than hiding a key.
 */
const ROOT = join(import.meta.dirname, "..", "..");
const TABLES = /^src\/i18n\/ui\//;
const { id, en } = UI_STRINGS;
const keys = Object.keys(id) as UiKey[];
/** The placeholders of a template, as fill (src/i18n/fill.ts) reads them. */
const holes = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|astro)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const VOID = /<(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b((?:[^>"'{]|"[^"]*"|'[^']*'|\{[^}]*\})*?)\s*\/?>/g;

/** An .astro file as TypeScript: its frontmatter, then its template as the body of a TSX fragment. */
function astroAsTsx(code: string): string {
  const front = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(code);
  const body = (front ? code.slice(front[0].length) : code)
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<!doctype[^>]*>/gi, "")
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, "")
    .replace(VOID, "<$1$2 />");
  return `${front?.[1] ?? ""}\nexport default <>${body}</>;\n`;
}

type Use = { literals: Set<string>; patterns: RegExp[] };

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every string literal, and every template literal as a pattern, of the code in src/ and scripts/. */
function uses(): Use {
  const found: Use = { literals: new Set(), patterns: [] };
  for (const file of ["src", "scripts"].flatMap((dir) => sourceFiles(join(ROOT, dir)))) {
    const path = relative(ROOT, file).split("\\").join("/");
    if (TABLES.test(path)) continue;
    const astro = file.endsWith(".astro");
    const code = readFileSync(file, "utf8");
    const source = ts.createSourceFile(
      path,
      astro ? astroAsTsx(code) : code,
      ts.ScriptTarget.Latest,
      false,
      astro ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    const errors = (source as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics;
    if (errors.length > 0)
      throw new Error(
        `${path}: cannot read it to find the UI keys it uses: ${ts.flattenDiagnosticMessageText(errors[0]!.messageText, " ")}`,
      );
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.literals.add(node.text);
      else if (ts.isTemplateExpression(node)) {
        // Only a template that names a key's first segment, `status.${s}`, builds keys; `${a}.${b}` could be anything.
        const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
        if (/^[\w-]+\./.test(node.head.text)) found.patterns.push(new RegExp(`^${parts.map(escape).join("[\\w-]+")}$`));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe("UI strings", () => {
  it("have the same keys in both languages", () => {
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
  });

  it("have the same placeholders in both languages", () => {
    const differ = keys.filter((k) => holes(id[k]).join() !== holes(en[k]).join());
    expect(differ.map((k) => `${k}: id {${holes(id[k])}} en {${holes(en[k])}}`)).toEqual([]);
  });

  it("keep the words of charts (chart.*) in the charts tables, and only those", () => {
    expect(Object.keys(charts).filter((k) => !k.startsWith("chart."))).toEqual([]);
    expect(Object.keys(site).filter((k) => k.startsWith("chart."))).toEqual([]);
  });

  it("are all used", () => {
    const { literals, patterns } = uses();
    const isUsed = (k: string): boolean => literals.has(k) || patterns.some((p) => p.test(k));
    expect(keys.filter((k) => !isUsed(k))).toEqual([]);
  });
});
