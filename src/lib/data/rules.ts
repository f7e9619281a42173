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
  if (actions) problems.push(...checkActions(actions, areas, settings, examples), ...checkPlanYears(actions, settings));
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

/** The years an action plan can have; the catalogue says the same of `actions.year`, this holds when it does not. */
export const PLAN_YEARS = { min: 2000, max: 2100 } as const;

/**
 * Every action belongs to one plan year the site can place (the year column filled, a plausible year,
 * the year its id names), and the plan year the settings name is one of them: the site splits the
 * plans by this column (src/lib/data/model.ts, plansOf), so a wrong year would add an activity to
 * another year's totals. Ids are unique across years by the table's primary key.
 */
function checkPlanYears(table: ValidatedTable, settings: Settings): Problem[] {
  const problems: Problem[] = [];
  const required = table.resource.schema.fields.find((f) => f.name === "year")?.constraints.required ?? false;
  const years = new Set<number>();
  for (const row of table.rows) {
    const { id, year } = row.values;
    // An empty cell of a required column, or a value that is not a year, is reported by the schema check already.
    if (year === undefined) {
      if (!required && table.letters.has("year")) problems.push(error(at(table, row, "year"), msg("rule.planYear.missing")));
      continue;
    }
    if (typeof year !== "number") continue;
    if (year < PLAN_YEARS.min || year > PLAN_YEARS.max) {
      problems.push(error(at(table, row, "year"), msg("rule.planYear.implausible", { value: String(year), ...PLAN_YEARS })));
      continue;
    }
    years.add(year);
    const named = typeof id === "string" ? /(?:^|\D)((?:19|20|21)\d\d)(?:\D|$)/.exec(id) : null;
    if (named && Number(named[1]) !== year)
      problems.push(error(at(table, row, "year"), msg("rule.planYear.idYear", { id: id as string, idYear: named[1]!, year })));
  }
  const where = { file: CATALOGUE_FILE };
  const sorted = [...years].sort((a, b) => a - b);
  const latest = sorted.at(-1);
  if (settings.planYear === undefined) {
    if (table.rows.length === 0) problems.push(error(where, msg("config.noPlanYear")));
  } else if (latest !== undefined && !years.has(settings.planYear))
    problems.push(error(where, msg("config.planYear", { year: settings.planYear, years: sorted.join(", "), latest })));
  else if (latest !== undefined && latest > settings.planYear)
    problems.push(warning(where, msg("config.laterPlan", { year: settings.planYear, later: latest })));
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
