import type { Locale, Model } from "../data/types.ts";
import { formatDate } from "../format.ts";
import { href, pathOf } from "../routing/paths.ts";
import { isPagePath } from "../routing/routes.ts";
import { chartState, charts, hasChart } from "./catalog.ts";
import { renderedChart } from "./chart.ts";
import { citations, type Citations } from "./citation.ts";
import { buildDate } from "./dates.ts";
import { chartPath, chartsIndexPath, embedPath, fileName, filePath, type FileKind } from "./files.ts";
import { WIDTH } from "./layout.ts";
import { chartDataHash, type Pinning } from "./pinned.ts";
import { texts } from "./state/common.ts";
import type { ChartKind } from "./types.ts";
import { liveVersion, revisedBy, type ReleaseRef } from "./versions.ts";

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
  /** `href` is undefined on a pinned page whose indicator is no longer on the site. */
  readonly definitions: readonly {
    readonly name: string;
    readonly unit: string;
    readonly text: string;
    readonly href: string | undefined;
  }[];
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
  /** On a pinned page: which release it shows, the way to the live chart, and the release that later revised its data. */
  readonly notice?: PinnedNotice;
  /** On the live page: the release in which its data last changed and its pinned versions. */
  readonly history?: ChartHistory;
  /** On the live page, when its current data are released: the citations and embed code of that pinned version. */
  readonly fixed?: FixedAddress;
}

export interface Link {
  readonly href: string;
  readonly label: string;
}

export interface PinnedNotice {
  readonly label: string;
  readonly text: string;
  /** The live chart page, or the list of charts when the chart is no longer published. */
  readonly latest: Link;
  readonly gone: string | undefined;
  readonly revised: { readonly text: string; readonly change: Link | undefined } | undefined;
}

export interface ChartHistory {
  readonly title: string;
  readonly status: string;
  readonly listLabel: string;
  /** Newest first. */
  readonly versions: readonly Link[];
}

export interface FixedAddress {
  readonly heading: string;
  readonly help: string;
  readonly url: string;
  readonly citations: Citations;
  readonly snippet: string;
}

/**
 * Where a chart page stands among the releases. `release`: the page is the
 * chart's copy pinned to that release (and `model` is the release's);
 * `current`: the site's current model; `changes`: the address of a release's
 * changes on the releases page.
 */
export interface ChartPin {
  readonly pinning: Pinning;
  readonly current: Model;
  readonly release?: ReleaseRef;
  readonly changes?: (locale: Locale, version: string) => string;
}

const escapeAttr = (s: string): string => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The widest an embedded chart is drawn (charts.css: .embed-body .chart-svg). */
const EMBED_MAX_WIDTH = 640;

/** Room the embed needs at its widest: the SVG (scaled from the design width) plus the title, sentence, source, notes and links around it. */
export function embedHeight(svg: string | undefined, notes: number, sample: boolean): number {
  const [w, h] = (/viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg ?? "")?.slice(1) ?? [WIDTH, 0]).map(Number) as [number, number];
  return Math.round(((h * EMBED_MAX_WIDTH) / w + 300 + notes * 26 + (sample ? 56 : 0)) / 10) * 10;
}

const snippet = (url: string, title: string, height: number): string =>
  `<iframe src="${url}" title="${escapeAttr(title)}" width="100%" height="${height}" loading="lazy" style="border:0;max-width:100%"></iframe>`;

