import type { Action, Agency, Area, Geo, Indicator, Model, Observation, Source, Strategy, Target } from "../../src/lib/data/types.ts";
import { funding, LISTS, period, unit } from "../helpers/lists.ts";

/**
 * A small model built in code for the chart tests: a regency with its
 * province and country, a few kecamatan laid out as squares, and whatever
 * indicators, observations, targets and actions a test adds. Every value is
 * invented; none is a real figure. Units, periods and funding sources are
 * named by id and resolved from the project's catalogue (test/helpers/lists.ts).
 */
export type IndicatorPart = Omit<Partial<Indicator>, "unit"> & { readonly unit?: string };
export interface Parts {
  readonly kecamatan?: readonly { readonly code: string; readonly name: string; readonly desa?: number; readonly kelurahan?: number }[];
  readonly indicators?: readonly IndicatorPart[];
  readonly observations?: readonly (Omit<Partial<Observation>, "period"> &
    Pick<Observation, "area" | "indicator" | "year" | "value"> & { readonly period?: string })[];
  readonly targets?: readonly (Partial<Target> & Pick<Target, "area" | "indicator" | "year" | "value">)[];
  readonly actions?: readonly (Omit<Partial<Action>, "funding"> &
    Pick<Action, "id" | "strategy" | "agency" | "budget"> & { readonly funding?: string })[];
  /** Lay the kecamatan out as squares so maps can be drawn (default true). */
  readonly geo?: boolean;
}

const text = (id: string, en = id) => ({ id, en });

export const SOURCES: readonly Source[] = [
  {
    id: "src_a",
    title: "Angka kemiskinan (contoh)",
    publisher: "Penerbit A",
    url: "https://example.org/a",
    published: "2024-07",
    accessed: "2026-11-28",
  },
  { id: "src_b", title: "Data contoh", publisher: "Lentera", url: undefined, published: undefined, accessed: "2026-11-20" },
];

function area(code: string, level: Area["level"], parent: string | undefined, name: string, en = name, extra: Partial<Area> = {}): Area {
  return {
    code,
    level,
    parent,
    slug: name.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
    name: text(name, en),
    altNames: [],
    bpsCode: undefined,
    capital: undefined,
    desa: undefined,
    kelurahan: undefined,
    sources: ["src_a"],
    note: undefined,
    ...extra,
  };
}

export function indicator(p: IndicatorPart & Pick<Indicator, "id">): Indicator {
  return {
    name: text(`Indikator ${p.id}`, `Indicator ${p.id}`),
    short: text(p.id),
    decimals: 2,
    better: "lower",
    strategy: undefined,
    family: undefined,
    kind: "estimate",
    minimum: 0,
    maximum: undefined,
    definition: text("Definisi contoh dari BPS.", "Sample definition from BPS."),
    source: "src_a",
    ...p,
    unit: unit(p.unit ?? "percent"),
  } as Indicator;
}

/** Squares 0.1° wide along a row, so every kecamatan has a polygon and the regency an outline. */
function squares(codes: readonly { code: string; name: string }[]): Geo {
  const cols = Math.ceil(Math.sqrt(codes.length));
  // Clockwise on a north-up map (east, south, west, north), the winding d3-geo expects of an exterior ring.
  const ring = (x: number, y: number): [number, number][] => [
    [120 + x, -2 - y],
    [120 + x + 0.1, -2 - y],
    [120 + x + 0.1, -2 - y - 0.1],
    [120 + x, -2 - y - 0.1],
    [120 + x, -2 - y],
  ];
  const features = codes.map((k, i) => ({
    type: "Feature" as const,
    properties: { code: k.code, name: k.name },
    geometry: { type: "Polygon" as const, coordinates: [ring((i % cols) * 0.1, Math.floor(i / cols) * 0.1)] },
  }));
  const w = cols * 0.1;
  const h = Math.ceil(codes.length / cols) * 0.1;
  const outline: [number, number][] = [
    [120, -2],
    [120 + w, -2],
    [120 + w, -2 - h],
    [120, -2 - h],
    [120, -2],
  ];
  return {
    kecamatan: { type: "FeatureCollection", features },
    outline: {
      type: "FeatureCollection",
      features: [{ type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [outline] } }],
    },
  };
}

