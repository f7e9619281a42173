import type { Area, Locale, Model } from "../../data/types.ts";
import { formatList, formatNumber, formatValue } from "../../format.ts";
import { href, pathOf } from "../../routing/paths.ts";
import { classify } from "../classes.ts";
import { mapGeometry, placeLabels, type MapGeometry } from "../geo.ts";
import { SMALL, WIDTH, textWidth } from "../layout.ts";
import { chartId } from "../ids.ts";
import { indexOf } from "../../model-index.ts";
import { color } from "../palette.ts";
import { kecamatanComparison, rankRule } from "../../compare/index.ts";
import { choroplethSpec, type MapArea } from "../specs/choropleth.ts";
import type { ChartEntry, ChartState, LegendItem, Row } from "../types.ts";
import { emptyState, planSource, sourcesOf, texts } from "./common.ts";
import { rankingColumns, rankingRows, rankingSentence } from "./ranking.ts";
import { placeWords } from "../../place.ts";

/**
 * States of the maps: an indicator by kecamatan (choropleth), the number of
 * plan activities located in each kecamatan, and the locator of one
 * kecamatan. Every area links to its kecamatan page. Names are drawn while
 * there are few enough kecamatan to read them (the table always has them).
 */
const LABEL_LIMIT = 40;
/** Above this many kecamatan a locator draws only the regency outline and its kecamatan, so its cost does not grow with the regency. */
const LOCATOR_LIMIT = 60;

export const mapEntries = (model: Model): ChartEntry[] =>
  model.indicators.map((i) => ({ id: chartId.map(i.id), kind: "map" as const, indicator: i.id }));
export const actionsMapEntries = (model: Model): ChartEntry[] => [
  { id: chartId.actionsMap(), kind: "actions-map" },
  ...model.strategies.map((s) => ({ id: chartId.actionsMap(s.id), kind: "actions-map" as const, strategy: s.id })),
];
export const locatorEntries = (model: Model): ChartEntry[] =>
  model.kecamatan.map((k) => ({ id: chartId.locator(k.slug), kind: "locator" as const, slug: k.slug }));

/** Sources of the boundaries: by convention the sources whose id starts with `geo_` (data/README.md). */
const geoSources = (model: Model): string[] => model.sources.filter((s) => s.id.startsWith("geo_")).map((s) => s.id);

/** The map leaves a column on the right for the names that do not fit inside their areas. */
function geometry(model: Model): MapGeometry | undefined {
  if (!model.geo) return undefined;
  const column =
    model.kecamatan.length > LABEL_LIMIT
      ? 0
      : Math.ceil(Math.max(...model.kecamatan.map((k) => Math.max(textWidth(k.name.id, SMALL), textWidth(k.name.en, SMALL))))) + 20;
  return mapGeometry(model.geo, WIDTH - column);
}

function labelsFor(model: Model, map: MapGeometry, locale: Locale, only?: string) {
  if (!only && model.kecamatan.length > LABEL_LIMIT) return [];
  const names = new Map(model.kecamatan.filter((k) => !only || k.code === only).map((k) => [k.code, k.name[locale]]));
  return placeLabels(map, names, map.width + 10);
}

const link = (locale: Locale, k: Area | undefined): string | undefined => (k ? href(locale, pathOf("kecamatan", k.slug)) : undefined);

