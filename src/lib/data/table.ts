import type { CsvTable } from "./csv.ts";
import type { Field, TableResource } from "./catalogue.ts";
import { castCell, describe, type Cell } from "./cast.ts";
import type { Examples } from "./examples.ts";
import { msg } from "./messages.ts";
import { columnLetter, error, warning, type Message, type Problem } from "./problems.ts";
import { closest } from "./suggest.ts";

export interface TypedRow {
  line: number;
  values: Readonly<Record<string, Cell>>;
}

export interface ValidatedTable {
  resource: TableResource;
  rows: readonly TypedRow[];
  /** Spreadsheet column letter of each field present in the file. */
  letters: ReadonlyMap<string, string>;
  /**
   * True when the table's shape is wrong (a required column missing, a column
   * the schema does not know, a line with too many or too few cells) or a key
   * cell was refused. Its rows or keys are then incomplete, and checks of other
   * tables against it are skipped rather than blaming every row that refers to it.
   */
  broken: boolean;
}

/**
 * Checks one table against its schema: the header, the shape of every line,
 * each cell's type and constraints, and unique keys. Rows keep their line so
 * that later, cross-table checks can still point at the spreadsheet.
 * `examples` are quoted in the advice.
 */
export function validateTable(resource: TableResource, csv: CsvTable, examples: Examples): { table: ValidatedTable; problems: Problem[] } {
  const file = resource.path;
  const { schema } = resource;
  const problems: Problem[] = [];
  const fieldByName = new Map(schema.fields.map((f) => [f.name, f]));
  const columns: { index: number; field: Field }[] = [];
  const letters = new Map<string, string>();
  const ignored = new Set<number>();

  csv.header.forEach((name, index) => {
    const letter = columnLetter(index);
    if (name === "") {
      ignored.add(index);
      const used = csv.rows.find((r) => (r.cells[index] ?? "") !== "");
      if (used) problems.push(error({ file, line: used.line, columnLetter: letter }, msg("header.unnamed")));
      return;
    }
    const field = fieldByName.get(name);
    if (!field) {
      ignored.add(index);
      problems.push(error({ file, line: 1, column: name, columnLetter: letter }, unknownColumn(name, closest(name, fieldByName.keys()))));
    } else if (letters.has(name)) {
      ignored.add(index);
      problems.push(error({ file, line: 1, column: name, columnLetter: letter }, msg("header.duplicate", { name })));
    } else {
      letters.set(name, letter);
      columns.push({ index, field });
    }
  });
  for (const field of schema.fields) {
    if (letters.has(field.name)) continue;
    const where = { file, line: 1, column: field.name };
    const message = msg("header.missing", { name: field.name, description: describe(field) });
    problems.push(field.constraints.required ? error(where, message) : warning(where, message));
  }

  // A header error (a required column missing, an unknown, repeated or unnamed one), a ragged line or a refused key breaks the table.
  let broken = problems.some((p) => p.severity === "error");
  const rows: TypedRow[] = [];
  const width = csv.header.length;
  for (const row of csv.rows) {
    if (row.cells.length > width) {
      problems.push(error({ file, line: row.line }, tooManyCells(row.cells.length, width, splitDecimal(row.cells, columns, width), examples)));
      broken = true;
      continue;
    }
    if (row.cells.length < width) {
      problems.push(error({ file, line: row.line }, msg("row.tooFew", { found: row.cells.length, expected: width })));
      broken = true;
      continue;
    }
    const values: Record<string, Cell> = {};
    for (const { index, field } of columns) {
      const raw = row.cells[index]!;
      const cast = castCell(field, raw, csv.decimalComma, schema.missingValues);
      if ("message" in cast) {
        problems.push(error({ file, line: row.line, column: field.name, columnLetter: letters.get(field.name), value: raw }, cast.message));
        if (schema.primaryKey.includes(field.name)) broken = true;
      } else values[field.name] = cast.value;
    }
    rows.push({ line: row.line, values });
  }
  if (csv.rows.length === 0) problems.push(warning({ file, line: 1 }, msg("file.noRows")));

  problems.push(...checkUnique(resource, rows, letters));
  return { table: { resource, rows, letters, broken }, problems };
}

const unknownColumn = (name: string, suggestion: string | undefined): Message =>
  suggestion ? msg("header.unknown.suggestion", { name, suggestion }) : msg("header.unknown", { name });

function tooManyCells(found: number, expected: number, split: { column: string; value: string } | undefined, examples: Examples): Message {
  if (!split) return msg("row.tooMany", { found, expected, places: examples.places });
  const { column, value } = split;
  return msg("row.tooMany.split", { found, expected, column, value, dotted: value.replace(",", "."), joined: value.replace(",", "") });
}

/**
 * When a line has exactly one cell too many and a number column holds digits
 * followed by a cell of digits, the likeliest cause is a decimal comma
 * (12,5 written without quotes). Returns that guess for the message.
 */
function splitDecimal(cells: readonly string[], columns: readonly { index: number; field: Field }[], width: number): { column: string; value: string } | undefined {
  if (cells.length !== width + 1) return undefined;
  for (const { index, field } of columns) {
    if (field.type !== "number") continue;
    const [a, b] = [cells[index], cells[index + 1]];
    if (a && b && /^-?\d+$/.test(a) && /^\d+$/.test(b)) return { column: field.name, value: `${a},${b}` };
  }
  return undefined;
}

/** Primary keys and `unique` fields: the second occurrence is reported, naming the first. */
function checkUnique(resource: TableResource, rows: readonly TypedRow[], letters: ReadonlyMap<string, string>): Problem[] {
  const { schema, path: file } = resource;
  const keys = schema.fields.filter((f) => f.constraints.unique && !(schema.primaryKey.length === 1 && schema.primaryKey[0] === f.name)).map((f) => [f.name]);
  if (schema.primaryKey.length) keys.unshift([...schema.primaryKey]);
  const problems: Problem[] = [];
  for (const key of keys) {
    const seen = new Map<string, number>();
    for (const row of rows) {
      const parts = key.map((k) => row.values[k]);
      if (parts.some((p) => p === undefined)) continue;
      const id = JSON.stringify(parts);
      const first = seen.get(id);
      if (first === undefined) seen.set(id, row.line);
      else {
        const column = key.at(-1)!;
        problems.push(
          error(
            { file, line: row.line, column, columnLetter: letters.get(column), value: String(parts.at(-1)) },
            msg("row.duplicate", { first, fields: key.join(", "), values: parts.map(String).join(", ") }),
          ),
        );
      }
    }
  }
  return problems;
}
