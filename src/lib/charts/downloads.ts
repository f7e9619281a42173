import type { Locale, Model } from "../data/types.ts";
import { href } from "../site/paths.ts";
import { renderedChart } from "./chart.ts";
import { toCsv } from "./csv.ts";
import { chartPath, type FileKind } from "./files.ts";
import { renderPng } from "./png.ts";
import { standaloneSvg } from "./standalone.ts";
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

export function chartFile(model: Model, id: string, locale: Locale, kind: FileKind, site: URL | string): ChartFile {
  switch (kind) {
    case "csv":
      return { body: toCsv(dataTable(renderedChart(model, id, locale).state)), type: "text/csv; charset=utf-8" };
    case "svg":
      return { body: standaloneFor(model, id, locale, site), type: "image/svg+xml" };
    case "png":
      return { body: new Uint8Array(renderPng(standaloneFor(model, id, locale, site))), type: "image/png" };
  }
}
