import { crc32, deflateRawSync } from "node:zlib";

/**
 * A minimal zip writer (PKWARE APPNOTE: local headers, central directory, end
 * record; deflate from node:zlib, no dependency). The same entries give the
 * same bytes: entries sorted by name, every timestamp the given date, no
 * extra fields, no host-specific attributes.
 */
export interface ZipEntry {
  /** `/`-separated path inside the archive. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** MS-DOS date and time of midnight on a YYYY-MM-DD date, as zip headers store them. */
function dosDateTime(date: string): { time: number; day: number } {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return { time: 0, day: ((Math.max(y, 1980) - 1980) << 9) | (m << 5) | d };
}

export function zip(entries: readonly ZipEntry[], date: string): Uint8Array {
  const { time, day } = dosDateTime(date);
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of sorted) {
    const name = Buffer.from(entry.name, "utf8");
    const crc = crc32(entry.bytes);
    const deflated = deflateRawSync(entry.bytes, { level: 9 });
    // Stored when deflate does not help (small or already compressed files).
    const [method, data] = deflated.length < entry.bytes.length ? [8, deflated] : [0, Buffer.from(entry.bytes)];
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(entry.bytes.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, data);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: 2.0, MS-DOS attributes
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(day, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(entry.bytes.length, 24);
    central.writeUInt16LE(name.length, 28);
    // extra length, comment length, disk number, internal and external attributes: all 0
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
