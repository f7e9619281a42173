import type { PlaceKind } from "../data/catalogue.ts";
import { slugify } from "../data/model.ts";
import type { Problem } from "../data/problems.ts";
import { contentStubs } from "./content.ts";
import { readCsv, writeCsv, type Row } from "./csv.ts";
import { boundaryTopology, readBoundaries, readOutline, type Kecamatan } from "./geo.ts";
import { SAMPLE_SOURCE, sampleAgencies, sampleObservations, samplePlans } from "./sample.ts";
import { placeNames } from "./words.ts";

/**
 * `npm run new-regency`: from a few facts about a kabupaten or kota and its
 * kecamatan boundaries, the files of a complete data folder (path -> text),
 * which passes the data check as it is. Pure: the caller reads the inputs and
 * writes the result (write.ts).
 */
export interface NewPlaceInput {
  /** Kemendagri code of the kabupaten or kota, e.g. 73.73. */
  code: string;
  name: string;
  kind: PlaceKind;
  province: string;
  provinceEn?: string;
  planYear: number;
  /** The date the sources are recorded as read (YYYY-MM-DD). */
  today: string;
  boundaries: { file: string; text: string };
  outline?: { file: string; text: string };
  boundariesSource?: { title: string; url?: string };
  sample: boolean;
  /** The bundled data folder's files: datapackage.json, indicators.csv, strategies.csv, sources.csv, and areas.csv (whose names the new folder must not repeat). */
  template: { catalogue: string; indicators: string; strategies: string; sources: string; areas: string };
}

export type NewPlaceResult = { ok: true; files: Map<string, string>; kecamatan: Kecamatan[] } | { ok: false; problems: Problem[] };

/**
 * The national sources the bundled strategies cite (their legal basis): ids starting `id_` are about
 * Indonesia as a whole (data/README.md), so any place may cite them; the bundled place's own reports are left.
 */
const nationalSources = (strategiesCsv: string): string[] => [
  ...new Set(
    readCsv(strategiesCsv)
      .rows.flatMap((r) => (r.source ?? "").split(";"))
      .filter((id) => id.startsWith("id_")),
  ),
];
const BOUNDARY_SOURCE = "batas_kecamatan";
const GEO_FILE = "geo/kecamatan.topojson";

