import { phrase, type PhraseKey, type Value } from "../../i18n/check/index.ts";
import { normalizeCategories, readLists, type Lists } from "./lists.ts";
import { msg } from "./messages.ts";
import { error, type Message, type Problem } from "./problems.ts";
import type { Text } from "./types.ts";

/**
 * The catalogue, `datapackage.json`, in the Frictionless Data Package form, read
 * once and normalised into these types. Nothing downstream looks at the raw JSON.
 */

export const FIELD_TYPES = ["string", "integer", "number", "year", "date", "list"] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface Constraints {
  required?: boolean;
  unique?: boolean;
  enum?: readonly string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
}

export interface Field {
  name: string;
  type: FieldType;
  title: string;
  /** What the column holds, in English. */
  description: string;
  /** What the column holds, in Indonesian (`description_id`; falls back to the English). */
  descriptionId: string;
  unit?: string;
  /** Separator of the items of a `list` field. */
  delimiter: string;
  /** The allowed values with their labels (Table Schema v2); when given, they are the field's `enum`. */
  categories?: readonly Category[];
  /** Groups of the categories, each with its labels (the period groups of `observations.period`). */
  groups?: unknown;
  constraints: Constraints;
}

/** One allowed value of a field with its labels; other properties stay raw for the list that reads them (lists.ts). */
export interface Category {
  value: string;
  label: Text;
  raw: Readonly<Record<string, unknown>>;
}

export interface ForeignKey {
  fields: readonly string[];
  reference: { resource: string; fields: readonly string[] };
}

export interface TableSchema {
  fields: readonly Field[];
  primaryKey: readonly string[];
  foreignKeys: readonly ForeignKey[];
  missingValues: readonly string[];
}

export interface TableResource {
  kind: "table";
  name: string;
  path: string;
  title: string;
  schema: TableSchema;
}

export interface GeoResource {
  kind: "geo";
  name: string;
  path: string;
  title: string;
}

export type Resource = TableResource | GeoResource;

/** A kabupaten or a kota: what the place is called depends on it (src/i18n, `place.*`). */
export type PlaceKind = "kabupaten" | "kota";
export const PLACE_KINDS: readonly PlaceKind[] = ["kabupaten", "kota"];

/**
 * The site's settings, the `lentera` object of datapackage.json: everything
 * about the place that is not a table row. Nothing about a particular place is
 * written in the code; a place without one of the optional parts gets pages
 * without that part.
 */
export interface Settings {
  /** The code of the kabupaten or kota (areas.csv, level "regency"). */
  regency: string;
  kind: PlaceKind;
  /** Its full name when it differs from the usual "Kabupaten X" / "X Regency" ("Kota X" / "X City"). */
  placeName: { id: string; en: string } | undefined;
  comparisons: readonly string[];
  /**
   * The year of the current action plan when the settings name one (`planYear`); otherwise the
   * current plan is the latest year in actions.csv (`Model.planYear`).
   */
  planYear: number | undefined;
  /** The outcome the site leads with (P0 for poverty), in a survey period. */
  headline: { indicator: string; period: string };
  /** Indicators shown beside the headline on the home page and as outcomes of every strategy (depth, extreme poverty). */
  outcomes: readonly string[];
  /** Indicators of a kecamatan's profile facts, when the place has them. */
  profile: { area: string | undefined; population: string | undefined };
  /** The planning document whose targets the home page quotes (for example RPJMD). */
  targetDocument: string | undefined;
  /** The legal basis the strategies follow, in both languages (for example Inpres 4/2022). */
  strategyBasis: { id: string; en: string } | undefined;
  geo: string | undefined;
  /** The credit line of the boundaries, in both languages. */
  boundaryCredit: { id: string; en: string } | undefined;
  publisher: { id: string; en: string };
}

export interface Catalogue {
  name: string;
  title: string;
  version: string;
  resources: readonly Resource[];
  settings: Settings;
  /** Units, periods and funding sources with their labels. */
  lists: Lists;
}

export const CATALOGUE_FILE = "datapackage.json";

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === "object" && v !== null && !Array.isArray(v);

/** Parses the catalogue text, reporting a syntax error with its line and column. */
export function parseCatalogue(text: string): { catalogue?: Catalogue; problems: Problem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const { line, column, detail } = locateJsonError(text, (e as Error).message);
    return {
      problems: [error({ file: CATALOGUE_FILE, line }, syntaxMessage(jsonDetail(detail), column))],
    };
  }
  return normalizeCatalogue(json);
}

function locateJsonError(text: string, message: string): { line?: number; column?: number; detail: string } {
  const detail = message
    .replace(/\s*\(line \d+ column \d+\)/, "")
    .replace(/ in JSON at position \d+/, "")
    .replace(/^Unexpected token '?(.)'?, .*$/, "Unexpected token $1");
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]), detail };
  const pos = /position (\d+)/.exec(message);
  if (!pos) return { detail };
  const before = text.slice(0, Number(pos[1]));
  const lines = before.split("\n");
  return { line: lines.length, column: lines.at(-1)!.length + 1, detail };
}

