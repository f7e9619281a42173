import { formatPlain } from "../format.ts";
import type { ChartTable, Column, Row } from "./types.ts";

/**
 * A chart's rows as CSV: the same rows and numbers as its table, headers in
 * the page's language, numbers written plainly with a dot and the column's
 * decimals (13.22, 431680), UTF-8 with a byte order mark and CRLF line ends
 * so Excel opens it correctly in any locale. A text cell that a spreadsheet
 * would run as a formula (=, +, -, @, tab, CR) is prefixed with a single quote.
 */
const BOM = "\ufeff";

export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function plainNumber(value: number, decimals: number | undefined): string {
  return decimals === undefined ? String(value) : formatPlain(value, decimals);
}

function cell(row: Row, column: Column): string {
  const v = row.cells[column.key];
  if (v === undefined || v === "") return "";
  if (column.type === "number" && typeof v === "number") return plainNumber(v, row.decimals?.[column.key] ?? column.decimals);
  return quote(neutralise(String(v)));
}

export function toCsv(table: ChartTable): string {
  const lines = [table.columns.map((c) => quote(neutralise(c.label))).join(","), ...table.rows.map((r) => table.columns.map((c) => cell(r, c)).join(","))];
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
