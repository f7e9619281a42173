import { count, inline, phrase, type PhraseKey } from "../../i18n/check/index.ts";
import type { LoadResult, Summary } from "./load.ts";
import type { Problem } from "./problems.ts";
import type { Skipped } from "./skips.ts";
import { LOCALES, type Locale, type Text } from "./types.ts";

/**
 * Plain-text reports for the terminal, the build and the checker page: each
 * problem located as "file, line, column", then what is wrong and how to fix
 * it in Indonesian, then the same in each other language, marked with its code
 * ("EN:"). The words are in src/i18n/check/report.*.ts.
 *
 * The report stays short, so that one mistake cannot bury its own message: a
 * one-line summary first; problems of the same kind in the same column told
 * once, with the first three lines and how many more; checks skipped because
 * a table is broken said in one line each; warnings that need no action in
 * one line each. `verbose` lists everything in full.
 */
const [FIRST, ...OTHERS] = LOCALES as [Locale, ...Locale[]];

export interface ReportOptions {
  /** Every problem in full, every gap listed (`npm run check:data -- --verbose`). */
  readonly verbose?: boolean;
  /**
   * Where a short report sends the reader for the full list: the command (`npm run check:data -- --verbose`,
   * the default) or, on the checker page, the full report shown below it.
   */
  readonly fullReport?: "command" | "below";
}

function columnOf(p: Problem): Text[] {
  const name = p.column ?? "";
  return p.columnLetter
    ? p.column
      ? [phrase("report.column.both", { letter: p.columnLetter, name })]
      : [phrase("report.column.letter", { letter: p.columnLetter })]
    : p.column
      ? [phrase("report.column.name", { name })]
      : [];
}

const where = (p: Problem): Text[] => [...(p.line ? [phrase("report.line", { line: p.line })] : []), ...columnOf(p)];

/** A text made the same way in every language. */
const each = (make: (l: Locale) => string): Text => ({ id: make("id"), en: make("en") });

const inFolder = (file: string, folder: string) => (folder && folder !== "." ? `${folder}/${file}` : file);
const markOf = (p: Problem) => (p.severity === "error" ? "✗" : "!");

/** What is wrong and how to fix it, in every language, below the line that locates the problem. */
function explanation(p: Problem): string[] {
  const at = where(p);
  const fix = (l: Locale) => phrase("report.fixLabel", { fix: p.fix[l] })[l];
  return [
    `  ${p.what[FIRST]}`,
    `  ${fix(FIRST)}`,
    ...OTHERS.flatMap((l) => {
      const place = at.map((t) => t[l]).join(", ");
      return [`  ${l.toUpperCase()}: ${place ? `${place}: ` : ""}${p.what[l]}`, `  ${fix(l)}`];
    }),
  ];
}

export function formatProblem(p: Problem, folder: string): string {
  return [`${markOf(p)} ${[inFolder(p.file, folder), ...where(p).map((t) => t[FIRST])].join(", ")}`, ...explanation(p)].join("\n");
}

/** How many of a group are listed by line and value before "and N more rows like this". */
const SHOWN = 3;

/** The narrative texts are one file each: their problems are grouped by folder (content/kecamatan/), as a table's by file. */
const groupFile = (file: string): string => (file.startsWith("content/") ? file.slice(0, file.lastIndexOf("/") + 1) : file);

/** Problems of one kind (severity, file, code, column), in the order their first one appears. */
function groupsOf(problems: readonly Problem[]): Problem[][] {
  const groups = new Map<string, Problem[]>();
  for (const p of problems) {
    const key = JSON.stringify([p.severity, groupFile(p.file), p.code, p.column ?? p.columnLetter ?? ""]);
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.values()];
}

/**
 * One problem as it is; several of one kind as one: the file and column with
 * how many lines, the first three lines with their values, how many more, then
 * the first one's explanation (its fix quotes its own value).
 */
function formatGroup(group: readonly Problem[], folder: string): string {
  const head = group[0]!;
  // Up to three are told in full: each keeps its own advice (a name for a code, the nearest spelling).
  if (group.length <= SHOWN) return group.map((p) => formatProblem(p, folder)).join("\n");
  const files = new Set(group.map((p) => p.file)).size > 1;
  const byLine = !files && group.every((p) => p.line !== undefined);
  // A line named twice (two unknown codes in one cell) is one line to fix.
  const items = [...new Map(group.map((p) => [JSON.stringify([p.file, byLine ? p.line : p.value]), p])).values()];
  const total = byLine ? count("report.group.rows", items.length) : count("report.group.items", items.length);
  const label = (p: Problem) => [
    ...(files ? [p.file.slice(groupFile(p.file).length)] : []),
    ...(p.line && !files ? [phrase("report.line", { line: p.line })[FIRST]] : []),
    ...(p.value !== undefined ? [`"${p.value}"`] : []),
  ];
  const item = (p: Problem) => `  ${label(p).join(": ")}`;
  const rest = items.length - SHOWN;
  const more = rest > 0 ? [`  ${inline(byLine ? count("report.more.rows", rest) : count("report.more.items", rest))}`] : [];
  const at = [inFolder(files ? groupFile(head.file) : head.file, folder), ...columnOf(head).map((t) => t[FIRST])].join(", ");
  return [`${markOf(head)} ${at}: ${inline(total)}`, ...items.slice(0, SHOWN).map(item), ...more, ...explanation(head)].join("\n");
}

const blocks = (problems: readonly Problem[], folder: string, verbose: boolean): string[] =>
  verbose ? problems.map((p) => formatProblem(p, folder)) : groupsOf(problems).map((g) => formatGroup(g, folder));

