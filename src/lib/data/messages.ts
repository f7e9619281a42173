import { explain, phrase, type MessageName, type MessageValues } from "../../i18n/check/index.ts";
import type { Message } from "./problems.ts";

/**
 * Messages of the data check, built by name: `msg("value.notNumber", { value,
 * example })`. The wording, in both languages, is in src/i18n/check; here each
 * message gets its stable code, which tests, the sort order of the report and
 * the folding of year gaps rely on. A message without a code of its own takes
 * its nearest parent's (`file.missing.similar` is a `file-missing`).
 */
const CODE: Readonly<Record<string, string>> = {
  "catalogue.missing": "catalogue-missing",
  "catalogue.syntax": "catalogue-syntax",
  "catalogue.invalid": "catalogue-invalid",
  "file.missing": "file-missing",
  "file.notInCatalogue": "file-not-in-catalogue",
  "file.spreadsheet": "spreadsheet-ignored",
  "file.empty": "empty-file",
  "file.noRows": "no-rows",
  "file.notUtf8": "not-utf8",
  "file.utf16": "utf16",
  "file.semicolons": "semicolon-file",
  "file.tabs": "tab-file",
  "file.unclosedQuote": "unclosed-quote",
  "header.unknown": "unknown-column",
  "header.missing": "missing-column",
  "header.duplicate": "duplicate-column",
  "header.unnamed": "unnamed-column",
  "row.tooMany": "too-many-cells",
  "row.tooFew": "too-few-cells",
  "row.duplicate": "duplicate-key",
  "value.required": "required",
  "value.decimalComma": "decimal-comma",
  "value.thousands": "thousands-separator",
  "value.ambiguousDot": "ambiguous-dot",
  "value.notNumber": "not-number",
  "value.notInteger": "not-integer",
  "value.notYear": "not-year",
  "value.notDate": "not-date",
  "value.notInList": "not-in-list",
  "value.wrongForm": "wrong-form",
  "value.belowMinimum": "below-minimum",
  "value.aboveMaximum": "above-maximum",
  "value.tooLong": "too-long",
  "reference.unknown": "unknown-reference",
  "rule.outOfRange": "out-of-range",
  "rule.badLocation": "bad-location",
  "rule.regencyWithKecamatan": "regency-with-kecamatan",
  "rule.reversed": "range-reversed",
  "rule.overBudget": "realised-over-budget",
  "rule.doneWithoutOutput": "done-without-output",
  "rule.yearGap": "year-gap",
  config: "config",
  geo: "geo",
  content: "content",
  "newPlace.argument": "new-place-argument",
  "newPlace.code": "new-place-code",
  "newPlace.kind": "new-place-kind",
  "newPlace.province": "new-place-province",
  "newPlace.planYear": "new-place-plan-year",
  "newPlace.out": "new-place-out",
  "newPlace.noFile": "new-place-no-file",
  "newPlace.notGeoJson": "new-place-not-geo-json",
  "newPlace.noFeatures": "new-place-no-features",
  "newPlace.noCode": "new-place-no-code",
  "newPlace.outside": "new-place-outside",
  "newPlace.duplicate": "new-place-duplicate",
  "newPlace.noName": "new-place-no-name",
  "newPlace.notPolygon": "new-place-not-polygon",
  "release.argument": "release-argument",
  "release.version": "release-version",
  "release.exists": "release-exists",
  "release.notGreater": "release-not-greater",
  "release.kind": "release-kind",
  "release.date": "release-date",
  "release.dateOrder": "release-date-order",
  "release.unchanged": "release-unchanged",
  "release.edited": "release-edited",
  "release.folderMissing": "release-folder-missing",
  "release.unlisted": "release-unlisted",
  "release.order": "release-order",
};

/** The code of a message name: its own, or its nearest parent's. */
export function codeOf(name: string): string | undefined {
  for (let n = name; n; n = n.includes(".") ? n.slice(0, n.lastIndexOf(".")) : "") if (CODE[n]) return CODE[n];
  return undefined;
}

export function msg<N extends MessageName>(name: N, ...values: MessageValues<N>): Message {
  const code = codeOf(name);
  if (!code) throw new Error(`check message ${name} has no code`);
  return { code, ...explain(name, ...values) };
}

/** How to save a CSV UTF-8 file from Excel and LibreOffice, the fix of most encoding problems. */
export const saveAsUtf8 = phrase("file.saveAsUtf8");

/** Values quoted as a list in messages: `"a", "b"`. */
export const quoted = (values: readonly string[]): string => values.map((v) => `"${v}"`).join(", ");
