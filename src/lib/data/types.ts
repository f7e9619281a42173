import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import type { Cell } from "./cast.ts";
import type { Settings } from "./catalogue.ts";

/**
 * The typed, frozen model of the regency that every page and chart reads.
 * Texts that come from the data carry both languages.
 */

export type Locale = "id" | "en";
export const LOCALES: readonly Locale[] = ["id", "en"];

/** A text in both languages. */
export interface Text {
  readonly id: string;
  readonly en: string;
}

export type Level = "country" | "province" | "regency" | "kecamatan";

export interface Area {
  readonly code: string;
  readonly level: Level;
  readonly parent: string | undefined;
  /** Made from the name: lower case, hyphens (`bone-bone`, `malangke-barat`). */
  readonly slug: string;
  readonly name: Text;
  readonly altNames: readonly string[];
  readonly bpsCode: string | undefined;
  readonly capital: string | undefined;
  readonly desa: number | undefined;
  readonly kelurahan: number | undefined;
  readonly sources: readonly string[];
  readonly note: Text | undefined;
}

export interface Strategy {
  readonly id: string;
  readonly order: number;
  readonly name: Text;
  readonly short: Text;
  readonly summary: Text;
  readonly sources: readonly string[];
}

/**
 * How the values of a unit are written: `percent` 11,24 % (changes in
 * percentage points), `rupiah` Rp431.680, `index` the bare number (changes in
 * points), `word` the number and then the unit's label (333.127 jiwa).
 */
export type UnitStyle = "percent" | "rupiah" | "index" | "word";
export const UNIT_STYLES: readonly UnitStyle[] = ["percent", "rupiah", "index", "word"];

/** A unit of the catalogue (the categories of `indicators.unit`), resolved on each indicator. */
export interface Unit {
  readonly id: string;
  /** The short label of axes, tables and sentences ("%", "ribu jiwa" / "thousand people"). */
  readonly label: Text;
  /** A count that adds up over kecamatan (people, houses, area): the regency figure is their sum, no yardstick for one of them. */
  readonly additive: boolean;
  readonly style: UnitStyle;
}

export type Better = "lower" | "higher" | "neutral";
export type IndicatorKind = "estimate" | "administrative" | "census" | "geographic";

export interface Indicator {
  readonly id: string;
  readonly name: Text;
  readonly short: Text;
  readonly unit: Unit;
  readonly decimals: number;
  readonly better: Better;
  readonly strategy: string | undefined;
  readonly family: string | undefined;
  readonly kind: IndicatorKind;
  readonly minimum: number | undefined;
  readonly maximum: number | undefined;
  readonly definition: Text;
  readonly source: string | undefined;
}

/**
 * The figures one series keeps (one survey round, or the yearly figures of any
 * making): March values are compared with March values only.
 */
export interface PeriodGroup {
  readonly id: string;
  /** The group's figures in words: "angka Maret" / "March figures". */
  readonly label: Text;
  /** The group of yearly figures (it has the period named by the year alone): a year's value is taken from it first. */
  readonly yearly: boolean;
}

/** A period of the catalogue (the categories of `observations.period`), resolved on each observation. */
export interface Period {
  readonly id: string;
  /** The word beside a year in a table: "Maret", "sensus". */
  readonly label: Text;
  /** When a value of this period refers to, with `{year}`: "Maret {year}", "Sensus Penduduk {year}", "{year}". */
  readonly when: Text;
  /** Named by the year alone (`when` is "{year}"): a table shows no word beside the year. */
  readonly yearOnly: boolean;
  readonly group: PeriodGroup;
  /** Position in the catalogue: within a group, the figure kept when a year has several is the first. */
  readonly rank: number;
}
export type Status = "final" | "provisional" | "estimate" | "sample";

export interface Observation {
  readonly area: string;
  readonly indicator: string;
  readonly year: number;
  readonly period: Period;
  readonly value: number;
  readonly source: string;
  readonly status: Status;
  readonly note: Text | undefined;
}

