import type { report as id } from "./report.id.ts";

/** The frame of the data check's report in English; the same keys and placeholders as report.id.ts. */
export const report = {
  "report.line": "line {line}",
  "report.column.both": 'column {letter} "{name}"',
  "report.column.letter": "column {letter}",
  "report.column.name": 'column "{name}"',
  "report.fixLabel": "Fix: {fix}",
  "report.gaps": "{series} years without a value; charts show them as gaps. No fix is required.",
  "report.gaps.series.one": "{count} series has",
  "report.gaps.series.other": "{count} series have",
  "report.failure": "Found {errors} and {warnings} in {folder}. Nothing was published; fix the errors above and run again.",
  "report.errors.one": "{count} error",
  "report.errors.other": "{count} errors",
  "report.warnings.one": "{count} warning",
  "report.warnings.other": "{count} warnings",
  "report.valid": "The data in {folder} is valid.",
  "report.word.rows": "rows",
  "report.word.sample": "sample",
  "report.word.tables": "tables",
  "report.word.years": "years",
  "report.word.kecamatan": "kecamatan",
  "report.sampleRows.one": "{count} row is sample data.",
  "report.sampleRows.other": "{count} rows are sample data.",
  "report.notFatal.one": "{count} warning does not stop the build.",
  "report.notFatal.other": "{count} warnings do not stop the build.",
} as const satisfies Record<keyof typeof id, string>;
