import { msg, saveAsUtf8 } from "./messages.ts";
import { error, type Problem } from "./problems.ts";

/**
 * Turns a file's bytes into text. Files must be UTF-8, with or without the byte
 * order mark Excel writes; anything else is refused with the line of the first
 * character that cannot be read, because guessing an encoding silently corrupts
 * names such as "Bone-Bone" typed with a non-breaking hyphen.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string } | { problem: Problem } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: error({ file, line: 1 }, msg("file.utf16", { saveAsUtf8 })) };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body) };
  } catch {
    const offset = firstInvalidUtf8(body);
    let line = 1;
    for (let i = 0; i < offset; i++) if (body[i] === 0x0a) line++;
    return { problem: error({ file, line }, msg("file.notUtf8", { saveAsUtf8 })) };
  }
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const need = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= b.length || (b[i + k]! & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return b.length;
}
