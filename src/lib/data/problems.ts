import type { Text } from "./types.ts";

/**
 * A problem found in the data folder, located and explained in two languages.
 *
 * Every problem says what is wrong (quoting the value) and how to fix it, in
 * Bahasa Indonesia for the staff who edit the files and in English beneath.
 * Lines count as a spreadsheet does: the header is line 1.
 */

export type Severity = "error" | "warning";

export interface Message {
  /** Stable code, used by tests and by the fixture folders' expectations. */
  code: string;
  /** What is wrong, in every language. */
  what: Text;
  /** How to fix it, in every language. */
  fix: Text;
}

export interface Location {
  /** File name relative to the data folder, for example `observations.csv`. */
  file: string;
  /** Line as a spreadsheet shows it; the header is line 1. */
  line?: number;
  /** Field (column) name. */
  column?: string;
  /** Spreadsheet column letter (A, B, ... AA). */
  columnLetter?: string;
  /** The value found, exactly as written. */
  value?: string;
}

export interface Problem extends Message, Location {
  severity: Severity;
}

export function problem(severity: Severity, where: Location, message: Message): Problem {
  return { severity, ...where, ...message };
}

export const error = (where: Location, message: Message): Problem => problem("error", where, message);
export const warning = (where: Location, message: Message): Problem => problem("warning", where, message);

/** Spreadsheet column letter for a zero-based column index: 0 -> A, 26 -> AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export const isError = (p: Problem): boolean => p.severity === "error";

/** Orders problems by file, then line, then column, so reports read top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.columnLetter ?? "").length - (b.columnLetter ?? "").length ||
      (a.columnLetter ?? "").localeCompare(b.columnLetter ?? "") ||
      a.code.localeCompare(b.code),
  );
}
