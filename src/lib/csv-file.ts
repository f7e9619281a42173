/**
 * CSV as Lentera writes it, for every download (the data tables and each
 * chart's data): UTF-8 with a byte order mark and CRLF line ends, so Excel
 * opens it correctly in any locale. A cell is quoted when it holds a quote,
 * a comma or a line break, or begins or ends with a space (which a
 * spreadsheet would otherwise trim). A text cell that a spreadsheet would run
 * as a formula (it begins with =, +, -, @, a tab or a carriage return) gets a
 * leading apostrophe, so opening the file can never execute anything;
 * numbers are written by the caller and never touched.
 */
const BOM = "\ufeff";

export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A text cell, neutralised and quoted as needed. */
export const textCell = (text: string): string => quote(neutralise(text));

/** Quotes a cell that needs it; the text is written as given. */
export function quote(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A file from lines of cells that are already written (numbers plain, texts through `textCell`). */
export const csvFile = (lines: readonly (readonly string[])[]): string => `${BOM}${lines.map((cells) => cells.join(",")).join("\r\n")}\r\n`;
