import { phrase, type Value } from "../../i18n/check/index.ts";
import { slugify } from "./model.ts";
import type { TypedRow } from "./table.ts";

/**
 * Examples the data check quotes in its advice, taken from the data folder
 * being checked: the place's own code, its first kecamatan by code and its
 * short name. Each message takes them as a `{placeholder}`. Where the data
 * cannot give one (the areas table is missing or unreadable, or the message is
 * about a file read before it), the example is a neutral word of the message
 * tables ("Kecamatan A", "<kode>.01"), never a real place.
 */
export interface Examples {
  /** A short name written in quotes inside a cell: the place's first alternative name, else its name. */
  shortName: Value;
  /** Text holding a comma, which must be quoted in a CSV cell: two kecamatan names. */
  places: Value;
  /** The code of the first kecamatan. */
  kecamatanCode: Value;
  /** The code of the place (the settings' `regency`). */
  regencyCode: Value;
  /** The form of every kecamatan code of the place: `<place code>.xx`. */
  kecamatanCodeForm: Value;
  /** A narrative text's file name and title: the first kecamatan's slug and name. */
  contentName: Value;
  contentTitle: Value;
}

/** Examples that name no place, for messages given before the areas are known. */
export function neutralExamples(): Examples {
  return {
    shortName: phrase("example.place"),
    places: phrase("example.places"),
    kecamatanCode: phrase("example.kecamatanCode"),
    regencyCode: phrase("example.code"),
    kecamatanCodeForm: phrase("example.codeForm"),
    contentName: phrase("example.slug"),
    contentTitle: phrase("example.kecamatan"),
  };
}

/**
 * The examples of a place: `regency` is the code in the settings, `areas` the
 * rows of areas.csv that could be read (undefined when the table could not).
 * Each example the rows cannot give stays neutral.
 */
export function examplesOf(regency: string | undefined, areas: readonly TypedRow[] | undefined): Examples {
  const examples = neutralExamples();
  if (!regency) return examples;
  examples.regencyCode = regency;
  examples.kecamatanCodeForm = `${regency}.xx`;
  const text = (r: TypedRow, k: string): string | undefined => {
    const v = r.values[k];
    return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
  };
  const place = areas?.find((r) => r.values.code === regency && r.values.level === "regency");
  const placeName = place && (text(place, "alt_names")?.split(";")[0]?.trim() || text(place, "name"));
  if (placeName) examples.shortName = placeName;
  const kecamatan = (areas ?? [])
    .filter((r) => r.values.level === "kecamatan" && r.values.parent === regency && text(r, "code") && text(r, "name"))
    .map((r) => ({ code: text(r, "code")!, name: text(r, "name")! }))
    .sort((a, b) => a.code.localeCompare(b.code, "en", { numeric: true }));
  const [first, second] = kecamatan;
  if (first) {
    examples.kecamatanCode = first.code;
    examples.contentName = slugify(first.name);
    examples.contentTitle = first.name;
    const other = second?.name ?? (place && text(place, "name"));
    if (other && other !== first.name) examples.places = `${first.name}, ${other}`;
  }
  return examples;
}
