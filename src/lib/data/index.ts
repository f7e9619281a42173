export { loadRegency, REQUIRED_TABLES, type LoadResult, type Summary } from "./load.ts";
export { folderSource, memorySource, type FileSource } from "./files.ts";
export { formatFailure, formatProblem, formatReport, formatSuccess, formatWarningsOnly, type ReportOptions } from "./report.ts";
export type { Skipped } from "./skips.ts";
export type { Problem, Severity } from "./problems.ts";
export { slugify } from "./model.ts";
export type * from "./types.ts";