export interface Target {
  readonly area: string;
  readonly indicator: string;
  readonly year: number;
  readonly yearEnd: number | undefined;
  readonly value: number;
  readonly valueMax: number | undefined;
  readonly document: string;
  readonly source: string;
  readonly note: Text | undefined;
}

export interface Source {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly url: string | undefined;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly published: string | undefined;
  /** YYYY-MM-DD. */
  readonly accessed: string;
}

export interface Agency {
  readonly id: string;
  readonly short: string;
  readonly name: Text;
  readonly sources: readonly string[];
}

/** A funding source of the catalogue (the categories of `actions.funding`), resolved on each action. */
export interface Funding {
  readonly id: string;
  readonly label: Text;
}
export type ActionStatus = "planned" | "ongoing" | "done" | "delayed";

export interface Action {
  readonly id: string;
  readonly year: number;
  readonly strategy: string;
  readonly agency: string;
  readonly programme: Text;
  readonly activity: Text;
  readonly targetGroup: Text;
  /** Kecamatan codes; empty when the action covers the whole regency. */
  readonly locations: readonly string[];
  readonly regencyWide: boolean;
  readonly output: Text;
  readonly outputTarget: number;
  readonly outputUnit: Text;
  readonly budget: number;
  readonly funding: Funding;
  readonly realisedBudget: number | undefined;
  readonly realisedOutput: number | undefined;
  readonly status: ActionStatus;
  readonly sample: boolean;
  readonly source: string | undefined;
  readonly note: Text | undefined;
}

/** One year's action plan (Rencana Aksi Tahunan): the rows of actions.csv with that year, in file order. */
export interface Plan {
  readonly year: number;
  readonly actions: readonly Action[];
}

export type KecamatanShape = FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }>;

export interface Geo {
  readonly kecamatan: KecamatanShape;
  readonly outline: FeatureCollection<Polygon | MultiPolygon>;
}

/** A table as published on the data page: the normalised rows in catalogue order. */
export interface PublishedTable {
  readonly name: string;
  readonly path: string;
  readonly title: string;
  readonly fields: readonly { readonly name: string; readonly type: string; readonly description: string }[];
  readonly rows: readonly Readonly<Record<string, Cell>>[];
}

export interface Model {
  readonly settings: Settings;
  readonly catalogue: { readonly name: string; readonly title: string; readonly version: string };
  readonly regency: Area;
  /** Province and country, in the order the settings list them. */
  readonly comparisons: readonly Area[];
  /** The regency's kecamatan, in code order. */
  readonly kecamatan: readonly Area[];
  readonly areas: readonly Area[];
  readonly strategies: readonly Strategy[];
  readonly indicators: readonly Indicator[];
  readonly observations: readonly Observation[];
  readonly targets: readonly Target[];
  readonly sources: readonly Source[];
  readonly agencies: readonly Agency[];
  /**
   * The actions of the current plan only (the year `planYear`): everything the site shows as "the plan"
   * (pages, charts, maps, totals, preview cards) reads these, so no total mixes years. Every year's
   * actions are in `plans`.
   */
  readonly actions: readonly Action[];
  /** The year of the current plan: the one the settings name, else the latest year in actions.csv. */
  readonly planYear: number;
  /** Every plan year of actions.csv, oldest first, each with its own actions. */
  readonly plans: readonly Plan[];
  readonly geo: Geo | undefined;
  readonly tables: readonly PublishedTable[];
  readonly areaByCode: Readonly<Record<string, Area>>;
  readonly areaBySlug: Readonly<Record<string, Area>>;
  readonly indicatorById: Readonly<Record<string, Indicator>>;
  readonly strategyById: Readonly<Record<string, Strategy>>;
  readonly sourceById: Readonly<Record<string, Source>>;
  readonly agencyById: Readonly<Record<string, Agency>>;
  /** The open lists of the catalogue, by id; every row's unit, period and funding is one of them. */
  readonly units: Readonly<Record<string, Unit>>;
  readonly periods: Readonly<Record<string, Period>>;
  /** In the catalogue's order, the order of the budget charts' stacks. */
  readonly funding: readonly Funding[];
}
