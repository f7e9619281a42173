import type { Locale, Model } from "../data/types.ts";
import { href } from "../routing/paths.ts";
import { renderedChart } from "./chart.ts";
import { toCsv } from "./csv.ts";
import { chartPath, type FileKind } from "./files.ts";
import { charts, chartState } from "./catalog.ts";
import { cachedPng, imagesDrawing } from "./image-cache.ts";
import { standaloneSvg } from "./standalone.ts";
import { record } from "./stats.ts";
import { dataTable } from "./table.ts";

/**
 * The downloadable files of a chart, built by the static endpoints in
 * src/pages/[...locale]/grafik/[id]/. The standalone SVG is made once and
 * serves both the SVG file and the PNG.
 */
export interface ChartFile {
  readonly body: string | Uint8Array<ArrayBuffer>;
  readonly type: string;
}

const standalone = new WeakMap<Model, Map<string, string>>();

/**
 * A chart pinned to a release: the release's version, and the charts pinned
 * in it in build order (the PNGs started ahead are those, not every chart of
 * the release's model).
 */
export interface Pin {
  readonly version: string;
  readonly order: readonly string[];
}

export function standaloneFor(model: Model, id: string, locale: Locale, site: URL | string, version?: string): string {
  let byKey = standalone.get(model);
  if (!byKey) standalone.set(model, (byKey = new Map()));
  const key = `${id}\u0000${locale}\u0000${version ?? ""}`;
  let svg = byKey.get(key);
  if (svg === undefined) {
    const { state, svg: inline } = renderedChart(model, id, locale);
    if (!inline) throw new Error(`Chart "${id}" has nothing to draw; it should not have files.`);
    svg = standaloneSvg(state, inline, new URL(href(locale, chartPath(id, version)), site).href);
    byKey.set(key, svg);
  }
  return svg;
}

interface PngQueue {
  readonly pending: Map<string, Promise<Uint8Array>>;
  readonly taken: Set<string>;
  readonly order: ReadonlyMap<string, number>;
}
const queues = new WeakMap<Model, PngQueue>();
/** How many charts ahead the PNGs are started (on the worker threads) while the build writes the current one. */
const AHEAD = 8;

/**
 * The charts whose embed page this build rendered, by model, with their language: Astro writes the
 * download files after every embed page, so these are the charts whose PNG routes are still to come.
 * A chart whose pages were reused from the last build has its PNG reused too, and is not worth drawing.
 */
const embedded = new WeakMap<Model, Set<string>>();

/**
 * The PNG of a chart. The build asks for the PNGs in catalogue order (a few
 * at a time: Astro renders four pages at once); the next few of those whose
 * embed page was rendered (all of them in a cold build, the changed ones in a
 * warm one) are started on the worker threads at the same time, so
 * they are drawn in parallel while the build waits for one. Each promise is
 * forgotten once taken.
 */
function chartPng(model: Model, id: string, locale: Locale, site: URL | string, pin?: Pin): Promise<Uint8Array> {
  const list = pin?.order ?? charts(model).map((e) => e.id);
  let q = queues.get(model);
  if (!q) queues.set(model, (q = { pending: new Map(), taken: new Set(), order: new Map(list.map((e, i) => [e, i])) }));
  const at = q.order.get(id) ?? -1;
  const start = (e: string): void => {
    const key = `${e}\u0000${locale}`;
    if (q.pending.has(key) || q.taken.has(key)) return;
    const t0 = performance.now();
    q.pending.set(
      key,
      cachedPng(standaloneFor(model, e, locale, site, pin?.version)).then((png) => {
        record("png", performance.now() - t0, png.length);
        return png;
      }),
    );
    // A PNG started ahead may never be asked for (its route was reused from the build cache): its failure must not end the build unseen.
    q.pending.get(key)!.catch(() => undefined);
  };
  start(id);
  const coming = embedded.get(model);
  const ahead = coming ? list.slice(at + 1).filter((e) => coming.has(`${e}\u0000${locale}`)) : [];
  for (const e of ahead.slice(0, AHEAD)) start(e);
  const key = `${id}\u0000${locale}`;
  const promise = q.pending.get(key)!;
  q.pending.delete(key);
  q.taken.add(key);
  return promise;
}

/** How many PNGs drawAhead lets be drawn at once: enough to keep the worker threads busy, few enough to hold little memory. */
const DRAWN_AHEAD = 4;

/**
 * Starts drawing a chart's PNG into the image cache (image-cache.ts) while
 * its embed page is being rendered, when the worker threads have room: Astro
 * writes the download files only after every embed page, and the pages keep
 * one core busy while the other would wait for them. The PNG's route then
 * finds the image drawn, or being drawn, instead of drawing it. Nothing is
 * kept in memory; without an image cache (LENTERA_IMAGE_CACHE) nothing is
 * started. A failure here is left to the PNG's own route to report.
 */
export function drawAhead(model: Model, id: string, locale: Locale, site: URL | string, version?: string): void {
  let coming = embedded.get(model);
  if (!coming) embedded.set(model, (coming = new Set()));
  coming.add(`${id}\u0000${locale}`);
  if (!process.env.LENTERA_IMAGE_CACHE || imagesDrawing() >= DRAWN_AHEAD || !renderedChart(model, id, locale).svg) return;
  cachedPng(standaloneFor(model, id, locale, site, version)).catch(() => undefined);
}

/** `pin`: the file of the chart's copy pinned to a release, from that release's model. */
export async function chartFile(
  model: Model,
  id: string,
  locale: Locale,
  kind: FileKind,
  site: URL | string,
  pin?: Pin,
): Promise<ChartFile> {
  switch (kind) {
    case "csv":
      return { body: chartCsv(model, id, locale), type: "text/csv; charset=utf-8" };
    case "svg":
      return { body: standaloneFor(model, id, locale, site, pin?.version), type: "image/svg+xml" };
    case "png":
      return { body: new Uint8Array(await chartPng(model, id, locale, site, pin)), type: "image/png" };
  }
}

/** The CSV download of a chart: its table's rows. Pinning hashes exactly this to tell whether a chart's data changed. */
export const chartCsv = (model: Model, id: string, locale: Locale): string => toCsv(dataTable(chartState(model, id, locale)));
