import { phrase } from "../../i18n/check/index.ts";
import type { Catalogue } from "./catalogue.ts";
import type { Text } from "./types.ts";

/**
 * Checks that read a table besides its own rows are skipped while that table
 * is unreadable (missing, not UTF-8, empty, a quote left open) or broken (a
 * required column missing, a line with too many or too few cells, a key cell
 * refused; see table.ts): a broken
 * areas.csv would otherwise make every observation's area "unknown" and bury
 * the one mistake under hundreds of lines. The report says in one line per
 * table what was not checked, and why.
 */
export interface Skipped {
  /** The table that must be fixed first, relative to the data folder. */
  file: string;
  /** What was not checked because of it, in every language. */
  checks: Text[];
}

export type Dependent = "settings" | "geo" | "content" | "gaps";

/** Which tables the cross-table checks of load.ts, rules.ts, geo.ts and content.ts read. */
const READ_BY: Readonly<Record<string, readonly Dependent[]>> = {
  areas: ["settings", "geo", "content"],
  indicators: ["settings"],
  strategies: ["content"],
  observations: ["gaps"],
};

/** Without a readable catalogue nothing else is checked: it names the tables, their columns and their rules. */
export const catalogueSkipped = (file: string): Skipped => ({ file, checks: [phrase("report.skip.tables")] });

/** Whether a check that reads these tables runs: none of them is broken. */
export const runs = (check: Dependent, broken: ReadonlySet<string>): boolean =>
  !Object.entries(READ_BY).some(([table, checks]) => broken.has(table) && checks.includes(check));

/** What the broken tables keep from being checked, in the catalogue's order; `read` are the tables that were read at all. */
export function skippedChecks(
  catalogue: Catalogue,
  broken: ReadonlySet<string>,
  has: { read: ReadonlySet<string>; geo: string | undefined; content: boolean },
): Skipped[] {
  const tables = catalogue.resources.flatMap((r) => (r.kind === "table" ? [r] : []));
  const out: Skipped[] = [];
  for (const table of tables) {
    if (!broken.has(table.name)) continue;
    const checks: Text[] = [];
    const from = tables.filter((t) => has.read.has(t.name) && t.schema.foreignKeys.some((fk) => fk.reference.resource === table.name)).map((t) => t.path);
    if (from.length) checks.push(phrase("report.skip.references", { files: from.join(", ") }));
    const reads = READ_BY[table.name] ?? [];
    if (reads.includes("settings")) checks.push(phrase(table.name === "areas" ? "report.skip.place" : "report.skip.headline"));
    if (reads.includes("geo") && has.geo) checks.push(phrase("report.skip.geo", { file: has.geo }));
    if (reads.includes("content") && has.content) checks.push(phrase("report.skip.content"));
    if (reads.includes("gaps")) checks.push(phrase("report.skip.gaps"));
    if (checks.length) out.push({ file: table.path, checks });
  }
  return out;
}
