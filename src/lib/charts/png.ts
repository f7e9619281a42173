import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Worker } from "node:worker_threads";
import type { ResvgRenderOptions } from "@resvg/resvg-js";
import { STANDALONE_FONT } from "./standalone.ts";
import { coveredBySubset } from "./font-subset.ts";

/**
 * PNG of a standalone chart SVG, drawn at 1.5 times the design size (768 px
 * wide: enough for a news page or a slide, at about half the time and bytes
 * of a 2x image) by resvg with the Source Sans 3 files that ship in
 * node_modules (@expo-google-fonts/source-sans-3, SIL Open Font License 1.1;
 * see README.md) and no system fonts, so the image is the same on every
 * machine. The build draws them on worker threads (renderPngAsync): they are
 * most of the chart system's build time, and each is independent. The link
 * preview cards (src/lib/og) are drawn the same way at scale 1.
 */
const WEIGHTS = ["400Regular/SourceSans3_400Regular.ttf", "600SemiBold/SourceSans3_600SemiBold.ttf", "700Bold/SourceSans3_700Bold.ttf"];
export const PNG_SCALE = 1.5;

/** Resolved from the project root first: Astro's built server chunks live in a temporary folder. */
function resolver(): NodeJS.Require {
  let error: unknown;
  for (const root of [join(process.cwd(), "package.json"), import.meta.url]) {
    try {
      const require = createRequire(root);
      require.resolve("@resvg/resvg-js");
      return require;
    } catch (e) {
      error = e;
    }
  }
  throw new Error(`@resvg/resvg-js was not found from ${process.cwd()} (run npm ci): ${(error as Error).message}`);
}

/** The version of resvg that draws the images: part of each image's key in the image cache (read once). */
let version: string | undefined;
export const rendererVersion = (): string => {
  if (version === undefined) {
    const main = resolver().resolve("@resvg/resvg-js");
    version = (JSON.parse(readFileSync(join(dirname(main), "package.json"), "utf8")) as { version: string }).version;
  }
  return version;
};

let fontFiles: string[] | undefined;
export function fonts(): string[] {
  if (!fontFiles) {
    const require = resolver();
    try {
      fontFiles = WEIGHTS.map((w) => require.resolve(`@expo-google-fonts/source-sans-3/${w}`));
    } catch (e) {
      throw new Error(
        `The chart font Source Sans 3 was not found (npm ci installs @expo-google-fonts/source-sans-3): ${(e as Error).message}`,
      );
    }
  }
  return fontFiles;
}

/**
 * The font files that draw `svg`: the subsets the build made (LENTERA_CHART_FONTS,
 * set by scripts/lib/build-site.ts; font-subset.ts) when they hold every
 * character of it, else the full files. The pixels are the same; the subsets
 * are read much faster.
 */
let subsets: { env: string; files: string[] } | undefined;
export function fontsFor(svg: string): string[] {
  const env = process.env.LENTERA_CHART_FONTS;
  if (!env || !coveredBySubset(svg)) return fonts();
  if (subsets?.env !== env) subsets = { env, files: JSON.parse(env) as string[] };
  return subsets.files;
}

/** How resvg draws at `scale` with `files`: part of each image's key in the image cache (image-cache.ts, which hashes the fonts' bytes, not their paths). */
export const pngOptions = (scale: number, files: readonly string[] = fonts()): ResvgRenderOptions => ({
  fitTo: { mode: "zoom", value: scale },
  font: { fontFiles: [...files], loadSystemFonts: false, defaultFontFamily: STANDALONE_FONT, sansSerifFamily: STANDALONE_FONT },
  shapeRendering: 2,
  textRendering: 1,
});

/**
 * How the worker writes the drawn pixels as PNG (part of each image's key):
 * 8-bit RGBA, no row filter, deflate level 3 from node:zlib. resvg's own
 * encoder took a third of the time to draw an image and wrote files a fifth
 * larger; level 3 is the fastest level that is also smaller than those.
 */
export const PNG_ENCODING = "rgba8 filter-none deflate-3";

/**
 * The worker: resvg's renderAsync draws on libuv's thread pool and the PNG is
 * encoded on the worker's thread, so neither blocks the build's main thread
 * (encoding alone took a quarter of it). Not `new Resvg()`: a Resvg object
 * holds the parsed drawing and its fonts in Rust memory, which the garbage
 * collector does not see, so they piled up (600 MB more resident memory on the
 * bundled data). resvg's pixels are premultiplied by their alpha; PNG's are
 * not, so a pixel that is not opaque is divided back. Plain CommonJS,
 * evaluated, so no file has to be found at build time.
 */
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const { renderAsync } = require(workerData.resvg);
const zlib = require("node:zlib");
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  data.copy(out, 8);
  out.writeUInt32BE(zlib.crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};
const encode = (image) => {
  const { width, height } = image;
  const px = image.pixels;
  const stride = width * 4;
  const raw = Buffer.allocUnsafe((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0;
    px.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  for (let i = 3; i < px.length; i += 4) {
    const a = px[i];
    if (a === 255 || a === 0) continue;
    const at = Math.floor(i / stride) * (stride + 1) + 1 + (i % stride) - 3;
    for (let c = 0; c < 3; c++) raw[at + c] = Math.min(255, Math.round((px[i - 3 + c] * 255) / a));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 3 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
};
parentPort.on("message", async ({ id, svg, options }) => {
  try {
    const png = new Uint8Array(encode(await renderAsync(svg, options)));
    parentPort.postMessage({ id, png }, [png.buffer]);
  } catch (e) {
    parentPort.postMessage({ id, error: String((e && e.message) || e) });
  }
});`;

interface Pool {
  readonly workers: Worker[];
  readonly waiting: Map<number, { resolve: (png: Uint8Array) => void; reject: (e: Error) => void }>;
  next: number;
  turn: number;
}
let pool: Pool | undefined;

function getPool(): Pool {
  if (!pool) {
    const resvg = resolver().resolve("@resvg/resvg-js");
    const size = Math.max(1, Math.min(4, availableParallelism()));
    const p: Pool = { workers: [], waiting: new Map(), next: 0, turn: 0 };
    for (let i = 0; i < size; i++) {
      const w = new Worker(WORKER, { eval: true, workerData: { resvg } });
      w.on("message", ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
        const job = p.waiting.get(id);
        p.waiting.delete(id);
        if (!p.waiting.size) for (const x of p.workers) x.unref();
        if (error || !png) job?.reject(new Error(`PNG rendering failed: ${error}`));
        else job?.resolve(png);
      });
      w.on("error", (e) => {
        for (const job of p.waiting.values()) job.reject(e);
        p.waiting.clear();
      });
      w.unref();
      p.workers.push(w);
    }
    pool = p;
  }
  return pool;
}

/** Draws off the main thread; the workers keep the process alive only while a PNG is pending. */
export function renderPngAsync(svg: string, scale = PNG_SCALE): Promise<Uint8Array> {
  const p = getPool();
  const id = p.next++;
  const worker = p.workers[p.turn++ % p.workers.length]!;
  return new Promise((resolve, reject) => {
    p.waiting.set(id, { resolve, reject });
    for (const w of p.workers) w.ref();
    worker.postMessage({ id, svg, options: pngOptions(scale, fontsFor(svg)) });
  });
}
