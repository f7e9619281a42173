/**
 * Deterministic pseudo-random numbers for invented sample data and synthetic
 * bench data: the same seed gives the same sequence on every machine, so a
 * generated folder is the same every time it is made.
 */

/** FNV-1a, 32 bit: a text as a seed. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** mulberry32: a small seeded generator of numbers in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator seeded by a text (a code, a key). */
export const random = (seed: string): (() => number) => prng(hash(seed));