export function mapState(model: Model, entry: ChartEntry, locale: Locale): ChartState {
  const ind = model.indicatorById[entry.indicator!]!;
  const { t, f } = texts(locale);
  const snap = kecamatanComparison(model, ind.id);
  const map = geometry(model);
  if (!snap || !map) return emptyState(entry, locale, f("chart.map.title", { indicator: ind.name[locale], year: snap?.year ?? "" }));
  const unit = ind.unit.label[locale];
  const values = [...snap.values.values()].map((o) => o.value);
  const classes = classify(values, locale, { decimals: ind.decimals, integer: ind.decimals === 0 });
  const areas: MapArea[] = map.shapes.map((s) => {
    const k = model.areaByCode[s.code];
    const o = snap.values.get(s.code);
    return {
      code: s.code,
      geometry: s.geometry,
      fill: o ? classes.colors[classes.classOf(o.value)]! : color("nodata"),
      label: `${k?.name[locale] ?? s.code}: ${o ? formatValue(o.value, ind, locale) : t("chart.legend.noData")}`,
      href: link(locale, k),
    };
  });
  const legend: LegendItem[] = classes.labels.map((label, i) => ({ label, swatch: "rect", color: classes.colors[i]! }));
  if (snap.missing.length) legend.push({ label: t("chart.legend.noData"), swatch: "rect", color: color("nodata") });
  const rows = rankingRows(snap, locale);
  const notes = [t("chart.note.boundaries"), f("chart.note.rank", { rule: rankRule(ind.better, locale) })];
  if (snap.missing.length)
    notes.push(
      f("chart.note.missing", {
        list: formatList(
          snap.missing.map((k) => k.name[locale]),
          locale,
        ),
      }),
    );
  return {
    entry,
    locale,
    title: f("chart.map.title", { indicator: ind.name[locale], year: snap.year }),
    subtitle: f("chart.map.subtitle", { unit }),
    sentence: rankingSentence(model, snap, locale),
    notes,
    sources: sourcesOf(model, [...snap.values.values().map((o) => o.source), ...geoSources(model)]),
    sample: rows.some((r) => r.sample),
    table: { columns: rankingColumns(locale, unit, ind.decimals), rows },
    indicators: [ind],
    spec: choroplethSpec({ map, areas, labels: labelsFor(model, map, locale), legend }),
  };
}

export function actionsMapState(model: Model, entry: ChartEntry, locale: Locale): ChartState {
  const { t, f } = texts(locale);
  const strategy = entry.strategy ? model.strategyById[entry.strategy] : undefined;
  const year = model.planYear;
  const title = strategy
    ? f("chart.actionsMap.titleStrategy", { strategy: strategy.short[locale], year })
    : f("chart.actionsMap.title", { year });
  const actions = strategy ? (indexOf(model).actionsByStrategy.get(strategy.id) ?? []) : model.actions;
  const map = geometry(model);
  if (!actions.length || !map) return emptyState(entry, locale, title);
  const counts = new Map<string, number>(model.kecamatan.map((k) => [k.code, 0]));
  for (const a of actions) for (const code of a.locations) if (counts.has(code)) counts.set(code, counts.get(code)! + 1);
  const wide = actions.filter((a) => a.regencyWide).length;
  const classes = classify([...counts.values()], locale, { integer: true });
  const kecamatan = new Map(model.kecamatan.map((k) => [k.code, k]));
  const unitWord = t("chart.col.actions");
  const areas: MapArea[] = map.shapes.map((s) => ({
    code: s.code,
    geometry: s.geometry,
    fill: classes.colors[classes.classOf(counts.get(s.code) ?? 0)]!,
    label: `${kecamatan.get(s.code)?.name[locale] ?? s.code}: ${formatNumber(counts.get(s.code) ?? 0, locale)} ${unitWord.toLowerCase()}`,
    href: link(locale, kecamatan.get(s.code)),
  }));
  const sample = actions.some((a) => a.sample);
  const place = placeWords(model, locale);
  const rows: Row[] = [
    ...model.kecamatan.map((k) => ({ cells: { kecamatan: k.name[locale], code: k.code, count: counts.get(k.code) ?? 0 }, sample })),
    { cells: { kecamatan: f("action.regencyWide", place), code: model.regency.code, count: wide }, sample },
  ];
  const max = Math.max(...counts.values());
  const top = model.kecamatan.filter((k) => counts.get(k.code) === max && max > 0);
  const sentence = top.length
    ? [
        f("chart.actionsMap.sentence", {
          top: formatList(
            top.map((k) => k.name[locale]),
            locale,
          ),
          count: formatNumber(max, locale),
        }),
        ...(wide ? [f("chart.actionsMap.sentence.wide", { n: formatNumber(wide, locale), ...place })] : []),
      ].join(" ")
    : f("chart.actionsMap.none", { n: formatNumber(wide, locale), ...place });
  return {
    entry,
    locale,
    title,
    subtitle: t("chart.actionsMap.subtitle"),
    sentence,
    notes: [t("chart.note.boundaries")],
    sources: [planSource(model, locale, sample), ...sourcesOf(model, [...actions.map((a) => a.source), ...geoSources(model)])],
    sample,
    table: {
      columns: [
        { key: "kecamatan", label: t("chart.col.kecamatan"), type: "text" },
        { key: "code", label: t("chart.col.code"), type: "text", csvOnly: true },
        { key: "count", label: unitWord, type: "number", decimals: 0 },
      ],
      rows,
    },
    indicators: [],
    spec: choroplethSpec({
      map,
      areas,
      labels: labelsFor(model, map, locale),
      legend: classes.labels.map((label, i) => ({ label, swatch: "rect", color: classes.colors[i]! })),
    }),
  };
}

