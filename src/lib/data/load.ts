import { CATALOGUE_FILE, parseCatalogue, type TableResource } from "./catalogue.ts";
import { checkContent } from "./content.ts";
import { parseCsv } from "./csv.ts";
import { decodeUtf8 } from "./decode.ts";
import { examplesOf, neutralExamples, type Examples } from "./examples.ts";
import type { FileSource } from "./files.ts";
import { readGeo } from "./geo.ts";
import { phrase } from "../../i18n/check/index.ts";
import { msg, quoted, saveAsUtf8 } from "./messages.ts";
import { buildModel, slugify } from "./model.ts";
import { error, isError, sortProblems, warning, type Message, type Problem } from "./problems.ts";
import { checkReferences } from "./references.ts";
import { checkRules } from "./rules.ts";
import { catalogueSkipped, runs, skippedChecks, type Skipped } from "./skips.ts";
import { closest } from "./suggest.ts";
import { validateTable, type ValidatedTable } from "./table.ts";
import type { Geo, Model } from "./types.ts";

/** The tables the model is built from; a catalogue without one of them is incomplete. */
export const REQUIRED_TABLES = ["areas", "strategies", "indicators", "observations", "targets", "sources", "agencies", "actions"] as const;

export interface Summary {
  tables: { name: string; path: string; rows: number; sample: number }[];
  years: [number, number] | undefined;
  kecamatan: number;
}

export type LoadResult =
  | { ok: true; model: Model; warnings: Problem[]; summary: Summary }
  | { ok: false; errors: Problem[]; warnings: Problem[]; skipped: Skipped[] };

/**
 * The one data path: read files -> decode -> parse -> validate against the
 * catalogue -> either every problem at once, or a typed, frozen model. The
 * build, `npm run check:data` and the tests all call this.
 */
export async function loadRegency(source: FileSource): Promise<LoadResult> {
  const problems: Problem[] = [];
  let skipped: Skipped[] = [];
  const done = (): Extract<LoadResult, { ok: false }> => {
    const sorted = sortProblems(problems);
    return { ok: false, errors: sorted.filter(isError), warnings: sorted.filter((p) => !isError(p)), skipped };
  };
  // Without the catalogue nothing else is checked, and the report says so.
  const unread = (): LoadResult => ({ ...done(), skipped: [catalogueSkipped(CATALOGUE_FILE)] });

  const catalogueBytes = await source.read(CATALOGUE_FILE);
  if (!catalogueBytes) {
    problems.push(error({ file: CATALOGUE_FILE }, msg("catalogue.missing")));
    return unread();
  }
  const catalogueText = decodeUtf8(catalogueBytes, CATALOGUE_FILE);
  if ("problem" in catalogueText) {
    problems.push(catalogueText.problem);
    return unread();
  }
  const parsed = parseCatalogue(catalogueText.text);
  problems.push(...parsed.problems);
  const catalogue = parsed.catalogue;
  if (!catalogue) return unread();
  for (const name of REQUIRED_TABLES)
    if (!catalogue.resources.some((r) => r.kind === "table" && r.name === name))
      problems.push(error({ file: CATALOGUE_FILE }, msg("catalogue.invalid", { path: "resources", expected: phrase("catalogue.expect.table", { name }) })));

  // releases/ holds frozen copies of earlier data (src/lib/releases), checked on their own, never read as this data.
  const files = (await source.list()).filter((f) => !f.startsWith("releases/"));
  const listed = new Set(catalogue.resources.map((r) => r.path));
  const tablePaths = catalogue.resources.filter((r) => r.kind === "table").map((r) => r.path);
  for (const file of files) {
    if (/\.csv$/i.test(file) && !listed.has(file))
      problems.push(error({ file }, fileMessage("unlisted", file, similarNames(file, tablePaths))));
    if (/\.(xlsx|xls|ods)$/i.test(file)) problems.push(warning({ file }, msg("file.spreadsheet", { file, csv: file.replace(/\.\w+$/, ".csv"), saveAsUtf8 })));
  }

  // The areas are read first: the examples every later message quotes are the place's own, from its
  // settings and areas; a problem in areas.csv itself is explained with neutral examples.
  const tables = new Map<string, ValidatedTable>();
  const tableResources = catalogue.resources.filter((r) => r.kind === "table");
  const areasResource = tableResources.find((r) => r.name === "areas");
  if (areasResource) {
    const areas = await readTable(source, areasResource, files, problems, neutralExamples());
    if (areas) tables.set("areas", areas);
  }
  const examples = examplesOf(catalogue.settings.regency, tables.get("areas")?.rows);
  for (const resource of tableResources) {
    if (resource === areasResource) continue;
    const table = await readTable(source, resource, files, problems, examples);
    if (table) tables.set(resource.name, table);
  }
  // A table that could not be read or is broken: the checks of other tables against it wait until it is fixed.
  const broken = new Set(tableResources.filter((r) => tables.get(r.name)?.broken !== false).map((r) => r.name));
  problems.push(...checkReferences(tables, broken));
  problems.push(...checkRules(tables, catalogue.settings, examples, broken));

  const kecamatan = new Map(
    (broken.has("areas") ? [] : (tables.get("areas")?.rows ?? []))
      .filter((r) => r.values.level === "kecamatan" && r.values.parent === catalogue.settings.regency)
      .map((r) => [r.values.code as string, r.values.name as string]),
  );
  let geo: Geo | undefined;
  const geoResource = catalogue.resources.find((r) => r.kind === "geo" && r.name === catalogue.settings.geo);
  if (geoResource && runs("geo", broken)) {
    const bytes = await source.read(geoResource.path);
    if (!bytes) problems.push(error({ file: geoResource.path }, msg("file.missing", { file: geoResource.path })));
    else {
      const text = decodeUtf8(bytes, geoResource.path);
      if ("problem" in text) problems.push(text.problem);
      else {
        const read = readGeo(text.text, geoResource.path, kecamatan, examples);
        problems.push(...read.problems);
        geo = read.geo;
      }
    }
  }

  const contentFiles = files.filter((f) => f.startsWith("content/") && f.endsWith(".md"));
  skipped = skippedChecks(catalogue, broken, { read: new Set(tables.keys()), geo: geoResource?.path, content: contentFiles.length > 0 });
  const content = new Map<string, string>();
  for (const file of contentFiles) {
    const text = decodeUtf8((await source.read(file))!, file);
    if ("problem" in text) problems.push(text.problem);
    else content.set(file, text.text);
  }
  problems.push(
    ...checkContent(content, {
      areas: broken.has("areas") ? undefined : new Set(kecamatan.keys()),
      strategies: broken.has("strategies") ? undefined : new Set((tables.get("strategies")?.rows ?? []).map((r) => r.values.id as string)),
    }, examples),
  );

  if (problems.some(isError)) return done();
  const model = buildModel(catalogue, tables, geo);
  return { ok: true, model, warnings: sortProblems(problems), summary: summarize(model, tables) };
}

