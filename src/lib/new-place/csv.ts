import Papa from "papaparse";
import { quote } from "../csv-file.ts";

export type Row = Record<string, string>;

/** Reads a CSV of the bundled data folder into its header and rows. */
export function readCsv(text: string): { fields: string[]; rows: Row[] } {
  const p = Papa.parse<Row>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
  return { fields: p.meta.fields ?? [], rows: p.data };
}

/** A CSV as the data folder keeps it: UTF-8 without BOM, LF line ends, quoted only where needed, a header even when empty. */
export const writeCsv = (fields: readonly string[], rows: readonly Row[] = []): string =>
  [fields, ...rows.map((r) => fields.map((f) => r[f] ?? ""))].map((cells) => cells.map((c) => quote(c)).join(",")).join("\n") + "\n";
