import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { ROOT } from "../helpers/fixtures.ts";
import { parseHeadersFile } from "../helpers/headers-file.ts";
import { decodeEntities } from "../helpers/links.ts";
import { sitePages } from "../helpers/site-pages.ts";

/**
 * The Content-Security-Policy every page carries in a <meta> tag: strict
 * (scripts and styles only from the site or by hash, never 'unsafe-inline'
 * or 'unsafe-eval', no plugins, no <base>, nothing from other origins), placed
 * before any script or style, and matching what the page holds: every inline
 * script and style has its hash in the policy, and no element carries a style=""
 * attribute or an on...="" handler, which the policy would block. Also: the
 * header samples in deploy/ all send the same headers.
 */
const dir = inject("siteDir");
const pages = sitePages(dir);

type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
  const p: Policy = new Map();
  for (const part of text.split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) p.set(name.toLowerCase(), values);
  }
  return p;
}

interface PageCsp {
  file: string;
  policies: string[];
  before: boolean;
  scripts: string[];
  styles: string[];
  styleAttributes: number;
  handlers: string[];
}

function read(file: string): PageCsp {
  const html = readFileSync(join(dir, file), "utf8");
  const metas = [...html.matchAll(/<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/gi)];
  const first = metas[0]?.index ?? Infinity;
  const firstCode = Math.min(...[/<script\b/i, /<style\b/i, /<link\s[^>]*rel="stylesheet"/i].map((re) => re.exec(html)?.index ?? Infinity));
  const body = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "<script></script>");
  return {
    file,
    policies: metas.map((m) => decodeEntities(m[1]!)),
    before: first < firstCode,
    scripts: [...html.matchAll(/<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi)]
      .filter((m) => !/type="application\/(ld\+)?json"/.test(m[1]!))
      .map((m) => m[2]!),
    styles: [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!),
    styleAttributes: [...body.matchAll(/<[a-z][\w-]*\s[^>]*?\sstyle="/gi)].length,
    handlers: [...body.matchAll(/<[a-z][\w-]*\s[^>]*?\s(on[a-z]+)=/gi)].map((m) => m[1]!),
  };
}

const sha256 = (s: string): string => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;

describe("Content-Security-Policy in every page", () => {
  const csp = pages.map((p) => read(p.file));

  it("is one <meta> tag per page, before any script or style", () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(csp.filter((c) => c.policies.length !== 1).map((c) => `${c.file}: ${c.policies.length} policies`)).toEqual([]);
    expect(csp.filter((c) => !c.before).map((c) => c.file)).toEqual([]);
  });

  it("is strict: no 'unsafe-inline' or 'unsafe-eval', no other origins, no plugins, no <base>", () => {
    const problems: string[] = [];
    for (const c of csp) {
      const p = parsePolicy(c.policies[0] ?? "");
      const need = (d: string, v: string): void => {
        if (p.get(d)?.join(" ") !== v) problems.push(`${c.file}: ${d} is "${p.get(d)?.join(" ")}", expected "${v}"`);
      };
      need("default-src", "'self'");
      need("object-src", "'none'");
      need("base-uri", "'self'");
      for (const d of ["script-src", "style-src"]) {
        const values = p.get(d);
        if (!values) problems.push(`${c.file}: no ${d} (falls back to default-src, which blocks the inline code)`);
        for (const v of values ?? []) {
          if (!/^'(self|sha(256|384|512)-[A-Za-z0-9+/=]+|wasm-unsafe-eval)'$/.test(v)) problems.push(`${c.file}: ${d} allows ${v}`);
        }
      }
      for (const [d, values] of p)
        for (const v of values)
          if (/^(\*|https?:|http:|data:)$/.test(v) && !(d === "img-src" && v === "data:")) problems.push(`${c.file}: ${d} allows ${v}`);
    }
    expect([...new Set(problems)].slice(0, 30)).toEqual([]);
  });

  it("has the hash of every inline script and style of the page", () => {
    const missing: string[] = [];
    for (const c of csp) {
      const p = parsePolicy(c.policies[0] ?? "");
      for (const s of c.scripts)
        if (!p.get("script-src")?.includes(sha256(s))) missing.push(`${c.file}: inline script ${JSON.stringify(s.slice(0, 60))}`);
      for (const s of c.styles)
        if (!p.get("style-src")?.includes(sha256(s))) missing.push(`${c.file}: inline style ${JSON.stringify(s.slice(0, 60))}`);
    }
    expect(missing.slice(0, 30)).toEqual([]);
  });

  it("has no style attribute and no inline event handler, which the policy would block", () => {
    expect(csp.filter((c) => c.styleAttributes > 0).map((c) => `${c.file}: ${c.styleAttributes} style="" attributes`)).toEqual([]);
    expect(csp.filter((c) => c.handlers.length > 0).map((c) => `${c.file}: ${[...new Set(c.handlers)].join(", ")}`)).toEqual([]);
  });
});

describe("header samples for static hosts (deploy/)", () => {
  const text = (f: string): string => readFileSync(join(ROOT, "deploy", f), "utf8");
  const expected = new Map(parseHeadersFile(text("cloudflare/_headers"))[0]!.set);

  it("set the same headers site-wide in every sample", () => {
    expect(expected.get("content-security-policy")).toBe("frame-ancestors 'self'");
    for (const name of ["x-content-type-options", "referrer-policy", "permissions-policy"]) expect(expected.has(name), name).toBe(true);
    expect(new Map(parseHeadersFile(text("netlify/_headers"))[0]!.set)).toEqual(expected);
    const nginx = text("nginx.conf");
    const apache = text("apache.htaccess");
    for (const [name, value] of expected) {
      expect(nginx.toLowerCase(), `nginx ${name}`).toContain(`add_header ${name} "${value}" always;`.toLowerCase());
      expect(apache.toLowerCase(), `apache ${name}`).toContain(`header always set ${name} "${value}"`.toLowerCase());
    }
  });

  it("leave the chart embed pages frameable in every sample, the pinned ones too", () => {
    expect(text("cloudflare/_headers")).toMatch(/\/grafik\/:id\/embed\/\n\s+! Content-Security-Policy/);
    expect(text("cloudflare/_headers")).toMatch(/\/rilis\/:version\/grafik\/:id\/embed\/\n\s+! Content-Security-Policy/);
    expect(text("netlify/_headers")).toMatch(/\/grafik\/:id\/embed\/\n\s+Content-Security-Policy: frame-ancestors \*/);
    expect(text("netlify/_headers")).toMatch(/\/rilis\/:version\/grafik\/:id\/embed\/\n\s+Content-Security-Policy: frame-ancestors \*/);
    expect(text("nginx.conf")).toMatch(
      /location ~ \^\/\(en\/\)\?\(rilis\/\[\^\/\]\+\/\)\?grafik\/\[\^\/\]\+\/embed\/ \{(?![^}]*frame-ancestors)[^}]*\}/,
    );
    expect(text("apache.htaccess")).toMatch(
      /<If "%\{REQUEST_URI\} !~ m#\^\/\(en\/\)\?\(rilis\/\[\^\/\]\+\/\)\?grafik\/\[\^\/\]\+\/embed\/#">\s+Header always set Content-Security-Policy "frame-ancestors 'self'"/,
    );
  });
});
