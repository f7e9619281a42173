import type { Locale, Model } from "../data/types.ts";
import { formatDate } from "../format.ts";
import { href, pathOf } from "../routing/paths.ts";
import { chartState, charts } from "./catalog.ts";
import { renderedChart } from "./chart.ts";
import { citations, type Citations } from "./citation.ts";
import { buildDate } from "./dates.ts";
import { chartPath, embedPath, fileName, filePath, type FileKind } from "./files.ts";
import { WIDTH } from "./layout.ts";
import { texts } from "./state/common.ts";
import type { ChartKind } from "./types.ts";

/**
 * What the chart page and the embed page show besides the figure: the
 * indicator definitions, every source in full, the citations, the embed
 * snippet, the downloads and the page of the subject the chart is about.
 */
export interface ChartPageView {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly url: string;
  readonly embedUrl: string;
  readonly definitions: readonly { readonly name: string; readonly unit: string; readonly text: string; readonly href: string }[];
  readonly sources: readonly {
    readonly publisher: string;
    readonly title: string;
    readonly url: string | undefined;
    readonly published: string | undefined;
    readonly accessed: string;
  }[];
  readonly citations: Citations;
  readonly snippet: string;
  readonly embedHeight: number;
  readonly downloads: readonly { readonly kind: FileKind; readonly href: string; readonly download: string; readonly label: string }[];
  readonly subject: { readonly href: string; readonly label: string } | undefined;
}

const escapeAttr = (s: string): string => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The widest an embedded chart is drawn (charts.css: .embed-body .chart-svg). */
const EMBED_MAX_WIDTH = 640;

/** Room the embed needs at its widest: the SVG (scaled from the design width) plus the title, sentence, source, notes and links around it. */
export function embedHeight(svg: string | undefined, notes: number, sample: boolean): number {
  const [w, h] = (/viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg ?? "")?.slice(1) ?? [WIDTH, 0]).map(Number) as [number, number];
  return Math.round(((h * EMBED_MAX_WIDTH) / w + 300 + notes * 26 + (sample ? 56 : 0)) / 10) * 10;
}

export function chartPageView(model: Model, id: string, locale: Locale, site: URL | string): ChartPageView {
  const { state, svg } = renderedChart(model, id, locale);
  const { t } = texts(locale);
  const url = new URL(href(locale, chartPath(id)), site).href;
  const embedUrl = new URL(href(locale, embedPath(id)), site).href;
  const height = embedHeight(svg, state.notes.length, state.sample);
  const e = state.entry;
  const subject = e.slug
    ? { href: href(locale, pathOf("kecamatan", e.slug)), label: `Kecamatan ${model.areaBySlug[e.slug]?.name[locale] ?? e.slug}` }
    : e.indicator
      ? { href: href(locale, pathOf("indicator", e.indicator)), label: model.indicatorById[e.indicator]?.name[locale] ?? e.indicator }
      : e.agency
        ? { href: href(locale, pathOf("agency", e.agency)), label: model.agencyById[e.agency]?.name[locale] ?? e.agency }
        : e.strategy
          ? { href: href(locale, pathOf("strategy", e.strategy)), label: model.strategyById[e.strategy]?.name[locale] ?? e.strategy }
          : undefined;
  return {
    id,
    title: state.title,
    description: state.sentence,
    url,
    embedUrl,
    definitions: state.indicators.map((i) => ({
      name: i.name[locale],
      unit: i.unit.label[locale],
      text: i.definition[locale],
      href: href(locale, pathOf("indicator", i.id)),
    })),
    sources: state.sources.map((s) => ({
      publisher: s.publisher,
      title: s.title,
      url: s.url,
      published: s.published ? formatDate(s.published, locale) : undefined,
      accessed: formatDate(s.accessed, locale),
    })),
    citations: citations(model, state, url, buildDate(model)),
    snippet: `<iframe src="${embedUrl}" title="${escapeAttr(state.title)}" width="100%" height="${height}" loading="lazy" style="border:0;max-width:100%"></iframe>`,
    embedHeight: height,
    downloads: (["csv", "svg", "png"] as const).map((kind) => ({
      kind,
      href: href(locale, filePath(id, locale, kind)),
      download: fileName(id, locale, kind),
      label: t(`chart.download.${kind}`),
    })),
    subject,
  };
}

/** The /grafik/ page: every chart, grouped by kind in catalogue order, with its title. */
export function chartsIndexView(
  model: Model,
  locale: Locale,
): { kind: string; label: string; charts: { href: string; title: string; sample: boolean }[] }[] {
  const { t } = texts(locale);
  const groups = new Map<string, { href: string; title: string; sample: boolean }[]>();
  for (const e of charts(model)) {
    const state = chartState(model, e.id, locale);
    const list = groups.get(e.kind) ?? [];
    list.push({ href: href(locale, chartPath(e.id)), title: state.title, sample: state.sample });
    groups.set(e.kind, list);
  }
  return [...groups].map(([kind, list]) => ({ kind, label: t(`chart.kind.${kind as ChartKind}`), charts: list }));
}

/**
 * A chart title cut at a word to fit a page's <title> (search results show
 * about 60 characters; the layout appends the site's name): the figure keeps
 * the full title.
 */
export function shortTitle(title: string, max: number): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,:;·–-]+$/, "")}…`;
}
