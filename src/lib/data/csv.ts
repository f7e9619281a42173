import Papa from "papaparse";
import type { Examples } from "./examples.ts";
import { msg, saveAsUtf8 } from "./messages.ts";
import { error, warning, type Problem } from "./problems.ts";

export interface CsvRow {
  /** Line as a spreadsheet shows it: the header is line 1, the first record line 2. */
  line: number;
  /** Cells as written, without surrounding whitespace. */
  cells: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  /** True when the file came from Excel in an Indonesian locale: `;` between cells, `,` as decimal mark. */
  decimalComma: boolean;
}

/**
 * Parses CSV text with papaparse. The delimiter is read from the header line:
 * a comma file is the standard; a semicolon file (Excel in an Indonesian locale)
 * is read with the comma as decimal mark and a notice; a tab file is refused.
 * `examples` are quoted in the advice.
 */
export function parseCsv(text: string, file: string, examples: Examples): { table?: CsvTable; problems: Problem[] } {
  const problems: Problem[] = [];
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (ch: string) => firstLine.split(ch).length - 1;
  const [commas, semicolons, tabs] = [count(","), count(";"), count("\t")];
  if (tabs > commas && tabs > semicolons) return { problems: [error({ file, line: 1 }, msg("file.tabs", { saveAsUtf8 }))] };
  const decimalComma = semicolons > commas;
  if (decimalComma) problems.push(warning({ file, line: 1 }, msg("file.semicolons", { saveAsUtf8 })));

  const parsed = Papa.parse<string[]>(text, { delimiter: decimalComma ? ";" : ",", skipEmptyLines: false, header: false });
  const unclosed = parsed.errors.find((e) => e.code === "MissingQuotes");
  if (unclosed) {
    problems.push(error({ file, line: (unclosed.row ?? 0) + 1 }, msg("file.unclosedQuote", { name: examples.shortName })));
    return { problems };
  }
  const records = parsed.data;
  const header = (records[0] ?? []).map((h) => h.trim());
  const rows: CsvRow[] = [];
  for (let i = 1; i < records.length; i++) {
    const cells = records[i]!.map((c) => c.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, ""));
    if (cells.every((c) => c === "")) continue;
    rows.push({ line: i + 1, cells });
  }
  return { table: { header, rows, decimalComma }, problems };
}
