import type { Locale, Model } from "../data/types.ts";
import { chartState } from "./catalog.ts";
import { renderSvg } from "./render.ts";
import { chartKey } from "./state-key.ts";
import { cachedSvg } from "./svg-cache.ts";
import { timed } from "./stats.ts";
import type { ChartState } from "./types.ts";

/**
 * A chart ready for a page: its state and its inline SVG, rendered once per
 * (chart, language) and build, however many pages, embeds and files use it,
 * and taken from the chart cache when an earlier build drew the same state
 * with the same code (svg-cache.ts).
 */
export interface RenderedChart {
  readonly state: ChartState;
  /** The inline SVG, or undefined when the chart has nothing to draw. */
  readonly svg: string | undefined;
  /** Prefix of every id in the figure: the title is `<prefix>-title`, the sentence `<prefix>-desc`. */
  readonly prefix: string;
}

const cache = new WeakMap<Model, Map<string, RenderedChart>>();

export const idPrefix = (id: string): string => `g-${id}`;

export function renderedChart(model: Model, id: string, locale: Locale): RenderedChart {
  let byKey = cache.get(model);
  if (!byKey) cache.set(model, (byKey = new Map()));
  const key = `${id}\u0000${locale}`;
  let chart = byKey.get(key);
  if (!chart) {
    const state = chartState(model, id, locale);
    const prefix = idPrefix(id);
    const spec = state.spec;
    const svg = spec
      ? cachedSvg(
          () => `${id}\u0000${locale}\u0000${chartKey(model, id, locale)}`,
          () =>
            timed("svg", () =>
              renderSvg(spec, {
                prefix,
                role: spec.interactive ? "group" : "img",
                labelledBy: `${prefix}-title`,
                describedBy: `${prefix}-desc`,
              }),
            ),
        )
      : undefined;
    byKey.set(key, (chart = { state, svg, prefix }));
  }
  return chart;
}
