import type { Locale, Model, Source } from "../data/types.ts";
import { formatDate } from "../format.ts";
import { href } from "../routing/paths.ts";
import { renderedChart } from "./chart.ts";
import { CITE_ANCHOR, EMBED_ANCHOR, chartPath, figureAnchor, fileName, filePath, type FileKind } from "./files.ts";
import { formatAccessed, texts } from "./state/common.ts";
import { suffixIds } from "./svg.ts";
import { displayTable, type DisplayTable } from "./table.ts";

/**
 * Everything <Figure> renders, computed here so the component stays markup.
 * `occurrence` counts how often the same chart is already on the page: the
 * second copy gets suffixed ids so every id on the page stays unique.
 */
export interface FigureView {
  readonly id: string;
  readonly anchor: string;
  readonly ids: { readonly title: string; readonly desc: string };
  readonly title: string;
  readonly subtitle: string;
  readonly sentence: string;
  readonly notes: readonly string[];
  readonly sample: boolean;
  readonly empty: string | undefined;
  readonly svg: string | undefined;
  readonly sources: readonly {
    readonly publisher: string;
    readonly title: string;
    readonly url: string | undefined;
    readonly published: string | undefined;
  }[];
  readonly moreSources: number;
  readonly accessed: string | undefined;
  readonly table: DisplayTable;
  readonly downloads: readonly { readonly kind: FileKind; readonly href: string; readonly download: string; readonly label: string }[];
  readonly page: string;
  readonly embed: string;
  readonly cite: string;
}

/**
 * A chart placed on a page: its id and how to draw its figure. Page views
 * carry these, so the <Figure> component draws a chart from its view alone,
 * without the model; `occurrence` is counted by the component.
 */
export interface ChartRef {
  readonly id: string;
  readonly figure: (occurrence: number) => FigureView;
}

/** `version`: the chart's copy pinned to that release (its model is the release's), whose links stay among the pinned files. */
export const chartRef = (model: Model, id: string, locale: Locale, version?: string): ChartRef => ({
  id,
  figure: (occurrence) => figureView(model, id, locale, occurrence, version),
});

/** At most this many sources are named under a figure; the chart page names them all. */
export const FIGURE_SOURCES = 4;

export function figureView(model: Model, id: string, locale: Locale, occurrence = 0, version?: string): FigureView {
  const { state, svg, prefix } = renderedChart(model, id, locale);
  const { t } = texts(locale);
  const suffix = occurrence ? `-${occurrence + 1}` : "";
  const page = href(locale, chartPath(id, version));
  const shown = state.sources.length > FIGURE_SOURCES ? state.sources.slice(0, FIGURE_SOURCES - 1) : state.sources;
  return {
    id,
    anchor: `${figureAnchor(id)}${suffix}`,
    ids: { title: `${prefix}-title${suffix}`, desc: `${prefix}-desc${suffix}` },
    title: state.title,
    subtitle: state.subtitle,
    sentence: state.sentence,
    notes: state.notes,
    sample: state.sample,
    empty: state.empty,
    svg: svg && suffix ? suffixIds(svg, prefix, suffix) : svg,
    sources: shown.map((s: Source) => ({
      publisher: s.publisher,
      title: s.title,
      url: s.url,
      published: s.published ? formatDate(s.published, locale) : undefined,
    })),
    moreSources: state.sources.length - shown.length,
    accessed: formatAccessed(state.sources, locale),
    table: displayTable(state),
    downloads: (["csv", "svg", "png"] as const).map((kind) => ({
      kind,
      href: href(locale, filePath(id, locale, kind, version)),
      download: fileName(id, locale, kind, version),
      label: t(`chart.download.${kind}`),
    })),
    page,
    embed: `${page}#${EMBED_ANCHOR}`,
    cite: `${page}#${CITE_ANCHOR}`,
  };
}

/**
 * How many times each chart has been placed on the page being rendered. Keyed
 * by the page's Request object, which Astro creates once per page.
 */
const placed = new WeakMap<object, Map<string, number>>();
export function nextOccurrence(page: object, id: string): number {
  let counts = placed.get(page);
  if (!counts) placed.set(page, (counts = new Map()));
  const n = counts.get(id) ?? 0;
  counts.set(id, n + 1);
  return n;
}
