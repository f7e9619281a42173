import type { Indicator, Model } from "../data/types.ts";
import { formatDate, formatList } from "../format.ts";
import { texts } from "./state/common.ts";
import type { ChartState } from "./types.ts";

/**
 * Ready citations of a chart: Indonesian style (institution, year, title,
 * URL, date accessed, the primary data producer and the sources quoted), APA
 * and BibTeX. The year and the date accessed are the build date.
 */
export interface Citations {
  readonly indonesian: string;
  readonly apa: string;
  readonly bibtex: string;
  readonly producers: readonly string[];
}

type Producer = "bps" | "kemenkes" | "bkkbn" | "big" | "registry" | "plan" | "sample";

/**
 * Who made the figures in the first place. The sources are mostly news
 * reports quoting an agency; the indicator's definition names the agency (BPS,
 * the Ministry of Health, BKKBN), and BPS makes the survey estimates whose
 * definitions do not say so.
 */
export function producerOf(indicator: Indicator): Producer {
  const d = indicator.definition.en;
  if (/Ministry of Health|e-PPGBM|Riskesdas|SSGI/.test(d)) return "kemenkes";
  if (/BKKBN/.test(d)) return "bkkbn";
  if (/\bBPS\b|Susenas|Sakernas|census/i.test(d)) return "bps";
  if (/Geospatial|\bBIG\b/.test(d)) return "big";
  return indicator.kind === "estimate" || indicator.kind === "census" ? "bps" : indicator.kind === "geographic" ? "big" : "registry";
}

export function producers(state: ChartState): Producer[] {
  if (!state.indicators.length) return [state.sample ? "sample" : "plan"];
  if (state.table.rows.length && state.table.rows.every((r) => r.sample)) return ["sample"];
  return [...new Set(state.indicators.map(producerOf))];
}

const MAX_QUOTED = 3;

/**
 * `release`: the citation of the chart's copy pinned to that release (`url`
 * is then its pinned address and `date` the release's date): the release is
 * named in each style, so a reader finds the very numbers that were cited.
 */
export function citations(model: Model, state: ChartState, url: string, date: string, release?: string): Citations {
  const { locale } = state;
  const { t, f } = texts(locale);
  const institution = model.settings.publisher[locale];
  const year = date.slice(0, 4);
  const accessed = formatDate(date, locale);
  const who = producers(state).map((p) => t(`chart.producer.${p}`));
  const publishers = [...new Set(state.sources.map((s) => s.publisher))];
  const quoted =
    publishers.length > MAX_QUOTED
      ? formatList([...publishers.slice(0, MAX_QUOTED), f("chart.sources.others", { n: publishers.length - MAX_QUOTED })], locale)
      : formatList(publishers, locale);
  const data = `${f("chart.cite.data", { producer: formatList(who, locale) })}${quoted ? `, ${f("chart.cite.via", { sources: quoted })}` : ""}.`;
  const kind = `${locale === "id" ? "grafik" : "chart"}${release === undefined ? "" : `, ${f("chart.cite.release", { version: release })}`}`;
  const title = release === undefined ? state.title : `${state.title} (${f("chart.cite.version", { version: release })})`;

  const indonesian = `${institution}. ${year}. “${state.title}” [${kind}]. Lentera. ${url} (${f("chart.cite.accessed", { date: accessed })}). ${data}`;
  const apa =
    locale === "id"
      ? `${institution}. (${year}). ${title} [Grafik]. Lentera. Diakses ${accessed}, dari ${url}`
      : `${institution}. (${year}). ${title} [Chart]. Lentera. Retrieved ${accessed}, from ${url}`;
  const bibtex = [
    `@misc{lentera-${state.entry.id}-${release ?? year},`,
    `  author = {{${bib(institution)}}},`,
    `  title = {{${bib(state.title)}}},`,
    `  year = {${year}},`,
    ...(release === undefined ? [] : [`  version = {${bib(release)}},`]),
    `  howpublished = {\\url{${url}}},`,
    `  urldate = {${date}},`,
    `  note = {Lentera. ${bib(data)}},`,
    `}`,
  ].join("\n");
  return { indonesian, apa, bibtex, producers: who };
}

const bib = (s: string): string => s.replace(/([{}&%$#_])/g, "\\$1");
