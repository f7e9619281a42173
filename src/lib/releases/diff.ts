import daff from "daff";
import type { Cell } from "../data/cast.ts";
import type { Model } from "../data/types.ts";

/**
 * What changed between two versions of a table, row by row: added, changed
 * (with the fields that changed) and removed, rows matched on the table's key.
 * daff (the field's table-diff library) aligns the rows; the comparison of the
 * matched rows' cells is here, so that a changed row names its fields.
 */
export type Cells = Readonly<Record<string, Cell>>;

export interface DiffTable {
  readonly fields: readonly string[];
  readonly rows: readonly Cells[];
}

export interface RowChange {
  readonly before: Cells;
  readonly after: Cells;
  /** The fields whose value differs, in the table's order. */
  readonly fields: readonly string[];
}

export interface TableDiff {
  readonly added: readonly Cells[];
  readonly changed: readonly RowChange[];
  readonly removed: readonly Cells[];
}

/** A cell as text: a list's items joined, no data as empty. */
const text = (c: Cell): string => (c === undefined ? "" : Array.isArray(c) ? c.join(";") : String(c));

export function diffTable(before: DiffTable, after: DiffTable, key: readonly string[]): TableDiff {
  const fields = [...before.fields, ...after.fields.filter((f) => !before.fields.includes(f))];
  const grid = (t: DiffTable) => [fields, ...t.rows.map((r) => fields.map((f) => text(r[f])))];
  const flags = new daff.CompareFlags();
  flags.ids = [...key];
  const order = daff
    .compareTables(new daff.TableView(grid(before)), new daff.TableView(grid(after)), flags)
    .align()
    .toOrder()
    .getList();
  const added: Cells[] = [];
  const changed: RowChange[] = [];
  const removed: Cells[] = [];
  for (const { l, r } of order) {
    if (l === 0 || r === 0) continue; // the header
    const [b, a] = [l > 0 ? before.rows[l - 1] : undefined, r > 0 ? after.rows[r - 1] : undefined];
    if (b && a) {
      const differ = fields.filter((f) => text(b[f]) !== text(a[f]));
      if (differ.length) changed.push({ before: b, after: a, fields: differ });
    } else if (a) added.push(a);
    else if (b) removed.push(b);
  }
  return { added, changed, removed };
}

/** The tables whose changes a release lists, with the key their rows are matched on (their primary key). */
export const DIFFED_TABLES = {
  observations: ["area", "indicator", "year", "period"],
  targets: ["area", "indicator", "year", "document"],
  actions: ["id"],
} as const;
export type DiffedTable = keyof typeof DIFFED_TABLES;

export type ReleaseChanges = Readonly<Record<DiffedTable, TableDiff>>;

const table = (model: Model, name: string): DiffTable => {
  const t = model.tables.find((tb) => tb.name === name);
  return { fields: t?.fields.map((f) => f.name) ?? [], rows: t?.rows ?? [] };
};

/** The changes of a release against the one before, from the two releases' models. */
export function releaseChanges(before: Model, after: Model): ReleaseChanges {
  const diff = (name: DiffedTable) => diffTable(table(before, name), table(after, name), DIFFED_TABLES[name]);
  return { observations: diff("observations"), targets: diff("targets"), actions: diff("actions") };
}
