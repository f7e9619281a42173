import type { Cell } from "../data/cast.ts";
import type { PublishedTable } from "../data/types.ts";
import { csvFile, textCell } from "../csv-file.ts";
import { pathOf } from "../routing/paths.ts";

/**
 * The tables as files to download, made from the validated model at build
 * time: CSV for spreadsheets (written as every Lentera CSV is, src/lib/csv-file.ts)
 * and JSON for programs.
 */

const LIST_SEPARATOR = ";";

function csvCell(cell: Cell): string {
  if (cell === undefined) return "";
  return typeof cell === "number" ? String(cell) : textCell(typeof cell === "string" ? cell : cell.join(LIST_SEPARATOR));
}

export function toCsv(table: Pick<PublishedTable, "fields" | "rows">): string {
  return csvFile([table.fields.map((f) => textCell(f.name)), ...table.rows.map((row) => table.fields.map((f) => csvCell(row[f.name])))]);
}

export function toJson(table: PublishedTable, licence: string): string {
  const rows = table.rows.map((row) => Object.fromEntries(table.fields.map((f) => [f.name, row[f.name] ?? null])));
  return `${JSON.stringify({ name: table.name, title: table.title, licence, fields: table.fields, rows }, null, 1)}\n`;
}

/** Where a table's downloads live: `data/areas.csv`, `data/areas.json`. */
export const csvPath = (t: Pick<PublishedTable, "path">): string => `${pathOf("data")}${t.path}`;
export const jsonPath = (t: Pick<PublishedTable, "name">): string => `${pathOf("data")}${t.name}.json`;
