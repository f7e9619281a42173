import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { resolveColors } from "../../src/lib/charts/palette.ts";

/**
 * SVG snapshots: one file per chart kind and named case in
 * test/charts/snapshots/, colours resolved and xmlns added so each opens in a
 * browser, and pretty-printed (one element per line, indented) so that a
 * changed chart is a readable diff. A chart that changed writes
 * <name>-changed.svg beside its snapshot (git-ignored) and fails: compare the
 * two, and copy the new one over the snapshot when the change is intended. A
 * missing snapshot is written on the first run, except on CI, where it fails.
 */
export const SNAPSHOTS = join(import.meta.dirname, "snapshots");

export function viewable(svg: string): string {
  return `${pretty(resolveColors(svg).replace(/^<svg\b/, '<svg xmlns="http://www.w3.org/2000/svg"'))}\n`;
}

interface Element {
  open: string;
  close: string;
  children: Node[];
}
type Node = Element | string;

const TOKEN = /<(?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+/g;

/**
 * One element per line, indented two spaces per level. An element that holds
 * text (a <text> with its <tspan>s, a <title>), or whitespace between its
 * children, stays on one line as it was, so nothing is added where it would
 * show: the printer only adds line breaks and indentation between tags, and
 * removing them gives back the SVG it was given (which `pretty` checks).
 */
export function pretty(svg: string): string {
  const root: Element = { open: "", close: "", children: [] };
  const stack: Element[] = [root];
  for (const [token] of svg.matchAll(TOKEN)) {
    const top = stack.at(-1)!;
    if (token.startsWith("</")) {
      top.close = token;
      stack.pop();
    } else if (token.startsWith("<") && !token.startsWith("<!") && !token.startsWith("<?") && !token.endsWith("/>")) {
      const el: Element = { open: token, close: "", children: [] };
      top.children.push(el);
      stack.push(el);
    } else top.children.push(token);
  }
  if (stack.length !== 1) throw new Error(`pretty: ${stack.length - 1} elements are not closed`);
  const flat = (n: Node): string => (typeof n === "string" ? n : `${n.open}${n.children.map(flat).join("")}${n.close}`);
  const TEXT = /^<(text|tspan|textPath|title|desc|style)\b/;
  const hasText = (e: Element): boolean => TEXT.test(e.open) || e.children.some((c) => typeof c === "string" && !c.startsWith("<"));
  const lines: string[] = [];
  const print = (n: Node, depth: number): void => {
    const indent = "  ".repeat(depth);
    if (typeof n === "string" || !n.children.length || hasText(n)) lines.push(`${indent}${flat(n)}`);
    else {
      lines.push(`${indent}${n.open}`);
      for (const c of n.children) print(c, depth + 1);
      lines.push(`${indent}${n.close}`);
    }
  };
  for (const c of root.children) print(c, 0);
  const out = lines.join("\n");
  if (out.replace(/\n */g, "") !== svg) throw new Error("pretty: the printed SVG differs from the SVG beyond line breaks and indentation");
  return out;
}

export function matchSvgSnapshot(name: string, svg: string): void {
  const file = join(SNAPSHOTS, `${name}.svg`);
  const changed = join(SNAPSHOTS, `${name}-changed.svg`);
  const actual = viewable(svg);
  if (!existsSync(file)) {
    if (process.env.CI) throw new Error(`No snapshot ${name}.svg: run the tests locally to write it, review it and commit it.`);
    writeFileSync(file, actual);
    return;
  }
  if (readFileSync(file, "utf8") !== actual) {
    writeFileSync(changed, actual);
    throw new Error(
      `Chart "${name}" changed. Compare test/charts/snapshots/${name}-changed.svg with ${name}.svg (for example with git diff --no-index); if the change is intended, copy it over the snapshot.`,
    );
  }
  rmSync(changed, { force: true });
}
