import { CATALOGUE_FILE, type Settings } from "./catalogue.ts";
import type { Examples } from "./examples.ts";
import { msg } from "./messages.ts";
import { slugify } from "./model.ts";
import { error, warning, type Problem } from "./problems.ts";
import { runs } from "./skips.ts";
import type { TypedRow, ValidatedTable } from "./table.ts";
import { missingYears, yearRanges } from "../years.ts";

/**
 * Rules that span tables and cannot be said in a Table Schema: a value within
 * its indicator's range, action locations that are kecamatan of this regency,
 * realisation against budget, gaps in a series, and the site settings.
 * `examples` are quoted in the advice. A rule that reads a table in `broken`
 * is skipped (see skips.ts).
 */
export function checkRules(
  tables: ReadonlyMap<string, ValidatedTable>,
  settings: Settings,
  examples: Examples,
  broken: ReadonlySet<string> = new Set(),
): Problem[] {
  const get = (name: string) => tables.get(name);
  const problems: Problem[] = [];
  const areas = new Map((get("areas")?.rows ?? []).map((r) => [r.values.code as string, r]));
  const indicators = new Map((get("indicators")?.rows ?? []).map((r) => [r.values.id as string, r]));

  if (runs("settings", broken)) problems.push(...checkSettings(settings, areas, indicators));
  problems.push(...checkSlugs(get("areas")));
  for (const name of ["observations", "targets"]) {
    const table = get(name);
    if (table) problems.push(...checkRanges(table, indicators));
  }
  const targets = get("targets");
  if (targets) problems.push(...checkTargetSpans(targets));
  const actions = get("actions");
  if (actions) problems.push(...checkActions(actions, areas, settings, examples));
  const observations = get("observations");
  if (observations && runs("gaps", broken)) problems.push(...checkGaps(observations));
  return problems;
}

const at = (table: ValidatedTable, row: TypedRow, column: string) => ({
  file: table.resource.path,
  line: row.line,
  column,
  columnLetter: table.letters.get(column),
  value: row.values[column] === undefined ? undefined : String(row.values[column]),
});

function checkSettings(settings: Settings, areas: Map<string, TypedRow>, indicators: Map<string, TypedRow>): Problem[] {
  const problems: Problem[] = [];
  const where = { file: CATALOGUE_FILE };
  const regency = areas.get(settings.regency);
  if (!regency || regency.values.level !== "regency")
    problems.push(error(where, msg("config.regency", { code: settings.regency })));
  for (const code of settings.comparisons)
    if (!areas.has(code))
      problems.push(error(where, msg("config.comparison", { code })));
  if (indicators.size && !indicators.has(settings.headline.indicator))
    problems.push(error(where, msg("config.headline", { id: settings.headline.indicator })));
  return problems;
}

function checkSlugs(table: ValidatedTable | undefined): Problem[] {
  if (!table) return [];
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  for (const row of table.rows) {
    const name = row.values.name;
    if (typeof name !== "string") continue;
    const slug = slugify(name);
    const first = seen.get(slug);
    if (first === undefined) seen.set(slug, row.line);
    else problems.push(error(at(table, row, "name"), msg("row.duplicate", { first, fields: "name (slug)", values: slug })));
  }
  return problems;
}

function checkRanges(table: ValidatedTable, indicators: Map<string, TypedRow>): Problem[] {
  const problems: Problem[] = [];
  for (const row of table.rows) {
    const indicator = indicators.get(row.values.indicator as string);
    if (!indicator) continue;
    const min = indicator.values.minimum as number | undefined;
    const max = indicator.values.maximum as number | undefined;
    for (const column of ["value", "value_max"]) {
      const v = row.values[column];
      if (typeof v !== "number") continue;
      if ((min !== undefined && v < min) || (max !== undefined && v > max))
        problems.push(
          error(at(table, row, column), msg("rule.outOfRange", { value: String(v), indicator: indicator.values.id as string, min: min ?? "-∞", max: max ?? "∞" })),
        );
    }
  }
  return problems;
}

function checkTargetSpans(table: ValidatedTable): Problem[] {
  const problems: Problem[] = [];
  for (const row of table.rows) {
    const { year, year_end, value, value_max } = row.values;
    if (typeof year === "number" && typeof year_end === "number" && year_end < year)
      problems.push(error(at(table, row, "year_end"), msg("rule.reversed.year", { start: year, end: year_end })));
    if (typeof value === "number" && typeof value_max === "number" && value_max < value)
      problems.push(error(at(table, row, "value_max"), msg("rule.reversed.value", { start: value, end: value_max })));
  }
  return problems;
}

function checkActions(table: ValidatedTable, areas: Map<string, TypedRow>, settings: Settings, examples: Examples): Problem[] {
  const problems: Problem[] = [];
  for (const row of table.rows) {
    const locations = (row.values.locations as readonly string[] | undefined) ?? [];
    for (const code of locations) {
      const area = areas.get(code);
      if (!area) continue; // reported as an unknown reference
      const ok = code === settings.regency || (area.values.level === "kecamatan" && area.values.parent === settings.regency);
      const codes = { kecamatan: examples.kecamatanCode, regency: examples.regencyCode };
      if (!ok) problems.push(error({ ...at(table, row, "locations"), value: locations.join(";") }, msg("rule.badLocation", { code, ...codes })));
    }
    if (locations.includes(settings.regency) && locations.length > 1)
      problems.push(error({ ...at(table, row, "locations"), value: locations.join(";") }, msg("rule.regencyWithKecamatan")));
    const { budget, realised_budget, status, realised_output } = row.values;
    if (typeof budget === "number" && typeof realised_budget === "number" && realised_budget > budget)
      problems.push(warning(at(table, row, "realised_budget"), msg("rule.overBudget", { realised: realised_budget, budget })));
    if (status === "done" && realised_output === undefined) problems.push(warning(at(table, row, "realised_output"), msg("rule.doneWithoutOutput")));
  }
  return problems;
}

/** One warning per series (area, indicator, period) with years missing between its first and last. */
function checkGaps(table: ValidatedTable): Problem[] {
  const series = new Map<string, number[]>();
  for (const row of table.rows) {
    const { area, indicator, period, year } = row.values;
    if (typeof year !== "number" || area === undefined || indicator === undefined || period === undefined) continue;
    const key = `${indicator} · ${area} · ${period}`;
    const years = series.get(key) ?? [];
    years.push(year);
    series.set(key, years);
  }
  const problems: Problem[] = [];
  for (const [key, years] of [...series].sort(([a], [b]) => a.localeCompare(b))) {
    const gaps = yearRanges(missingYears([...new Set(years)].sort((a, b) => a - b)));
    if (gaps) problems.push(warning({ file: table.resource.path, value: `${key}: ${gaps}` }, msg("rule.yearGap", { series: key, gaps })));
  }
  return problems;
}
