import { csvFile, textCell } from "../csv-file.ts";
import { formatPlain } from "../format.ts";
import type { ChartTable, Column, Row } from "./types.ts";

/**
 * A chart's rows as CSV: the same rows and numbers as its table, headers in
 * the page's language, numbers written plainly with a dot and the column's
 * decimals (13.22, 431680); quoting and formula safety as in every Lentera
 * CSV (src/lib/csv-file.ts).
 */
export function plainNumber(value: number, decimals: number | undefined): string {
  return decimals === undefined ? String(value) : formatPlain(value, decimals);
}

function cell(row: Row, column: Column): string {
  const v = row.cells[column.key];
  if (v === undefined || v === "") return "";
  if (column.type === "number" && typeof v === "number") return plainNumber(v, row.decimals?.[column.key] ?? column.decimals);
  return textCell(String(v));
}

export function toCsv(table: ChartTable): string {
  return csvFile([table.columns.map((c) => textCell(c.label)), ...table.rows.map((r) => table.columns.map((c) => cell(r, c)))]);
}
