import { crc32, inflateRawSync } from "node:zlib";

/**
 * Reads a zip archive the way an unzip tool does, from its central directory,
 * for the tests of the release downloads: every entry's name, date and bytes,
 * each checked against its CRC-32. Throws on anything malformed.
 */
export interface UnzippedEntry {
  name: string;
  /** YYYY-MM-DD from the entry's MS-DOS date. */
  date: string;
  bytes: Buffer;
}

export function unzip(archive: Uint8Array): UnzippedEntry[] {
  const buf = Buffer.from(archive);
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error("no end of central directory record");
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const entries: UnzippedEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`central directory entry ${i}: bad signature`);
    const method = buf.readUInt16LE(at + 10);
    const day = buf.readUInt16LE(at + 14);
    const crc = buf.readUInt32LE(at + 16);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const skip = buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString("utf8", at + 46, at + 46 + nameLength);
    if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error(`${name}: bad local header`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    const bytes = method === 8 ? inflateRawSync(data) : method === 0 ? Buffer.from(data) : undefined;
    if (!bytes) throw new Error(`${name}: unknown method ${method}`);
    if (crc32(bytes) !== crc) throw new Error(`${name}: CRC mismatch`);
    const date = `${(day >> 9) + 1980}-${String((day >> 5) & 15).padStart(2, "0")}-${String(day & 31).padStart(2, "0")}`;
    entries.push({ name, date, bytes });
    at += 46 + nameLength + skip;
  }
  return entries;
}