export function newPlace(input: NewPlaceInput): NewPlaceResult {
  const { code, name, kind, planYear, today } = input;
  const provinceCode = code.slice(0, 2);
  const place = placeNames(kind, name);
  const read = readBoundaries(input.boundaries.text, input.boundaries.file, code);
  const outline = input.outline ? readOutline(input.outline.text, input.outline.file) : { problems: [] };
  const problems = [...read.problems, ...outline.problems];
  if (problems.length || !read.kecamatan) return { ok: false, problems };
  const kecamatan = read.kecamatan.map(({ code, name }) => ({ code, name }));

  const files = new Map<string, string>();
  const topo = boundaryTopology(read.kecamatan, { code, name }, "outline" in outline ? outline.outline : undefined);
  files.set(GEO_FILE, `${JSON.stringify(topo)}\n`);

  // Sources: the boundaries, the strategies' national sources (copied from the bundled table), and the sample mark.
  const bundledSources = readCsv(input.template.sources);
  const given = input.boundariesSource;
  const boundaryRow: Row = {
    id: BOUNDARY_SOURCE,
    title: given?.title ?? `Batas kecamatan ${place.id}, disediakan TKPK / Kecamatan boundaries of ${place.en}, supplied by the TKPK`,
    publisher: given?.url ? new URL(given.url).hostname : `TKPK ${place.id}`,
    url: given?.url ?? "",
    published: "",
    accessed: today,
    note: `Kode dan nama kecamatan diambil dari file batas ini / Kecamatan codes and names as given in this boundary file (${input.boundaries.file.split(/[\\/]/).pop()}).`,
  };
  const basisSources = nationalSources(input.template.strategies);
  const sourceRows = [boundaryRow, ...bundledSources.rows.filter((r) => basisSources.includes(r.id!))];
  if (input.sample)
    sourceRows.push({
      id: SAMPLE_SOURCE,
      title: "Data contoh Lentera (bukan data resmi) / Lentera sample data (not official)",
      publisher: "Lentera",
      url: "",
      published: "",
      accessed: today,
      note: "Invented example values (kecamatan indicators, the action plan) made by npm run new-regency --sample. Never official figures.",
    });
  files.set("sources.csv", writeCsv(bundledSources.fields, sourceRows));

  // Areas: the country and province for comparison, the place, its kecamatan.
  const areaFields = [
    "code",
    "level",
    "parent",
    "name",
    "name_en",
    "alt_names",
    "bps_code",
    "capital",
    "desa",
    "kelurahan",
    "source",
    "note_id",
    "note_en",
  ];
  const areaRows: Row[] = [
    {
      code: "ID",
      level: "country",
      name: "Indonesia",
      name_en: "Indonesia",
      source: BOUNDARY_SOURCE,
      note_id: "Pembanding nasional.",
      note_en: "National comparison.",
    },
    {
      code: provinceCode,
      level: "province",
      parent: "ID",
      name: input.province,
      name_en: input.provinceEn ?? "",
      source: BOUNDARY_SOURCE,
      note_id: "Provinsi induk, dipakai sebagai pembanding.",
      note_en: "The province, used for comparison.",
    },
    { code, level: "regency", parent: provinceCode, name, source: BOUNDARY_SOURCE },
    ...kecamatan.map((k) => ({ code: k.code, level: "kecamatan", parent: code, name: k.name, source: BOUNDARY_SOURCE })),
  ];
  files.set("areas.csv", writeCsv(areaFields, areaRows));

  // The bundled strategies (those of the national instruction) as a starting point, citing their national sources.
  const strategies = readCsv(input.template.strategies);
  const strategyRows = strategies.rows.map((r): Row => ({ ...r, source: basisSources.join(";") }));
  files.set("strategies.csv", writeCsv(strategies.fields, strategyRows));

  // Indicators: the generic definitions, without the bundled place's sources and sentences about it.
  const indicators = readCsv(input.template.indicators);
  const bundledNames = bundledPlaceNames(input.template.areas);
  const about = (sentence: string) => bundledNames.some((n) => new RegExp(`(^|[^\\p{L}])${esc(n)}($|[^\\p{L}])`, "u").test(sentence));
  const generic = (text: string) =>
    forKind(
      input.kind,
      text
        .split(/(?<=\.)\s+/)
        .filter((s) => !about(s))
        .join(" "),
    );
  const indicatorRows = indicators.rows.map((r): Row => ({
    ...r,
    definition_id: generic(r.definition_id!),
    definition_en: generic(r.definition_en!),
    source: "",
  }));
  files.set("indicators.csv", writeCsv(indicators.fields, indicatorRows));

  // The catalogue, and the tables that the staff fill in.
  const catalogue = catalogueFor(input, place, kecamatan.length, given);
  files.set("datapackage.json", `${JSON.stringify(catalogue.json, null, 2)}\n`);
  const fields = (table: string) => catalogue.fields.get(table) ?? [];
  const decimals = new Map(indicatorRows.map((r) => [r.id!, Number(r.decimals)]));
  const years = [planYear - 3, planYear - 2, planYear - 1];
  files.set("observations.csv", writeCsv(fields("observations"), input.sample ? sampleObservations(code, kecamatan, years, decimals) : []));
  files.set("targets.csv", writeCsv(fields("targets")));
  files.set("agencies.csv", writeCsv(fields("agencies"), input.sample ? sampleAgencies(place) : []));
  files.set("actions.csv", writeCsv(fields("actions"), input.sample ? samplePlans(code, kecamatan, planYear) : []));

  for (const [path, text] of contentStubs(
    place,
    strategyRows.map((r) => ({ id: r.id!, name_id: r.name_id!, name_en: r.name_en! })),
    kecamatan,
  ))
    files.set(path, text);
  files.set("geo/README.md", geoReadme(place, kecamatan.length, boundaryRow, !!input.outline));
  files.set("README.md", folderReadme(place, input.sample));
  return { ok: true, files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1))), kecamatan };
}

