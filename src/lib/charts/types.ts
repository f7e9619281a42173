import type { Indicator, Locale, Source } from "../data/types.ts";

/**
 * The shapes shared by the chart system: a catalogue entry (which chart, about
 * what), the plain specification a chart kind returns (Plot options with marks
 * described as data, so a spec never touches Plot or the DOM), and the state
 * of one chart in one language: everything the figure, the table, the CSV and
 * the chart page show.
 */

export type ChartKind =
  | "trend"
  | "kecamatan-trends"
  | "ranking"
  | "map"
  | "actions-map"
  | "locator"
  | "profile"
  | "budget-strategy"
  | "budget-agency"
  | "budget-funding"
  | "realisation"
  | "agency-budget";

/** One chart of the site: its permanent id (ids.ts) and what it is about. */
export interface ChartEntry {
  readonly id: string;
  readonly kind: ChartKind;
  readonly indicator?: string;
  /** Kecamatan slug. */
  readonly slug?: string;
  readonly strategy?: string;
  readonly agency?: string;
}

/** The Plot marks a spec may use; render.ts maps each name to Plot's function. */
export type MarkType =
  | "line"
  | "dot"
  | "text"
  | "ruleX"
  | "ruleY"
  | "barX"
  | "barY"
  | "rect"
  | "geo"
  | "link"
  | "tickX"
  | "tickY"
  | "axisX"
  | "axisY"
  | "axisFx"
  | "gridX"
  | "gridY";

export interface MarkSpec {
  readonly type: MarkType;
  readonly data?: readonly unknown[] | null;
  readonly options: Readonly<Record<string, unknown>>;
}

/** A key entry drawn inside the SVG above the plot, so the standalone files carry it too. */
export interface LegendItem {
  readonly label: string;
  readonly swatch: "line" | "dash" | "rect" | "dot" | "hollow";
  readonly color: string;
}

/** What a chart kind returns: Plot's top-level options plus marks and legend as data. */
export interface PlotSpec {
  readonly options: Readonly<Record<string, unknown>> & { readonly width: number; readonly height: number };
  readonly marks: readonly MarkSpec[];
  readonly legend?: readonly LegendItem[];
  /** True when the SVG holds links (maps): it is then a group, not an image, so the links stay reachable. */
  readonly interactive?: boolean;
}

export type CellValue = string | number | undefined;

export interface Column {
  readonly key: string;
  readonly label: string;
  /** Numbers are right-aligned, formatted for the locale in the table and written plainly in the CSV. */
  readonly type: "text" | "number";
  readonly decimals?: number;
  /** Only in the CSV (for example the full source title), not in the figure's table. */
  readonly csvOnly?: boolean;
}

export interface Row {
  readonly cells: Readonly<Record<string, CellValue>>;
  readonly sample: boolean;
  /** Decimals for number cells of this row when they differ from the column's (a profile mixes units). */
  readonly decimals?: Readonly<Record<string, number>>;
}

export interface ChartTable {
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
}

export interface ChartState {
  readonly entry: ChartEntry;
  readonly locale: Locale;
  readonly title: string;
  readonly subtitle: string;
  /** The finding in one sentence, in the page's language; also the SVG's description. */
  readonly sentence: string;
  readonly notes: readonly string[];
  readonly sources: readonly Source[];
  /** True when any value shown is sample data. */
  readonly sample: boolean;
  readonly table: ChartTable;
  /** The indicators whose definitions the chart page lists. */
  readonly indicators: readonly Indicator[];
  /** The notice shown instead of a chart when there is nothing to draw; the chart is then left out of the catalogue. */
  readonly empty?: string;
  readonly spec?: PlotSpec;
}
