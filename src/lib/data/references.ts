import type { TableResource } from "./catalogue.ts";
import { msg } from "./messages.ts";
import { error, type Message, type Problem } from "./problems.ts";
import { closest } from "./suggest.ts";
import type { ValidatedTable } from "./table.ts";

/**
 * Foreign keys across files; those into a table in `broken` are skipped (the
 * report says so once). A value that is not found gets a hint: when it is
 * another column of exactly one referenced row (a name instead of a code, an
 * old name listed in alt_names, a short name instead of an id), the hint names
 * that row's key; otherwise the nearest key by spelling, if any is close.
 */
export function checkReferences(tables: ReadonlyMap<string, ValidatedTable>, broken: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  for (const table of tables.values()) {
    const { resource } = table;
    for (const fk of resource.schema.foreignKeys) {
      const target = tables.get(fk.reference.resource);
      if (!target || broken.has(target.resource.name) || fk.fields.length !== 1 || fk.reference.fields.length !== 1) continue;
      const field = fk.fields[0]!;
      const refField = fk.reference.fields[0]!;
      const keys = new Set(target.rows.map((r) => r.values[refField]).filter((v) => v !== undefined).map(String));
      const aliases = aliasIndex(target, refField);
      for (const row of table.rows) {
        const cell = row.values[field];
        if (cell === undefined) continue;
        for (const value of Array.isArray(cell) ? (cell as readonly string[]) : [String(cell)]) {
          if (keys.has(value)) continue;
          problems.push(
            error(
              { file: resource.path, line: row.line, column: field, columnLetter: table.letters.get(field), value: String(Array.isArray(cell) ? cell.join(";") : cell) },
              unknown(value, target.resource, refField, keys, aliases),
            ),
          );
        }
      }
    }
  }
  return problems;
}

/** Maps every other text cell of the referenced rows (lower case) to the keys of the rows that hold it. */
function aliasIndex(table: ValidatedTable, keyField: string): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const row of table.rows) {
    const key = row.values[keyField];
    if (key === undefined) continue;
    for (const [name, cell] of Object.entries(row.values)) {
      if (name === keyField || typeof cell !== "string" || cell.length > 80) continue;
      for (const alias of cell.split(";").map((s) => s.trim().toLowerCase())) {
        if (!alias) continue;
        const set = index.get(alias) ?? new Set();
        set.add(String(key));
        index.set(alias, set);
      }
    }
  }
  return index;
}

function unknown(value: string, target: TableResource, column: string, keys: Set<string>, aliases: Map<string, Set<string>>): Message {
  const where = { value, column, table: target.path };
  const owners = aliases.get(value.toLowerCase());
  if (owners?.size === 1) return msg("reference.unknown.name", { ...where, key: [...owners][0]! });
  const suggestion = closest(value, keys);
  return suggestion ? msg("reference.unknown.spelling", { ...where, suggestion }) : msg("reference.unknown", where);
}
