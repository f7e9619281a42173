import { Resvg } from "@resvg/resvg-js";
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { fonts, pngOptions, renderPngAsync } from "../../src/lib/charts/png.ts";

/**
 * The PNG files the build writes (src/lib/charts/png.ts): read back chunk by
 * chunk, they hold exactly the pixels resvg drew, as straight (not
 * premultiplied) RGBA, including half-transparent ones.
 */
interface Chunk {
  type: string;
  data: Buffer;
  crcOk: boolean;
}
function chunks(png: Buffer): Chunk[] {
  const out: Chunk[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    const crc = png.readUInt32BE(at + 8 + length);
    out.push({ type, data, crcOk: crc === crc32(png.subarray(at + 4, at + 8 + length)) });
    at += 12 + length;
  }
  return out;
}
// A CRC written independently of the code under test (the PNG specification's table-driven CRC-32).
const TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="20" height="20" fill="#0b5cad"/><rect x="20" width="20" height="20" fill="#c0392b" fill-opacity="0.5"/><text x="2" y="14" font-family="Source Sans 3" font-size="12" fill="#fff">Ag</text></svg>`;

describe("a PNG drawn by the build", () => {
  it("holds resvg's pixels, demultiplied, in valid chunks", async () => {
    const png = Buffer.from(await renderPngAsync(SVG, 2));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const list = chunks(png);
    expect(list.map((c) => [c.type, c.crcOk])).toEqual([
      ["IHDR", true],
      ["IDAT", true],
      ["IEND", true],
    ]);
    const header = list[0]!.data;
    const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
    expect([width, height, header[8], header[9]]).toEqual([80, 40, 8, 6]);

    // What resvg drew, premultiplied, made straight here the way any PNG reader expects it.
    const drawn = new Resvg(SVG, pngOptions(2, fonts())).render().pixels;
    const raw = inflateSync(list[1]!.data);
    const pixels = Buffer.alloc(width * height * 4);
    for (let y = 0; y < height; y++) {
      expect(raw[y * (width * 4 + 1)]).toBe(0); // filter: none
      raw.copy(pixels, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
    }
    let translucent = 0;
    for (let i = 0; i < drawn.length; i += 4) {
      const a = drawn[i + 3]!;
      expect(pixels[i + 3]).toBe(a);
      if (a === 0 || a === 255) expect([...pixels.subarray(i, i + 3)]).toEqual([...drawn.subarray(i, i + 3)]);
      else {
        translucent++;
        for (let c = 0; c < 3; c++) expect(Math.abs(pixels[i + c]! * a - drawn[i + c]! * 255)).toBeLessThanOrEqual(255);
      }
    }
    expect(translucent).toBeGreaterThan(0);
  });
});
