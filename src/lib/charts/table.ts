import { formatNumber } from "../format.ts";
import { texts } from "./state/common.ts";
import type { ChartState, ChartTable } from "./types.ts";

/**
 * The chart's table as the figure shows it and as the CSV writes it: the
 * state's rows, plus a "data status" column that marks every sample row when
 * the chart has any, so the mark survives in a spreadsheet too.
 */
export function dataTable(state: ChartState): ChartTable {
  const { table } = state;
  if (!table.rows.some((r) => r.sample)) return table;
  const { t } = texts(state.locale);
  return {
    columns: [...table.columns, { key: "dataStatus", label: t("chart.col.dataStatus"), type: "text" }],
    rows: table.rows.map((r) => ({ ...r, cells: { ...r.cells, dataStatus: r.sample ? t("chart.sample.row") : "" } })),
  };
}

export interface DisplayCell {
  readonly text: string;
  readonly numeric: boolean;
}

export interface DisplayTable {
  readonly columns: readonly { readonly label: string; readonly numeric: boolean }[];
  readonly rows: readonly { readonly cells: readonly DisplayCell[]; readonly sample: boolean }[];
}

/** The figure's <table>: numbers formatted for the locale, CSV-only columns left out. */
export function displayTable(state: ChartState): DisplayTable {
  const table = dataTable(state);
  const columns = table.columns.filter((c) => !c.csvOnly);
  return {
    columns: columns.map((c) => ({ label: c.label, numeric: c.type === "number" })),
    rows: table.rows.map((r) => ({
      sample: r.sample,
      cells: columns.map((c) => {
        const v = r.cells[c.key];
        const numeric = c.type === "number";
        const text =
          v === undefined
            ? ""
            : numeric && typeof v === "number"
              ? formatNumber(v, state.locale, r.decimals?.[c.key] ?? c.decimals ?? 0)
              : String(v);
        return { text, numeric };
      }),
    })),
  };
}
