/**
 * Build-time counters for the chart system: how many SVGs and PNGs were made
 * and the time spent making them. With LENTERA_CHART_STATS=1 the build prints
 * them when it ends (used to measure the chart system; see README.md).
 */
export const stats = { svg: 0, svgMs: 0, png: 0, pngBytes: 0, pngFirst: Infinity, pngLast: 0 };

export function record(kind: "svg" | "png", ms: number, bytes = 0): void {
  if (kind === "svg") {
    stats.svg++;
    stats.svgMs += ms;
  } else {
    const now = performance.now();
    stats.png++;
    stats.pngBytes += bytes;
    stats.pngFirst = Math.min(stats.pngFirst, now - ms);
    stats.pngLast = Math.max(stats.pngLast, now);
  }
}

export function timed<T>(kind: "svg", f: () => T): T {
  const t0 = performance.now();
  const out = f();
  record(kind, performance.now() - t0);
  return out;
}

if (process.env.LENTERA_CHART_STATS)
  process.once("exit", () => {
    const r = (n: number) => Math.round(n);
    console.log(
      `charts: ${stats.svg} SVG renders in ${r(stats.svgMs)} ms (${(stats.svgMs / Math.max(1, stats.svg)).toFixed(1)} ms each); ${stats.png} PNGs drawn on worker threads in ${r(stats.pngLast - stats.pngFirst)} ms from the first to the last (${r(stats.pngBytes / Math.max(1, stats.png) / 1024)} KB each)`,
    );
  });
