import type { Locale, Model } from "../data/types.ts";
import { href } from "../routing/paths.ts";
import { renderedChart } from "./chart.ts";
import { toCsv } from "./csv.ts";
import { chartPath, type FileKind } from "./files.ts";
import { charts } from "./catalog.ts";
import { cachedPng } from "./image-cache.ts";
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

export function standaloneFor(model: Model, id: string, locale: Locale, site: URL | string): string {
  let byKey = standalone.get(model);
  if (!byKey) standalone.set(model, (byKey = new Map()));
  const key = `${id}\u0000${locale}`;
  let svg = byKey.get(key);
  if (svg === undefined) {
    const { state, svg: inline } = renderedChart(model, id, locale);
    if (!inline) throw new Error(`Chart "${id}" has nothing to draw; it should not have files.`);
    svg = standaloneSvg(state, inline, new URL(href(locale, chartPath(id)), site).href);
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
 * The PNG of a chart. The build asks for the PNGs in catalogue order (a few
 * at a time: Astro renders four pages at once); the next few are started on
 * the worker threads at the same time, so
 * they are drawn in parallel while the build waits for one. Each promise is
 * forgotten once taken.
 */
function chartPng(model: Model, id: string, locale: Locale, site: URL | string): Promise<Uint8Array> {
  let q = queues.get(model);
  if (!q) queues.set(model, (q = { pending: new Map(), taken: new Set(), order: new Map(charts(model).map((e, i) => [e.id, i])) }));
  const list = charts(model);
  const at = q.order.get(id) ?? -1;
  const start = (e: string): void => {
    const key = `${e}\u0000${locale}`;
    if (q.pending.has(key) || q.taken.has(key)) return;
    const t0 = performance.now();
    q.pending.set(
      key,
      cachedPng(standaloneFor(model, e, locale, site)).then((png) => {
        record("png", performance.now() - t0, png.length);
        return png;
      }),
    );
    // A PNG started ahead may never be asked for (its route was reused from the build cache): its failure must not end the build unseen.
    q.pending.get(key)!.catch(() => undefined);
  };
  start(id);
  for (const e of list.slice(at + 1, at + 1 + AHEAD)) start(e.id);
  const key = `${id}\u0000${locale}`;
  const promise = q.pending.get(key)!;
  q.pending.delete(key);
  q.taken.add(key);
  return promise;
}

export async function chartFile(model: Model, id: string, locale: Locale, kind: FileKind, site: URL | string): Promise<ChartFile> {
  switch (kind) {
    case "csv":
      return { body: toCsv(dataTable(renderedChart(model, id, locale).state)), type: "text/csv; charset=utf-8" };
    case "svg":
      return { body: standaloneFor(model, id, locale, site), type: "image/svg+xml" };
    case "png":
      return { body: new Uint8Array(await chartPng(model, id, locale, site)), type: "image/png" };
  }
}
