import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";

/**
 * A copy of a data folder in which every free-text field carries markup,
 * script, quotes and spreadsheet formulas, while the data stays valid: the
 * catalogue's text fields (no enum or categories, no pattern, not a key to another table)
 * of every CSV, the catalogue's own titles and descriptions, and the titles
 * and bodies of the narrative Markdown. A site built from it must show all of
 * it as text.
 */
export const PAYLOADS = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  `"'><svg onload=alert(1)>`,
  "</title></style></textarea><script>alert(1)</script>",
  "<a href=javascript:alert(1)>klik</a>",
  "&lt;b&gt; &amp; &#60;",
] as const;
/** Short enough for fields limited to 24 characters. */
const SHORT = ["<script>alert(1)", "<img src=x onerror=a()>", `"'><svg onload=alert(1)>`, "</title><script>alert("];
/** Cells beginning with these are formulas to a spreadsheet. */
export const FORMULAS = ['=HYPERLINK("https://x.example/","klik")', "+SUM(1;2)", "-2+3+cmd|' /C calc'!A0", "@SUM(1;2)"];
/** A valid http(s) URL (the catalogue's pattern) that tries to break out of an attribute. */
export const QUOTED_URL = `https://x.example/?q="><svg/onload=alert(1)>&r='x'`;

interface Field {
  name: string;
  type?: string;
  categories?: unknown[];
  constraints?: { enum?: unknown[]; pattern?: string; maxLength?: number; required?: boolean };
}
interface Resource {
  name: string;
  path: string;
  format?: string;
  title?: string;
  description?: string;
  schema?: { fields: Field[]; primaryKey?: string[]; foreignKeys?: Array<{ fields: string[] | string }> };
}

export function hostileData(from: string, to: string): { fields: string[] } {
  cpSync(from, to, { recursive: true });
  const pkgFile = join(to, "datapackage.json");
  const pkg = JSON.parse(readFileSync(pkgFile, "utf8")) as { title?: string; description?: string; resources: Resource[] };
  const touched: string[] = [];
  const all = PAYLOADS.join(" ");

  pkg.title = `${pkg.title} ${all}`;
  pkg.description = `${pkg.description} ${all}`;
  for (const r of pkg.resources) {
    if (r.title) r.title = `${r.title} ${PAYLOADS[0]}`;
    if (r.description) r.description = `${r.description} ${all}`;
    for (const f of r.schema?.fields ?? []) {
      const field = f as Field & { title?: string; description?: string; description_id?: string };
      if (field.title) field.title = `${field.title} ${PAYLOADS[1]}`;
      if (field.description) field.description = `${field.description} ${PAYLOADS[2]}`;
      if (field.description_id) field.description_id = `${field.description_id} ${PAYLOADS[3]}`;
    }
    if (r.format !== "csv" || !r.schema) continue;
    const keys = new Set((r.schema.foreignKeys ?? []).flatMap((k) => (Array.isArray(k.fields) ? k.fields : [k.fields])));
    const text = r.schema.fields.filter(
      (f) =>
        (f.type ?? "string") === "string" &&
        !f.constraints?.enum &&
        !f.categories &&
        !f.constraints?.pattern &&
        !keys.has(f.name) &&
        f.name !== "url",
    );
    const file = join(to, r.path);
    const parsed = Papa.parse<Record<string, string>>(readFileSync(file, "utf8").replace(/^\uFEFF/, ""), {
      header: true,
      skipEmptyLines: true,
    });
    const header = parsed.meta.fields ?? [];
    parsed.data.forEach((row, i) => {
      for (const [j, f] of text.entries()) {
        const max = f.constraints?.maxLength;
        const original = row[f.name] ?? "";
        if (max !== undefined) {
          const p = SHORT[(i + j) % SHORT.length]!;
          row[f.name] = p.length >= max ? p.slice(0, max) : `${original.slice(0, Math.max(0, max - p.length - 1))} ${p}`.trimStart();
        } else {
          row[f.name] = `${FORMULAS[(i + j) % FORMULAS.length]} ${original} ${all}`;
        }
      }
      if (r.name === "sources" && row.url) row.url = i % 2 === 0 ? QUOTED_URL : row.url;
    });
    touched.push(...text.map((f) => `${r.name}.${f.name}`));
    writeFileSync(
      file,
      `${Papa.unparse({ fields: header, data: parsed.data.map((row) => header.map((h) => row[h] ?? "")) }, { newline: "\n" })}\n`,
    );
  }
  writeFileSync(pkgFile, JSON.stringify(pkg, null, 2));

  // Narrative Markdown: a hostile title and a paragraph of raw HTML and a javascript: link.
  const content = join(to, "content");
  for (const collection of readdirSync(content)) {
    for (const name of readdirSync(join(content, collection)).filter((n) => n.endsWith(".md"))) {
      const file = join(content, collection, name);
      const md = readFileSync(file, "utf8").replace(
        /^title:\s*(.*)$/m,
        (_, t: string) => `title: ${JSON.stringify(`${t.replace(/^"|"$/g, "")} ${PAYLOADS[3]} ${PAYLOADS[2]}`)}`,
      );
      writeFileSync(file, `${md}\n\n${all}\n\n[klik ini](javascript:alert(1)) dan <a href="javascript:alert(1)">itu</a>\n`);
    }
  }
  touched.push("content/*.md (title and body)");
  return { fields: touched };
}
