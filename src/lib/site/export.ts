import type { Cell } from "../data/cast.ts";
import type { PublishedTable } from "../data/types.ts";

/**
 * The tables as files to download, made from the validated model at build
 * time: CSV for spreadsheets (UTF-8 with a byte-order mark, so Excel reads the
 * accents; CRLF line ends) and JSON for programs.
 */

const LIST_SEPARATOR = ";";

/**
 * A text cell a spreadsheet would run as a formula (it begins with = + - @, or a
 * tab or carriage return) gets a leading apostrophe, so opening the file can
 * never execute anything. Numbers are written as numbers and never touched.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvCell(cell: Cell): string {
  if (cell === undefined) return "";
  const text = typeof cell === "number" ? String(cell) : neutralise(typeof cell === "string" ? cell : cell.join(LIST_SEPARATOR));
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(table: Pick<PublishedTable, "fields" | "rows">): string {
  const lines = [table.fields.map((f) => csvCell(f.name)).join(","), ...table.rows.map((row) => table.fields.map((f) => csvCell(row[f.name])).join(","))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

export function toJson(table: PublishedTable, licence: string): string {
  const rows = table.rows.map((row) => Object.fromEntries(table.fields.map((f) => [f.name, row[f.name] ?? null])));
  return `${JSON.stringify({ name: table.name, title: table.title, licence, fields: table.fields, rows }, null, 1)}\n`;
}

/** Where a table's downloads live: `data/areas.csv`, `data/areas.json`. */
export const csvPath = (t: Pick<PublishedTable, "path">): string => `data/${t.path}`;
export const jsonPath = (t: Pick<PublishedTable, "name">): string => `data/${t.name}.json`;