export function chartPageView(model: Model, id: string, locale: Locale, site: URL | string, pin?: ChartPin): ChartPageView {
  const { state, svg } = renderedChart(model, id, locale);
  const { t, f } = texts(locale);
  const version = pin?.release?.version;
  const url = new URL(href(locale, chartPath(id, version)), site).href;
  const embedUrl = new URL(href(locale, embedPath(id, version)), site).href;
  const height = embedHeight(svg, state.notes.length, state.sample);
  const e = state.entry;
  // A pinned page's subject comes from the release; it links only to pages the site still has.
  const live = (path: string): string | undefined => (pin?.release && !isPagePath(pin.current, path) ? undefined : href(locale, path));
  const found = e.slug
    ? { href: pathOf("kecamatan", e.slug), label: `Kecamatan ${model.areaBySlug[e.slug]?.name[locale] ?? e.slug}` }
    : e.indicator
      ? { href: pathOf("indicator", e.indicator), label: model.indicatorById[e.indicator]?.name[locale] ?? e.indicator }
      : e.agency
        ? { href: pathOf("agency", e.agency), label: model.agencyById[e.agency]?.name[locale] ?? e.agency }
        : e.strategy
          ? { href: pathOf("strategy", e.strategy), label: model.strategyById[e.strategy]?.name[locale] ?? e.strategy }
          : undefined;
  const subjectHref = found && live(found.href);
  const subject = found && subjectHref ? { ...found, href: subjectHref } : undefined;
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
      href: live(pathOf("indicator", i.id)),
    })),
    sources: state.sources.map((s) => ({
      publisher: s.publisher,
      title: s.title,
      url: s.url,
      published: s.published ? formatDate(s.published, locale) : undefined,
      accessed: formatDate(s.accessed, locale),
    })),
    citations: pin?.release
      ? citations(model, state, url, pin.release.date, pin.release.version)
      : citations(model, state, url, buildDate(model)),
    snippet: snippet(embedUrl, state.title, height),
    embedHeight: height,
    downloads: (["csv", "svg", "png"] as const).map((kind) => ({
      kind,
      href: href(locale, filePath(id, locale, kind, version)),
      download: fileName(id, locale, kind, version),
      label: t(`chart.download.${kind}`),
    })),
    subject,
    ...(pin?.release ? { notice: pinnedNotice(pin, pin.release, id, locale) } : pin ? liveVersions(model, id, locale, site, pin) : {}),
  };

  function pinnedNotice(pin: ChartPin, release: ReleaseRef, id: string, locale: Locale): PinnedNotice {
    const live = hasChart(pin.current, id);
    const later = revisedBy(pin.pinning.versions.get(id) ?? [], release.version);
    return {
      label: t("chart.pinned.label"),
      text: f("chart.pinned.shows", { version: release.version, date: formatDate(release.date, locale) }),
      latest: live
        ? { href: href(locale, chartPath(id)), label: t("chart.pinned.latest") }
        : { href: href(locale, chartsIndexPath()), label: t("chart.page.all") },
      gone: live ? undefined : t("chart.pinned.gone"),
      revised: later && {
        text: f("chart.pinned.revised", { version: later.version, date: formatDate(later.date, locale) }),
        change: pin.changes && { href: pin.changes(locale, later.version), label: t("chart.pinned.change") },
      },
    };
  }

  function liveVersions(model: Model, id: string, locale: Locale, site: URL | string, pin: ChartPin) {
    const list = pin.pinning.versions.get(id) ?? [];
    const fixed = liveVersion(list, pin.pinning.latest.get(id), chartDataHash(model, id));
    const fixedUrl = fixed && new URL(href(locale, chartPath(id, fixed.version)), site).href;
    const date = fixed && formatDate(fixed.date, locale);
    const history: ChartHistory = {
      title: t("chart.versions.title"),
      status: fixed
        ? f("chart.versions.last", { version: fixed.version, date: date! })
        : t(pin.pinning.releases.length ? "chart.versions.unreleased" : "chart.versions.none"),
      listLabel: t("chart.versions.list"),
      versions: [...list].reverse().map((v) => ({
        href: href(locale, chartPath(id, v.version)),
        label: f("chart.versions.item", { version: v.version, date: formatDate(v.date, locale) }),
      })),
    };
    const pinned = fixed && renderedChart(pin.pinning.model(fixed.version), id, locale);
    const pinnedState = pinned?.state;
    return {
      history,
      fixed:
        fixed && fixedUrl && pinnedState
          ? {
              heading: f("chart.cite.pinned", { version: fixed.version, date: date! }),
              help: t("chart.cite.pinnedHelp"),
              url: fixedUrl,
              citations: citations(pin.pinning.model(fixed.version), pinnedState, fixedUrl, fixed.date, fixed.version),
              snippet: snippet(
                new URL(href(locale, embedPath(id, fixed.version)), site).href,
                pinnedState.title,
                embedHeight(pinned.svg, pinnedState.notes.length, pinnedState.sample),
              ),
            }
          : undefined,
    };
  }
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