const syntaxMessage = (detail: Value, column: number | undefined) =>
  column ? msg("catalogue.syntax.atCharacter", { detail, column }) : msg("catalogue.syntax", { detail });

/** The JSON parser's usual complaints, to be said in each language; anything else is quoted as the parser says it. */
const JSON_DETAILS: readonly [RegExp, Exclude<PhraseKey & `catalogue.json.${string}`, "catalogue.json.token">][] = [
  [/^Expected double-quoted property name/, "catalogue.json.propertyName"],
  [/^Expected ',' or '}' after property value/, "catalogue.json.afterValue"],
  [/^Expected ',' or '\]' after array element/, "catalogue.json.afterElement"],
  [/^Unexpected end of JSON input/, "catalogue.json.end"],
  [/^Bad control character in string literal/, "catalogue.json.controlCharacter"],
];

function jsonDetail(detail: string): Value {
  const token = /^Unexpected token (.)/.exec(detail);
  if (token) return phrase("catalogue.json.token", { token: token[1]! });
  const known = JSON_DETAILS.find(([re]) => re.test(detail));
  return known ? phrase(known[1]) : detail;
}

/** Checks the shape of the catalogue and returns it typed, or the list of what is wrong. */
export function normalizeCatalogue(json: unknown): { catalogue?: Catalogue; problems: Problem[] } {
  const problems: Problem[] = [];
  const bad: Bad = (path, expected) => problems.push(error({ file: CATALOGUE_FILE }, msg("catalogue.invalid", { path, expected })));
  const report: Report = (message) => problems.push(error({ file: CATALOGUE_FILE }, message));
  if (!isObject(json)) {
    bad(phrase("catalogue.path.whole"), phrase("catalogue.expect.json"));
    return { problems };
  }
  const resources: Resource[] = [];
  if (!Array.isArray(json.resources) || json.resources.length === 0) bad("resources", phrase("catalogue.expect.tables"));
  else
    json.resources.forEach((r, i) => {
      const res = normalizeResource(r, `resources[${i}]`, bad, report);
      if (res) resources.push(res);
    });
  const settings = normalizeSettings(json.lentera, bad);
  const lists = readLists(resources, settings, bad, report);
  if (problems.length || !settings) return { problems };
  return {
    catalogue: {
      name: String(json.name ?? ""),
      title: String(json.title ?? ""),
      version: String(json.version ?? ""),
      resources,
      settings,
      lists,
    },
    problems,
  };
}

export type Bad = (path: string | Text, expected: Text) => void;
type Report = (message: Message) => void;

function normalizeResource(r: unknown, path: string, bad: Bad, report: Report): Resource | undefined {
  if (!isObject(r)) return void bad(path, phrase("catalogue.expect.object"));
  if (typeof r.name !== "string" || !r.name) return void bad(`${path}.name`, phrase("catalogue.expect.string"));
  if (typeof r.path !== "string" || !r.path) return void bad(`${path}.path`, phrase("catalogue.expect.fileName"));
  const title = typeof r.title === "string" ? r.title : r.name;
  if (r.format === "topojson") return { kind: "geo", name: r.name, path: r.path, title };
  if (!r.path.endsWith(".csv")) return void bad(`${path}.path`, phrase("catalogue.expect.csv"));
  const schema = normalizeSchema(r.schema, `${path}.schema`, r.name, bad, report);
  return schema && { kind: "table", name: r.name, path: r.path, title, schema };
}

function normalizeSchema(s: unknown, path: string, table: string, bad: Bad, report: Report): TableSchema | undefined {
  if (!isObject(s) || !Array.isArray(s.fields)) return void bad(`${path}.fields`, phrase("catalogue.expect.fields"));
  const fields: Field[] = [];
  s.fields.forEach((f, i) => {
    const field = normalizeField(f, `${path}.fields[${i}]`, table, bad, report);
    if (field) fields.push(field);
  });
  const names = new Set(fields.map((f) => f.name));
  const primaryKey = toStrings(s.primaryKey);
  for (const k of primaryKey) if (!names.has(k)) bad(`${path}.primaryKey`, phrase("catalogue.expect.knownField", { name: k }));
  const foreignKeys: ForeignKey[] = [];
  (Array.isArray(s.foreignKeys) ? s.foreignKeys : []).forEach((fk, i) => {
    const at = `${path}.foreignKeys[${i}]`;
    if (!isObject(fk) || !isObject(fk.reference) || typeof fk.reference.resource !== "string")
      return bad(at, phrase("catalogue.expect.foreignKey"));
    const fkFields = toStrings(fk.fields);
    for (const k of fkFields) if (!names.has(k)) bad(`${at}.fields`, phrase("catalogue.expect.knownField", { name: k }));
    foreignKeys.push({ fields: fkFields, reference: { resource: fk.reference.resource, fields: toStrings(fk.reference.fields) } });
  });
  const missingValues = Array.isArray(s.missingValues) ? toStrings(s.missingValues) : [""];
  return { fields, primaryKey, foreignKeys, missingValues };
}