export const STRATEGIES: readonly Strategy[] = [
  {
    id: "beban-pengeluaran",
    order: 1,
    name: text("Mengurangi beban pengeluaran", "Reduce spending"),
    short: text("Beban pengeluaran", "Spending burden"),
    summary: text("-"),
    sources: [],
  },
  {
    id: "pendapatan",
    order: 2,
    name: text("Meningkatkan pendapatan", "Raise income"),
    short: text("Pendapatan", "Income"),
    summary: text("-"),
    sources: [],
  },
];

export const AGENCIES: readonly Agency[] = [
  { id: "dinas-sosial", short: "Dinas Sosial", name: text("Dinas Sosial", "Social Affairs Agency"), sources: [] },
  { id: "dinas-pmd", short: "Dinas PMD", name: text("Dinas PMD", "Village Agency"), sources: [] },
];

export function makeModel(parts: Parts = {}): Model {
  const kecamatan = (
    parts.kecamatan ?? [
      { code: "73.22.01", name: "Malangke", desa: 14, kelurahan: 0 },
      { code: "73.22.02", name: "Bone-Bone", desa: 10, kelurahan: 1 },
      { code: "73.22.03", name: "Masamba", desa: 15, kelurahan: 4 },
    ]
  ).map((k) => area(k.code, "kecamatan", "73.22", k.name, k.name, { desa: k.desa, kelurahan: k.kelurahan }));
  const regency = area("73.22", "regency", "73", "Luwu Utara");
  const comparisons = [area("73", "province", "ID", "Sulawesi Selatan", "South Sulawesi"), area("ID", "country", undefined, "Indonesia")];
  const areas = [...comparisons, regency, ...kecamatan];
  const indicators = (parts.indicators ?? [{ id: "p0" }]).map((p) => indicator(p as IndicatorPart & Pick<Indicator, "id">));
  const observations: Observation[] = (parts.observations ?? []).map(
    (o) => ({ source: "src_a", status: "final", note: undefined, ...o, period: period(o.period ?? "annual") }) as Observation,
  );
  const targets: Target[] = (parts.targets ?? []).map(
    (t) => ({ yearEnd: undefined, valueMax: undefined, document: "RPJMD", source: "src_a", note: undefined, ...t }) as Target,
  );
  const actions: Action[] = (parts.actions ?? []).map(
    (a) =>
      ({
        year: 2026,
        programme: text("Program"),
        activity: text(`Kegiatan ${a.id}`, `Activity ${a.id}`),
        targetGroup: text("Keluarga"),
        locations: [],
        regencyWide: true,
        output: text("Keluaran"),
        outputTarget: 100,
        outputUnit: text("KK", "families"),
        realisedBudget: undefined,
        realisedOutput: undefined,
        status: "planned",
        sample: true,
        source: undefined,
        note: undefined,
        ...a,
        funding: funding(a.funding ?? "apbd"),
      }) as Action,
  );
  const by = <T, K extends keyof T>(xs: readonly T[], k: K) => Object.fromEntries(xs.map((x) => [String(x[k]), x]));
  return {
    settings: {
      regency: "73.22",
      kind: "kabupaten",
      placeName: undefined,
      comparisons: ["73", "ID"],
      planYear: 2026,
      headline: { indicator: "p0", period: "march" },
      outcomes: ["p1"],
      profile: { area: undefined, population: undefined },
      targetDocument: "RPJMD",
      strategyBasis: undefined,
      geo: "kecamatan-boundaries",
      boundaryCredit: undefined,
      publisher: text("TKPK Kabupaten Luwu Utara", "TKPK of Luwu Utara Regency"),
    },
    catalogue: { name: "test", title: "Test", version: "1.0.0" },
    regency,
    comparisons,
    kecamatan,
    areas,
    strategies: STRATEGIES,
    indicators,
    observations,
    targets,
    sources: SOURCES,
    agencies: AGENCIES,
    actions,
    planYear: 2026,
    plans: actions.length ? [{ year: 2026, actions }] : [],
    geo: parts.geo === false ? undefined : squares(kecamatan.map((k) => ({ code: k.code, name: k.name.id }))),
    tables: [],
    areaByCode: by(areas, "code"),
    areaBySlug: by(areas, "slug"),
    indicatorById: by(indicators, "id"),
    strategyById: by(STRATEGIES, "id"),
    sourceById: by(SOURCES, "id"),
    agencyById: by(AGENCIES, "id"),
    units: LISTS.units,
    periods: LISTS.periods,
    funding: LISTS.funding,
  };
}