export function locatorState(model: Model, entry: ChartEntry, locale: Locale): ChartState {
  const { t, f } = texts(locale);
  const k = model.areaBySlug[entry.slug!]!;
  const title = f("chart.locator.title", { name: k.name[locale] });
  const map = geometry(model);
  if (!map || !map.byCode.has(k.code)) return emptyState(entry, locale, title);
  const few = model.kecamatan.length <= LOCATOR_LIMIT;
  const kecamatan = new Map(model.kecamatan.map((x) => [x.code, x]));
  const shapes = few ? map.shapes : [map.byCode.get(k.code)!];
  const areas: MapArea[] = shapes.map((s) => ({
    code: s.code,
    geometry: s.geometry,
    fill: s.code === k.code ? color("main") : color("area"),
    label: kecamatan.get(s.code)?.name[locale] ?? s.code,
    href: s.code === k.code ? undefined : link(locale, kecamatan.get(s.code)),
  }));
  const sentence = [
    f("chart.locator.sentence", { name: k.name[locale], n: formatNumber(model.kecamatan.length, locale), ...placeWords(model, locale) }),
  ];
  if (k.desa !== undefined && k.kelurahan !== undefined)
    sentence.push(f("chart.locator.sentence.desa", { desa: formatNumber(k.desa, locale), kelurahan: formatNumber(k.kelurahan, locale) }));
  return {
    entry,
    locale,
    title,
    subtitle: f("chart.locator.subtitle", placeWords(model, locale)),
    sentence: sentence.join(" "),
    notes: [t("chart.note.boundaries")],
    // The names, codes and desa counts come from the code list (the area's first source); the shapes from the boundaries.
    sources: sourcesOf(model, [...k.sources.slice(0, 1), ...geoSources(model)]),
    sample: false,
    table: {
      columns: [
        { key: "kecamatan", label: t("chart.col.kecamatan"), type: "text" },
        { key: "code", label: t("chart.col.code"), type: "text" },
        { key: "bps", label: t("chart.col.bpsCode"), type: "text" },
        { key: "desa", label: t("chart.col.desa"), type: "number", decimals: 0 },
        { key: "kelurahan", label: t("chart.col.kelurahan"), type: "number", decimals: 0 },
      ],
      rows: [{ cells: { kecamatan: k.name[locale], code: k.code, bps: k.bpsCode, desa: k.desa, kelurahan: k.kelurahan }, sample: false }],
    },
    indicators: [],
    spec: choroplethSpec({ map, areas, labels: labelsFor(model, map, locale, k.code), highlight: k.code, outlineOnly: !few }),
  };
}