async function readTable(
  source: FileSource,
  resource: TableResource,
  files: readonly string[],
  problems: Problem[],
  examples: Examples,
): Promise<ValidatedTable | undefined> {
  const file = resource.path;
  const bytes = await source.read(file);
  if (!bytes) {
    problems.push(error({ file }, fileMessage("missing", file, similarNames(file, files))));
    return undefined;
  }
  const decoded = decodeUtf8(bytes, file);
  if ("problem" in decoded) {
    problems.push(decoded.problem);
    return undefined;
  }
  if (decoded.text.trim() === "") {
    problems.push(error({ file }, msg("file.empty", { columns: resource.schema.fields.map((f) => f.name).join(",") })));
    return undefined;
  }
  const csv = parseCsv(decoded.text, file, examples);
  problems.push(...csv.problems);
  if (!csv.table) return undefined;
  const validated = validateTable(resource, csv.table, examples);
  problems.push(...validated.problems);
  return validated.table;
}

/** A file missing or not listed, with the advice to rename when another file looks like it. */
function fileMessage(listed: "missing" | "unlisted", file: string, similar: readonly string[]): Message {
  if (!similar.length) return msg(listed === "missing" ? "file.missing" : "file.notInCatalogue", { file });
  return msg(listed === "missing" ? "file.missing.similar" : "file.notInCatalogue.similar", { file, similar: quoted(similar) });
}

/** Files whose names look like `file` (a copy such as "areas (1).csv", another case, a typo). */
function similarNames(file: string, candidates: readonly string[]): string[] {
  const base = slugify(file.replace(/\.\w+$/, ""));
  return candidates.filter((c) => {
    if (c === file) return false;
    const other = slugify(c.replace(/\.\w+$/, ""));
    return other.includes(base) || base.includes(other) || closest(base, [other]) !== undefined;
  });
}

function summarize(model: Model, tables: ReadonlyMap<string, ValidatedTable>): Summary {
  let years: [number, number] | undefined;
  for (const { year } of model.observations) years = years ? [Math.min(years[0], year), Math.max(years[1], year)] : [year, year];
  return {
    tables: [...tables.values()].map((t) => ({
      name: t.resource.name,
      path: t.resource.path,
      rows: t.rows.length,
      sample: t.rows.filter((r) => r.values.status === "sample" || r.values.data_status === "sample").length,
    })),
    years,
    kecamatan: model.kecamatan.length,
  };
}
