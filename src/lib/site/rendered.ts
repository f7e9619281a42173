/**
 * How many HTML pages this build rendered; Astro's incremental build copied the
 * others from its cache. Shared across module copies (Astro bundles its own)
 * through a global, for the build's progress line (scripts/lib/progress.ts).
 */
export const rendered: { pages: number } = ((globalThis as Record<symbol, unknown>)[Symbol.for("lentera.rendered")] ??= { pages: 0 }) as {
  pages: number;
};
