import type { files as id } from "./files.id.ts";

/** What the data check says about the catalogue, the files and a table's shape, in English; the same keys and placeholders as files.id.ts. */
export const files = {
  "catalogue.missing.what": "datapackage.json was not found; without this catalogue Lentera does not know which tables exist.",
  "catalogue.missing.fix": "Copy datapackage.json from an earlier version of the data folder (or from the repository) into this folder.",
  "catalogue.syntax.what": "datapackage.json is not valid JSON: {detail}.",
  "catalogue.syntax.fix":
    "Check the commas, braces and quotes around this position; compare with the previous version. A comma after the last item is not allowed.",
  "catalogue.syntax.atCharacter.what": "datapackage.json is not valid JSON (character {column}): {detail}.",
  // As the JSON parser says them.
  "catalogue.json.propertyName": "Expected double-quoted property name",
  "catalogue.json.afterValue": "Expected ',' or '}' after property value",
  "catalogue.json.afterElement": "Expected ',' or ']' after array element",
  "catalogue.json.end": "Unexpected end of JSON input",
  "catalogue.json.controlCharacter": "Bad control character in string literal",
  "catalogue.json.token": "Unexpected token {token}",
  "catalogue.invalid.what": "In datapackage.json, {path} must {expected}.",
  "catalogue.invalid.fix": "Fix that part to follow the Frictionless Data Package form, or restore it from the previous version.",
  "catalogue.path.whole": "the whole file",
  "catalogue.expect.json": "be a JSON object { ... }",
  "catalogue.expect.tables": "be a non-empty list of tables",
  "catalogue.expect.table": 'include the table "{name}"',
  "catalogue.expect.object": "be an object",
  "catalogue.expect.string": "be a string",
  "catalogue.expect.fileName": "be a file name",
  "catalogue.expect.csv": "be a .csv file (or format topojson)",
  "catalogue.expect.fields": "be a list of fields",
  "catalogue.expect.fieldName": "be a field name",
  "catalogue.expect.knownField": 'be existing field names (not "{name}")',
  "catalogue.expect.foreignKey": "be { fields, reference: { resource, fields } }",
  "catalogue.expect.fieldType": "be one of {types}",
  "catalogue.expect.pattern": "be a valid regular expression",
  "catalogue.expect.settings": "be the site settings object { regency, comparisons, headline }",
  "catalogue.expect.regency": "be the code of the kabupaten or kota (a string)",
  "catalogue.expect.planYear":
    "be the year of the current action plan (a whole number), or be left out to use the latest year in actions.csv",
  "catalogue.expect.kind": '"kabupaten" or "kota"',
  "catalogue.expect.headline": "be the headline indicator id",

  "file.missing.what": "{file} is listed in datapackage.json but is not in the data folder.",
  "file.missing.fix": "Restore {file} from the previous version, or remove the table from datapackage.json.",
  "file.missing.similar.fix": 'A similar file is there: {similar}. Rename it to "{file}" (lower case, ending in .csv).',
  "file.notInCatalogue.what": "{file} is in the data folder but not listed in datapackage.json, so its contents would not be used.",
  "file.notInCatalogue.fix": "Move the file out of the data folder, or add it as a new table in datapackage.json.",
  "file.notInCatalogue.similar.fix":
    "If this file replaces {similar}, delete the old file and rename this one to that name. If it is not used, move it out of the data folder.",
  "file.spreadsheet.what": "{file} is a spreadsheet workbook; Lentera reads only CSV files, so it is ignored.",
  "file.spreadsheet.fix": 'If its contents should be used, save it as CSV UTF-8 named "{csv}". {saveAsUtf8}',
  "file.empty.what": "This file is empty: even the header row is missing.",
  "file.empty.fix": "Restore the file from the previous version. The first line must hold the column names: {columns}",
  "file.noRows.what": "This file holds only the header row, no data.",
  "file.noRows.fix":
    "If the table really has no data yet, leave it; if rows were deleted by mistake, restore them from the previous version.",
  "file.saveAsUtf8":
    "In Excel: File > Save As > choose 'CSV UTF-8 (Comma delimited) (*.csv)'. In LibreOffice: tick 'Edit filter settings' and choose 'Unicode (UTF-8)'.",
  "file.notUtf8.what":
    "This file is not saved as UTF-8: a character on this line cannot be read (usually an accented letter or curly quote from Excel's plain 'CSV (Comma delimited)').",
  "file.notUtf8.fix": "{saveAsUtf8}",
  "file.utf16.what": "This file is saved as UTF-16 ('Unicode Text'), not as CSV UTF-8.",
  "file.utf16.fix": "{saveAsUtf8}",
  "file.semicolons.what":
    "This file uses semicolons (;) between columns, as Excel in an Indonesian locale does. Lentera reads it with the comma as decimal mark (12,5 is read as 12.5).",
  "file.semicolons.fix": "No fix is required. To match the other files, save it as comma-separated CSV UTF-8. {saveAsUtf8}",
  "file.tabs.what": "This file uses tabs between columns ('Text (Tab delimited)'), not CSV.",
  "file.tabs.fix": "{saveAsUtf8}",
  "file.unclosedQuote.what": 'A quote (") opens on this line but never closes, so the rest of the file reads as one cell.',
  "file.unclosedQuote.fix": 'Close the quote at the end of the cell. A quote inside text is written twice: "TKPK ""{name}""".',

  "header.unknown.what": 'Column "{name}" is not part of this table.',
  "header.unknown.fix": "Delete the column, or add it to the table's schema in datapackage.json if it really is a new column.",
  "header.unknown.suggestion.fix": 'Perhaps "{suggestion}" was meant: correct the column name on line 1.',
  "header.missing.what": 'Column "{name}" is missing. It holds: {description}',
  "header.missing.fix": 'Add a column named "{name}" on line 1; its cells may stay empty when the column is optional.',
  "header.duplicate.what": 'Column "{name}" appears twice in the header.',
  "header.duplicate.fix": "Delete one of them, after making sure their contents are merged.",
  "header.unnamed.what": "This column holds data but has no name on line 1.",
  "header.unnamed.fix": "Move its data to the right column, or delete the column.",

  "row.tooMany.what": "This line has {found} cells but the header has only {expected}.",
  "row.tooMany.fix":
    'Usually a comma inside text, or a decimal written with a comma. Put quotes around text that holds a comma ("{places}") and write decimals with a dot (12.5).',
  "row.tooMany.split.what":
    'This line has {found} cells but the header has only {expected}: the number "{value}" in column "{column}" seems to be written with a decimal comma, which splits it into two cells.',
  "row.tooMany.split.fix": 'Write "{dotted}" with a dot as decimal mark. Lentera does not guess, and does not read it as {joined}.',
  "row.tooFew.what": "This line has only {found} cells but the header has {expected}.",
  "row.tooFew.fix": "Add the missing cells (they may be empty, but the separators must be there), or join a line that was split.",
  "row.duplicate.what": "This line repeats line {first} in {fields} ({values}); each combination may appear only once.",
  "row.duplicate.fix": "Delete the duplicate line, or correct the value if it is a typo.",
  // Examples quoted in advice when the data folder cannot give its own (see files.id.ts).
  "example.place": "Place Name",
  "example.places": "Kecamatan A, Kecamatan B",
  "example.kecamatan": "Kecamatan A",
  "example.slug": "kecamatan-a",
  "example.code": "<code>",
  "example.kecamatanCode": "<code>.01",
  "example.codeForm": "<code>.xx",
} as const satisfies Record<keyof typeof id, string>;
