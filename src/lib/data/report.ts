import { count, inline, phrase, type PhraseKey } from "../../i18n/check/index.ts";
import type { Summary } from "./load.ts";
import type { Problem } from "./problems.ts";
import { LOCALES, type Locale, type Text } from "./types.ts";

/**
 * Plain-text reports for the terminal: each problem located as
 * "file, line, column", then what is wrong and how to fix it in Indonesian,
 * then the same in each other language, marked with its code ("EN:"). The
 * words are in src/i18n/check/report.*.ts.
 */
const [FIRST, ...OTHERS] = LOCALES as [Locale, ...Locale[]];

function where(p: Problem): Text[] {
  const line = p.line ? [phrase("report.line", { line: p.line })] : [];
  const name = p.column ?? "";
  const column = p.columnLetter
    ? p.column
      ? [phrase("report.column.both", { letter: p.columnLetter, name })]
      : [phrase("report.column.letter", { letter: p.columnLetter })]
    : p.column
      ? [phrase("report.column.name", { name })]
      : [];
  return [...line, ...column];
}

const inFolder = (file: string, folder: string) => (folder && folder !== "." ? `${folder}/${file}` : file);

export function formatProblem(p: Problem, folder: string): string {
  const at = where(p);
  const mark = p.severity === "error" ? "✗" : "!";
  const fix = (l: Locale) => phrase("report.fixLabel", { fix: p.fix[l] })[l];
  return [
    `${mark} ${[inFolder(p.file, folder), ...at.map((t) => t[FIRST])].join(", ")}`,
    `  ${p.what[FIRST]}`,
    `  ${fix(FIRST)}`,
    ...OTHERS.flatMap((l) => {
      const place = at.map((t) => t[l]).join(", ");
      return [`  ${l.toUpperCase()}: ${place ? `${place}: ` : ""}${p.what[l]}`, `  ${fix(l)}`];
    }),
  ].join("\n");
}

/** The first language's text, then each other's marked with its code: "... \n  EN: ...". */
const lines = (t: Text): string[] => [`  ${t[FIRST]}`, ...OTHERS.map((l) => `  ${l.toUpperCase()}: ${t[l]}`)];
const word = (key: PhraseKey & `report.word.${string}`): string => inline(phrase(key), "/");

/**
 * Warnings, with gaps in series folded into one short list: they are expected
 * in figures gathered from news reports, and a page of them would hide the
 * warnings that need action.
 */
function formatWarnings(warnings: readonly Problem[], folder: string): string[] {
  const gaps = warnings.filter((w) => w.code === "year-gap");
  const others = warnings.filter((w) => w.code !== "year-gap").map((p) => formatProblem(p, folder));
  if (!gaps.length) return others;
  const files = [...new Set(gaps.map((g) => inFolder(g.file, folder)))].join(", ");
  const summary = phrase("report.gaps", { series: count("report.gaps.series", gaps.length) });
  return [...others, [`! ${files}`, ...lines(summary), ...gaps.map((g) => `    ${g.value}`)].join("\n")];
}

export function formatFailure(errors: readonly Problem[], warnings: readonly Problem[], folder: string): string {
  const total = phrase("report.failure", { errors: count("report.errors", errors.length), warnings: count("report.warnings", warnings.length), folder });
  return [...errors.map((p) => formatProblem(p, folder)), ...formatWarnings(warnings, folder), "", ...LOCALES.map((l) => total[l])].join("\n");
}

export function formatSuccess(summary: Summary, warnings: readonly Problem[], folder: string): string {
  const rows = summary.tables.reduce((s, t) => s + t.rows, 0);
  const sample = summary.tables.reduce((s, t) => s + t.sample, 0);
  const years = summary.years ? `${summary.years[0]}–${summary.years[1]}` : "-";
  const width = Math.max(...summary.tables.map((t) => t.path.length));
  const [rowsWord, sampleWord] = [word("report.word.rows"), word("report.word.sample")];
  const table = (t: Summary["tables"][number]) => `  ${t.path.padEnd(width)}  ${String(t.rows).padStart(5)} ${rowsWord}${t.sample ? `, ${t.sample} ${sampleWord}` : ""}`;
  const kecamatan = `${summary.kecamatan} ${word("report.word.kecamatan")}`;
  return [
    ...formatWarnings(warnings, folder),
    ...(warnings.length ? [""] : []),
    `✓ ${inline(phrase("report.valid", { folder }))}`,
    ...summary.tables.map(table),
    `  ${summary.tables.length} ${word("report.word.tables")}, ${rows} ${rowsWord}, ${word("report.word.years")} ${years}, ${kecamatan}.`,
    `  ${inline(count("report.sampleRows", sample))}`,
    ...(warnings.length ? [`  ${inline(count("report.notFatal", warnings.length))}`] : []),
  ].join("\n");
}
