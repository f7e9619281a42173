import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { writeCacheFile } from "./cache-file.ts";
import { fontsFor, PNG_ENCODING, PNG_SCALE, pngOptions, renderPngAsync, rendererVersion } from "./png.ts";

/**
 * The image cache: every PNG the build draws with resvg (chart downloads and
 * link-preview cards) is stored under the sha256 of what decides its pixels:
 * the SVG markup, the bytes of the fonts, resvg's options and version, and
 * how the pixels are written as PNG. A
 * later build that asks for the same image copies it instead of drawing it
 * again, whatever else changed (the code, the Astro cache). The folder is
 * LENTERA_IMAGE_CACHE, which scripts/lib/build-site.ts sets under the build
 * cache (.lentera/cache/images); without it every image is drawn.
 */
export interface ImageCacheOptions {
  /** The cache folder; undefined draws every image. */
  readonly dir?: string | undefined;
  /** Draws a PNG (resvg on worker threads by default). */
  readonly render?: (svg: string, scale: number) => Promise<Uint8Array>;
  /** resvg's options at a scale, and the font files they name (their bytes are hashed, not their paths). */
  readonly options?: (scale: number) => unknown;
  readonly fontFiles?: () => readonly string[];
  readonly version?: () => string;
}

/** How many images this process drew and reused, shared across module copies (Astro bundles its own) for the build's progress line. */
export const imageCounts: { drawn: number; reused: number } = ((globalThis as Record<symbol, unknown>)[Symbol.for("lentera.images")] ??= {
  drawn: 0,
  reused: 0,
}) as { drawn: number; reused: number };

const sha256 = (data: string | Uint8Array): string => createHash("sha256").update(data).digest("hex");

const fontDigests = new Map<string, string>();
const fontDigest = (file: string): string => {
  let d = fontDigests.get(file);
  if (d === undefined) fontDigests.set(file, (d = sha256(readFileSync(file))));
  return d;
};

/** The key of an image: the markup, the fonts' bytes, resvg's options (font paths left out) and version. */
export function imageKey(svg: string, scale: number, o: ImageCacheOptions = {}): string {
  const files = o.fontFiles ? o.fontFiles() : fontsFor(svg);
  const options = JSON.stringify((o.options ?? pngOptions)(scale), (k, v: unknown) => (k === "fontFiles" ? undefined : v));
  return sha256(
    [
      `resvg ${(o.version ?? rendererVersion)()}`,
      `png ${PNG_ENCODING}`,
      `fonts ${files.map(fontDigest).join(" ")}`,
      `options ${options}`,
      svg,
    ].join("\n"),
  );
}

/** The images being drawn into a cache folder now, by file: one asked for again meanwhile is not drawn twice. */
const drawing = new Map<string, Promise<Uint8Array>>();

/** How many images are being drawn into a cache folder now. */
export const imagesDrawing = (): number => drawing.size;

/**
 * The PNG of `svg` at `scale`, from the cache when an identical image was drawn
 * before (or is being drawn: drawAhead in downloads.ts starts some early), else
 * drawn and stored.
 */
export async function cachedPng(svg: string, scale = PNG_SCALE, o: ImageCacheOptions = {}): Promise<Uint8Array> {
  const render = o.render ?? renderPngAsync;
  const dir = "dir" in o ? o.dir : process.env.LENTERA_IMAGE_CACHE;
  if (!dir) {
    imageCounts.drawn++;
    return render(svg, scale);
  }
  const key = imageKey(svg, scale, o);
  const file = join(dir, key.slice(0, 2), `${key}.png`);
  const pending = drawing.get(file);
  if (pending) return pending;
  try {
    const png = new Uint8Array(readFileSync(file));
    imageCounts.reused++;
    return png;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  const drawn = render(svg, scale)
    .then((png) => {
      imageCounts.drawn++;
      writeCacheFile(file, png);
      return png;
    })
    .finally(() => drawing.delete(file));
  drawing.set(file, drawn);
  return drawn;
}
