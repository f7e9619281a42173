/**
 * Reads a `_headers` file (the plain-text form Netlify and Cloudflare Pages
 * read from the published folder) and answers which headers a path gets, so
 * the browser suite can serve the deploy samples the way those hosts do.
 *
 * The two hosts differ where several rules match one path:
 * - Cloudflare Pages applies every matching rule, joins repeated headers with
 *   ", " and lets a later rule drop an inherited header with `! Name`;
 * - Netlify applies every matching rule too, but a later rule's value of a
 *   header replaces an earlier one, and it has no `!` syntax.
 */
export type HeaderMode = "cloudflare" | "netlify";

export interface HeaderRule {
  pattern: string;
  match: RegExp;
  set: Array<[name: string, value: string]>;
  detach: string[];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | undefined;
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      current = { pattern: line.trim(), match: patternRegExp(line.trim()), set: [], detach: [] };
      rules.push(current);
      continue;
    }
    if (!current) throw new Error(`_headers line ${i + 1}: a header before any path: ${line.trim()}`);
    const detach = /^\s+!\s*([\w-]+)\s*$/.exec(line);
    if (detach) {
      current.detach.push(detach[1]!.toLowerCase());
      continue;
    }
    const kv = /^\s+([\w-]+):\s*(.*)$/.exec(line);
    if (!kv) throw new Error(`_headers line ${i + 1}: not "Name: value": ${line.trim()}`);
    current.set.push([kv[1]!.toLowerCase(), kv[2]!.trim()]);
  }
  return rules;
}

/** `*` matches anything (slashes included), `:name` one path segment; the rest is literal. */
function patternRegExp(pattern: string): RegExp {
  const parts = pattern.split(/(\*|:[A-Za-z]\w*)/).map((p) => {
    if (p === "*") return ".*";
    if (p.startsWith(":")) return "[^/]+";
    return p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  });
  return new RegExp(`^${parts.join("")}$`);
}

export function headersFor(rules: readonly HeaderRule[], path: string, mode: HeaderMode): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.match.test(path)) continue;
    if (mode === "cloudflare") for (const name of rule.detach) delete out[name];
    for (const [name, value] of rule.set) out[name] = mode === "cloudflare" && out[name] !== undefined ? `${out[name]}, ${value}` : value;
  }
  return out;
}