function normalizeField(f: unknown, path: string, table: string, bad: Bad, report: Report): Field | undefined {
  if (!isObject(f) || typeof f.name !== "string" || !f.name) return void bad(`${path}.name`, phrase("catalogue.expect.fieldName"));
  const type = f.type ?? "string";
  if (!(FIELD_TYPES as readonly unknown[]).includes(type))
    return void bad(`${path}.type`, phrase("catalogue.expect.fieldType", { types: FIELD_TYPES.join(", ") }));
  const c = isObject(f.constraints) ? f.constraints : {};
  const num = (v: unknown) => (typeof v === "number" ? v : undefined);
  const categories = f.categories === undefined ? undefined : normalizeCategories(f.categories, `${path}.categories`, { table, field: f.name }, bad, report);
  const values = f.categories === undefined ? undefined : Array.isArray(f.categories) ? f.categories.map((x) => (isObject(x) ? x.value : undefined)) : [];
  // The categories are the allowed values; an enum beside them may only repeat them.
  if (values && Array.isArray(c.enum) && JSON.stringify(toStrings(c.enum)) !== JSON.stringify(values))
    bad(`${path}.constraints.enum`, phrase("catalogue.expect.enumOfCategories"));
  const constraints: Constraints = {
    required: c.required === true,
    unique: c.unique === true,
    enum: values ? toStrings(values) : Array.isArray(c.enum) ? toStrings(c.enum) : undefined,
    pattern: typeof c.pattern === "string" ? c.pattern : undefined,
    minimum: num(c.minimum),
    maximum: num(c.maximum),
    minLength: num(c.minLength),
    maxLength: num(c.maxLength),
  };
  if (constraints.pattern) {
    try {
      new RegExp(constraints.pattern);
    } catch {
      return void bad(`${path}.constraints.pattern`, phrase("catalogue.expect.pattern"));
    }
  }
  return {
    name: f.name,
    type: type as FieldType,
    title: typeof f.title === "string" ? f.title : f.name,
    description: typeof f.description === "string" ? f.description : "",
    descriptionId: typeof f.description_id === "string" ? f.description_id : typeof f.description === "string" ? f.description : "",
    unit: typeof f.unit === "string" ? f.unit : undefined,
    delimiter: typeof f.delimiter === "string" ? f.delimiter : ";",
    categories,
    groups: f.groups,
    constraints,
  };
}

function normalizeSettings(s: unknown, bad: Bad): Settings | undefined {
  if (!isObject(s)) return void bad("lentera", phrase("catalogue.expect.settings"));
  const headline = isObject(s.headline) ? s.headline : {};
  if (typeof s.regency !== "string") bad("lentera.regency", phrase("catalogue.expect.regency"));
  // The plan year is optional: without it the current plan is the latest year in actions.csv.
  const planYear = s.planYear === undefined ? undefined : typeof s.planYear === "number" && Number.isInteger(s.planYear) ? s.planYear : null;
  if (planYear === null) bad("lentera.planYear", phrase("catalogue.expect.planYear"));
  if (typeof headline.indicator !== "string") bad("lentera.headline.indicator", phrase("catalogue.expect.headline"));
  if (typeof s.regency !== "string" || planYear === null || typeof headline.indicator !== "string") return undefined;
  const kind = s.kind === undefined ? "kabupaten" : s.kind;
  if (!PLACE_KINDS.includes(kind as PlaceKind)) return void bad("lentera.kind", phrase("catalogue.expect.kind"));
  const profile = isObject(s.profile) ? s.profile : {};
  return {
    regency: s.regency,
    kind: kind as PlaceKind,
    placeName: text(s, "name"),
    comparisons: toStrings(s.comparisons),
    planYear,
    headline: { indicator: headline.indicator, period: typeof headline.period === "string" ? headline.period : "annual" },
    outcomes: toStrings(s.outcomes),
    profile: { area: optional(profile.area), population: optional(profile.population) },
    targetDocument: optional(s.targetDocument),
    strategyBasis: text(s, "strategyBasis"),
    geo: optional(s.geo),
    boundaryCredit: text(s, "boundaryCredit"),
    publisher: { id: String(s.publisher_id ?? ""), en: String(s.publisher_en ?? s.publisher_id ?? "") },
  };
}

const optional = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v.trim() : undefined);
/** A text given as `<key>_id` and `<key>_en` (the English falling back to the Indonesian), or undefined. */
function text(s: Raw, key: string): { id: string; en: string } | undefined {
  const id = optional(s[`${key}_id`]);
  return id === undefined ? undefined : { id, en: optional(s[`${key}_en`]) ?? id };
}

const toStrings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : typeof v === "string" ? [v] : []);
