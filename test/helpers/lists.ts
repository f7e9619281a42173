import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCatalogue } from "../../src/lib/data/catalogue.ts";
import type { Funding, Period, Unit } from "../../src/lib/data/types.ts";
import { ROOT } from "./fixtures.ts";

/**
 * The units, periods and funding sources of the project's own catalogue
 * (data/datapackage.json), for models and facts built in code: a test names
 * them by id ("percent", "march", "apbd") and gets what the model builder
 * would resolve.
 */
const parsed = parseCatalogue(readFileSync(join(ROOT, "data", "datapackage.json"), "utf8"));
if (!parsed.catalogue) throw new Error(`data/datapackage.json does not parse: ${parsed.problems.map((p) => p.what.en).join("; ")}`);
export const LISTS = parsed.catalogue.lists;

function pick<V>(kind: string, byId: Readonly<Record<string, V>>, id: string): V {
  const v = byId[id];
  if (!v) throw new Error(`no ${kind} "${id}" in data/datapackage.json`);
  return v;
}

export const unit = (id: string): Unit => pick("unit", LISTS.units, id);
export const period = (id: string): Period => pick("period", LISTS.periods, id);
export const funding = (id: string): Funding => pick("funding source", Object.fromEntries(LISTS.funding.map((f) => [f.id, f])), id);