/** The first language's text, then each other's marked with its code: "... \n  EN: ...". */
const lines = (t: Text): string[] => [`  ${t[FIRST]}`, ...OTHERS.map((l) => `  ${l.toUpperCase()}: ${t[l]}`)];
const word = (key: PhraseKey & `report.word.${string}`): string => inline(phrase(key), "/");

/**
 * Warnings that need no action (gaps in a series, a file read with semicolons):
 * one line per file, saying so; in full when verbose.
 */
const QUIET: Readonly<Record<string, (n: number, verbose: boolean, below: boolean) => Text>> = {
  "year-gap": (n, verbose, below) =>
    phrase("report.gaps", {
      series: count("report.gaps.series", n),
      more: verbose ? "" : phrase(below ? "report.quiet.listBelow" : "report.quiet.list"),
    }),
  "semicolon-file": (_, __, below) => phrase("report.quiet.semicolons", { more: phrase(below ? "report.quiet.howToBelow" : "report.quiet.howTo") }),
};

/** The warnings: those that need no action folded into one line per file and kind, the others grouped like errors. */
function formatWarnings(warnings: readonly Problem[], folder: string, verbose: boolean, below = false): string[] {
  const quiet = warnings.filter((w) => QUIET[w.code]);
  const others = blocks(
    warnings.filter((w) => !QUIET[w.code]),
    folder,
    verbose,
  );
  if (!quiet.length) return others;
  const folded = groupsOf(quiet).map((g) => {
    const head = g[0]!;
    const file = inFolder(head.file, folder);
    const said = QUIET[head.code]!(g.length, verbose, below);
    if (!verbose) return `! ${file}: ${inline(said)}`;
    // The full list: the gaps of every series, one a line; any other such warning as it is.
    if (head.code !== "year-gap") return g.map((p) => formatProblem(p, folder)).join("\n");
    return [`! ${file}`, ...lines(said), ...g.map((p) => `    ${p.value}`)].join("\n");
  });
  return [...others, ...folded];
}

/** The files with problems, in the report's order, as the summary line names them. */
const filesOf = (problems: readonly Problem[], folder: string): string =>
  [...new Set(problems.map((p) => inFolder(groupFile(p.file), folder)))].join(", ");

function formatSkipped(skipped: readonly Skipped[], folder: string): string[] {
  return skipped.map((s) => {
    const checks = each((l) => s.checks.map((c) => c[l]).join("; "));
    return `– ${inline(phrase("report.skipped", { file: inFolder(s.file, folder), checks }))}`;
  });
}

export function formatFailure(
  errors: readonly Problem[],
  warnings: readonly Problem[],
  folder: string,
  options: ReportOptions & { readonly skipped?: readonly Skipped[] } = {},
): string {
  const { verbose = false, skipped = [] } = options;
  const counts = { errors: count("report.errors", errors.length), warnings: count("report.warnings", warnings.length) };
  const summary = phrase("report.summary", { ...counts, files: filesOf([...errors, ...warnings], folder) });
  const total = phrase("report.failure", { folder });
  return [
    `✗ ${inline(summary)}`,
    ...blocks(errors, folder, verbose),
    ...formatSkipped(skipped, folder),
    ...formatWarnings(warnings, folder, verbose, options.fullReport === "below"),
    "",
    ...LOCALES.map((l) => total[l]),
  ].join("\n");
}

export function formatSuccess(summary: Summary, warnings: readonly Problem[], folder: string, options: ReportOptions = {}): string {
  const { verbose = false } = options;
  const rows = summary.tables.reduce((s, t) => s + t.rows, 0);
  const sample = summary.tables.reduce((s, t) => s + t.sample, 0);
  const years = summary.years ? `${summary.years[0]}–${summary.years[1]}` : "-";
  const width = Math.max(...summary.tables.map((t) => t.path.length));
  const [rowsWord, sampleWord] = [word("report.word.rows"), word("report.word.sample")];
  const table = (t: Summary["tables"][number]) => `  ${t.path.padEnd(width)}  ${String(t.rows).padStart(5)} ${rowsWord}${t.sample ? `, ${t.sample} ${sampleWord}` : ""}`;
  const kecamatan = `${summary.kecamatan} ${word("report.word.kecamatan")}`;
  return [
    `✓ ${inline(phrase("report.valid", { folder }))}`,
    ...formatWarnings(warnings, folder, verbose, options.fullReport === "below"),
    ...(warnings.length ? [""] : []),
    ...summary.tables.map(table),
    `  ${summary.tables.length} ${word("report.word.tables")}, ${rows} ${rowsWord}, ${word("report.word.years")} ${years}, ${kecamatan}.`,
    `  ${inline(count("report.sampleRows", sample))}`,
    ...(warnings.length ? [`  ${inline(count("report.notFatal", warnings.length))}`] : []),
  ].join("\n");
}

/** The report of a load: what `npm run check:data`, `npm run build` and the checker page print. */
export function formatReport(result: LoadResult, folder: string, options: ReportOptions = {}): string {
  return result.ok
    ? formatSuccess(result.summary, result.warnings, folder, options)
    : formatFailure(result.errors, result.warnings, folder, { ...options, skipped: result.skipped });
}

/** The warnings alone, as compact as in the report: what `npm run build` prints before it builds. */
export const formatWarningsOnly = (warnings: readonly Problem[], folder: string, options: ReportOptions = {}): string =>
  formatWarnings(warnings, folder, options.verbose ?? false).join("\n");
