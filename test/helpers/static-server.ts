import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { headersFor, type HeaderMode, type HeaderRule } from "./headers-file.ts";

/**
 * A small static host for the built site, on loopback, that behaves like the
 * hosts the site is uploaded to: only files under `base` exist, a folder is
 * served as its index.html, a folder asked for without its trailing slash is
 * redirected, a missing file is a 404 (with the site's 404.html when there is
 * one), text is gzipped when the browser accepts it, and every file gets its
 * real content type. Optionally it applies a `_headers` file (deploy/), so the
 * tests exercise the header sample the way Netlify or Cloudflare Pages would.
 */
export interface ServeOptions {
  /** The path the site is served under, e.g. "/sub/path/"; "/" by default. */
  base?: string;
  /** Rules of a `_headers` file to apply, and how the host merges them. */
  headers?: { rules: HeaderRule[]; mode: HeaderMode };
  /** Answer every request with this HTML instead of files (a host page of another origin). */
  html?: string;
}

export interface Served {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** origin + base */
  url: string;
  /** Every path asked for, in order (for tests that check what was requested). */
  requested: string[];
  close(): Promise<void>;
}

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".topojson": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".wasm": "application/wasm",
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json|javascript)|image\/svg\+xml)/;

export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
}

export async function serveStatic(root: string, options: ServeOptions = {}): Promise<Served> {
  const base = normaliseBase(options.base ?? "/");
  const requested: string[] = [];
  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch (e) {
      res.writeHead(500, { "content-type": "text/plain" }).end(String(e));
    }
  });

  function send(req: IncomingMessage, res: ServerResponse, status: number, type: string, body: Buffer, path: string): void {
    const head: Record<string, string> = { "content-type": type, "x-content-type-options": "nosniff" };
    if (options.headers) Object.assign(head, headersFor(options.headers.rules, path, options.headers.mode));
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    if (gzip) {
      body = gzipSync(body, { level: 6 });
      head["content-encoding"] = "gzip";
      head["vary"] = "Accept-Encoding";
    }
    head["content-length"] = String(body.length);
    res.writeHead(status, head);
    res.end(req.method === "HEAD" ? undefined : body);
  }

  function notFound(req: IncomingMessage, res: ServerResponse, path: string): void {
    const page = join(root, "404.html");
    if (path.startsWith(base) && existsSync(page)) send(req, res, 404, CONTENT_TYPES[".html"]!, readFileSync(page), path);
    else send(req, res, 404, "text/plain; charset=utf-8", Buffer.from("not found"), path);
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? "/", "http://localhost");
    requested.push(url.pathname + url.search);
    if (options.html !== undefined) return send(req, res, 200, CONTENT_TYPES[".html"]!, Buffer.from(options.html), url.pathname);
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return notFound(req, res, url.pathname);
    }
    if (!path.startsWith(base) && `${path}/` !== base) return notFound(req, res, path);
    if (`${path}/` === base) {
      res.writeHead(301, { location: base }).end();
      return;
    }
    const relative = normalize(path.slice(base.length));
    if (relative.startsWith("..") || relative.includes(`${sep}..${sep}`)) return notFound(req, res, path);
    let file = join(root, relative);
    if (!existsSync(file)) return notFound(req, res, path);
    if (statSync(file).isDirectory()) {
      if (!path.endsWith("/")) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = join(file, "index.html");
      if (!existsSync(file)) return notFound(req, res, path);
    }
    const type = contentType(file);
    if (!COMPRESSIBLE.test(type)) {
      // Binary files are streamed as they are (Pagefind's index is already compressed).
      const head: Record<string, string> = {
        "content-type": type,
        "content-length": String(statSync(file).size),
        "x-content-type-options": "nosniff",
      };
      if (options.headers) Object.assign(head, headersFor(options.headers.rules, path, options.headers.mode));
      res.writeHead(200, head);
      if (req.method === "HEAD") res.end();
      else createReadStream(file).pipe(res);
      return;
    }
    send(req, res, 200, type, readFileSync(file), path);
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: origin + base,
    requested,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function normaliseBase(base: string): string {
  let b = base.startsWith("/") ? base : `/${base}`;
  if (!b.endsWith("/")) b += "/";
  return b;
}
