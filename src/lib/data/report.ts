import type { Summary } from "./load.ts";
import type { Problem } from "./problems.ts";

/**
 * Plain-text reports for the terminal: each problem located as
 * "file, line, column", then what is wrong and how to fix it in Indonesian,
 * then the same in English.
 */
export function formatProblem(p: Problem, folder: string): string {
  const file = folder && folder !== "." ? `${folder}/${p.file}` : p.file;
  const col = p.columnLetter ? `kolom ${p.columnLetter}${p.column ? ` "${p.column}"` : ""}` : p.column ? `kolom "${p.column}"` : "";
  const colEn = p.columnLetter ? `column ${p.columnLetter}${p.column ? ` "${p.column}"` : ""}` : p.column ? `column "${p.column}"` : "";
  const whereId = [file, p.line ? `baris ${p.line}` : "", col].filter(Boolean).join(", ");
  const whereEn = [p.line ? `line ${p.line}` : "", colEn].filter(Boolean).join(", ");
  const mark = p.severity === "error" ? "✗" : "!";
  return [
    `${mark} ${whereId}`,
    `  ${p.id}`,
    `  Perbaiki: ${p.fixId}`,
    `  EN: ${whereEn ? `${whereEn}: ` : ""}${p.en}`,
    `  Fix: ${p.fixEn}`,
  ].join("\n");
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Warnings, with gaps in series folded into one short list: they are expected
 * in figures gathered from news reports, and a page of them would hide the
 * warnings that need action.
 */
function formatWarnings(warnings: readonly Problem[], folder: string): string[] {
  const gaps = warnings.filter((w) => w.code === "year-gap");
  const others = warnings.filter((w) => w.code !== "year-gap").map((p) => formatProblem(p, folder));
  if (!gaps.length) return others;
  const files = [...new Set(gaps.map((g) => (folder && folder !== "." ? `${folder}/${g.file}` : g.file)))].join(", ");
  return [
    ...others,
    [
      `! ${files}`,
      `  ${gaps.length} deret punya tahun tanpa nilai; grafik menampilkannya sebagai celah. Tidak wajib diperbaiki.`,
      `  EN: ${plural(gaps.length, "series has", "series have")} years without a value; charts show them as gaps. No fix is required.`,
      ...gaps.map((g) => `    ${g.value}`),
    ].join("\n"),
  ];
}

export function formatFailure(errors: readonly Problem[], warnings: readonly Problem[], folder: string): string {
  return [
    ...errors.map((p) => formatProblem(p, folder)),
    ...formatWarnings(warnings, folder),
    "",
    `Ditemukan ${errors.length} kesalahan dan ${warnings.length} peringatan di folder ${folder}. Tidak ada yang diterbitkan; perbaiki kesalahan di atas lalu jalankan lagi.`,
    `Found ${plural(errors.length, "error", "errors")} and ${plural(warnings.length, "warning", "warnings")} in ${folder}. Nothing was published; fix the errors above and run again.`,
  ].join("\n");
}

export function formatSuccess(summary: Summary, warnings: readonly Problem[], folder: string): string {
  const rows = summary.tables.reduce((s, t) => s + t.rows, 0);
  const sample = summary.tables.reduce((s, t) => s + t.sample, 0);
  const years = summary.years ? `${summary.years[0]}–${summary.years[1]}` : "-";
  const width = Math.max(...summary.tables.map((t) => t.path.length));
  return [
    ...formatWarnings(warnings, folder),
    ...(warnings.length ? [""] : []),
    `✓ Data di ${folder} sah / The data in ${folder} is valid.`,
    ...summary.tables.map((t) => `  ${t.path.padEnd(width)}  ${String(t.rows).padStart(5)} baris/rows${t.sample ? `, ${t.sample} contoh/sample` : ""}`),
    `  ${summary.tables.length} tabel/tables, ${rows} baris/rows, tahun/years ${years}, ${summary.kecamatan} kecamatan.`,
    `  ${sample} baris adalah data contoh (status "sample") / ${sample} rows are sample data.`,
    ...(warnings.length ? [`  ${warnings.length} peringatan tidak menghentikan build / ${plural(warnings.length, "warning does", "warnings do")} not stop the build.`] : []),
  ].join("\n");
}