/** The generic definitions speak of the level of a kabupaten ("tingkat kabupaten", "regency level"); a kota's say kota and city. */
function forKind(kind: PlaceKind, text: string): string {
  if (kind !== "kota") return text;
  return text
    .replace(/\bkabupaten(\/kota)?\b/g, "kota")
    .replace(/\bregency( and city| or city)?\b/g, "city")
    .replace(/\bRegency\b/g, "City");
}

type Json = Record<string, unknown>;

/** The names of the bundled place and its kecamatan (not the province's or the country's), old names included. */
export function bundledPlaceNames(areasText: string): string[] {
  return readCsv(areasText)
    .rows.filter((r) => r.level === "regency" || r.level === "kecamatan")
    .flatMap((r) => [r.name!, ...(r.alt_names ? r.alt_names.split(";") : [])])
    .filter(Boolean);
}

/** The bundled catalogue's resources and schemas (generic), with this place's settings and codes in the descriptions. */
function catalogueFor(input: NewPlaceInput, place: ReturnType<typeof placeNames>, count: number, given: NewPlaceInput["boundariesSource"]) {
  const bundled = JSON.parse(input.template.catalogue) as Json;
  const settings = bundled.lentera as Json;
  const from = String(settings.regency);
  const fromProvince = from.slice(0, 2);
  const { code } = input;
  const last = `${code}.${String(count).padStart(2, "0")}`;
  const words = (s: string): string => {
    let out = s
      .replace(new RegExp(`${esc(from)}\\.01 (to|sampai) ${esc(from)}\\.\\d{2}`, "g"), `${code}.01 $1 ${last}`)
      .replace(new RegExp(`${esc(from)}\\.\\d{2};${esc(from)}\\.\\d{2}`, "g"), count > 1 ? `${code}.01;${code}.02` : `${code}.01`)
      .replaceAll(from, code)
      .replaceAll(from.replace(".", ""), code.replace(".", ""))
      .replace(new RegExp(`\\b${fromProvince} (for the province|untuk provinsi)`, "g"), `${code.slice(0, 2)} $1`);
    if (input.kind === "kota")
      out = out
        .replace(/\b(untuk|kode|seluruh) kabupaten\b/g, "$1 kota")
        .replace(/\b([Tt])he regency\b/g, "$1he city")
        .replace(/\bfor the whole regency\b/g, "for the whole city");
    return out;
  };
  const resources = (bundled.resources as Json[]).map((r): Json => {
    if (r.format === "topojson")
      return {
        name: String(settings.geo ?? "kecamatan-boundaries"),
        path: GEO_FILE,
        format: "topojson",
        mediatype: "application/json",
        encoding: "utf-8",
        title: r.title,
        description: `Polygons of the ${count} kecamatan (object 'kecamatan', property 'code' in Kemendagri form) and the outline of ${place.en} (object 'kabupaten'). Indicative boundaries, not legally definitive.`,
        sources: [{ title: given?.title ?? `Supplied by the TKPK of ${place.en}`, path: given?.url ?? "sources.csv" }],
      };
    const copy = structuredClone(r);
    if (typeof copy.description === "string") copy.description = words(copy.description);
    // The bundled table's provenance is not this place's: its rows name their sources.
    if (copy.sources) copy.sources = [{ title: "See the source column of each row (sources.csv)", path: "sources.csv" }];
    const schema = copy.schema as { fields?: Json[] } | undefined;
    for (const f of schema?.fields ?? []) {
      if (f.name === "level") continue;
      for (const key of ["description", "description_id"]) if (typeof f[key] === "string") f[key] = words(f[key] as string);
    }
    return copy;
  });
  const credit = given
    ? { id: `Batas wilayah kecamatan: ${given.title}.`, en: `Kecamatan boundaries: ${given.title}.` }
    : { id: `Batas wilayah kecamatan: disediakan TKPK ${place.id}.`, en: `Kecamatan boundaries: supplied by the TKPK of ${place.en}.` };
  const json: Json = {
    profile: "data-package",
    name: `lentera-${slugify(input.name)}`,
    title: `Lentera: data kemiskinan ${place.id}`,
    description: `Indicators, targets and the annual poverty-reduction action plan (Rencana Aksi Tahunan) of ${place.en}, ${input.provinceEn ?? input.province}, with the province and Indonesia for comparison. Every row carries its source; rows with status 'sample' are invented examples, not official figures.`,
    version: "1.0.0",
    created: input.today,
    licenses: bundled.licenses,
    sources: [{ title: "Sources of every row: see sources.csv", path: "sources.csv" }],
    lentera: {
      regency: code,
      kind: input.kind,
      comparisons: [code.slice(0, 2), "ID"],
      // With sample plans the current plan is their latest year; an empty actions.csv needs the year named.
      planYear: input.sample ? undefined : input.planYear,
      headline: settings.headline,
      outcomes: settings.outcomes,
      profile: settings.profile,
      targetDocument: settings.targetDocument,
      strategyBasis_id: settings.strategyBasis_id,
      strategyBasis_en: settings.strategyBasis_en,
      geo: settings.geo ?? "kecamatan-boundaries",
      boundaryCredit_id: credit.id,
      boundaryCredit_en: credit.en,
      publisher_id: `Tim Koordinasi Penanggulangan Kemiskinan (TKPK) ${place.id}`,
      publisher_en: `Poverty Reduction Coordination Team (TKPK), ${place.en}`,
    },
    resources,
  };
  const fields = new Map(
    resources.map((r) => [String(r.name), ((r.schema as { fields?: Json[] } | undefined)?.fields ?? []).map((f) => String(f.name))]),
  );
  return { json, fields };
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function geoReadme(place: ReturnType<typeof placeNames>, count: number, source: Row, outline: boolean): string {
  return `# Batas kecamatan ${place.id} / Kecamatan boundaries of ${place.en}

| file | what |
| --- | --- |
| \`kecamatan.topojson\` | TopoJSON with two objects: \`kecamatan\` (${count} polygons, properties \`{code, name}\`) and \`kabupaten\` (the outline of ${place.en}). Quantised 1e5, WGS 84 longitude/latitude. |

Made by \`npm run new-regency\` from the GeoJSON file supplied (${source.note}).
${outline ? "The outline was supplied as its own file." : "The outline was dissolved from the kecamatan."}
Rings are wound the way d3-geo expects (exterior clockwise), the opposite of RFC 7946;
do not "rewind" the file before passing it to d3-geo or Observable Plot.

Join on \`code\` (Kemendagri form, the same codes as \`areas.csv\`), never on \`name\`.

Source: ${source.title}${source.url ? ` (${source.url})` : ""}. Add the boundaries' licence file
here if it has one, and show its credit (\`boundaryCredit_id\`/\`_en\` in \`datapackage.json\`).
These are indicative boundaries, not legally definitive.
`;
}

function folderReadme(place: ReturnType<typeof placeNames>, sample: boolean): string {
  return `# Data Lentera: ${place.id}

Made by \`npm run new-regency\`. What each table and column means is in \`datapackage.json\`.
${sample ? "\nRows with status `sample` (source `lentera_sample`) are invented examples for a demonstration: replace them before publishing.\n" : ""}
Fill first: \`observations.csv\` (indicator values with their source in \`sources.csv\`),
\`targets.csv\` (RPJMD targets), \`agencies.csv\` and \`actions.csv\` (the annual action plan),
then the texts in \`content/\`. Run \`npm run check:data\` after every change.
`;
}
