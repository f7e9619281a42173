export { loadRegency, REQUIRED_TABLES, type LoadResult, type Summary } from "./load.ts";
export { folderSource, memorySource, type FileSource } from "./files.ts";
export { formatFailure, formatProblem, formatSuccess } from "./report.ts";
export type { Problem, Severity } from "./problems.ts";
export { slugify } from "./model.ts";
export type * from "./types.ts";
