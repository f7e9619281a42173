import type { FileSource } from "../data/files.ts";
import { loadRegency } from "../data/load.ts";
import { formatReport } from "../data/report.ts";

/**
 * The check of the checker page: the data path (src/lib/data/load.ts) and the
 * report of `npm run check:data` (scripts/check-data.ts), word for word. The
 * modules are imported one by one, not through src/lib/data/index.ts, which
 * also brings the file-system source.
 */
export type CheckOutcome = "ok" | "warnings" | "errors";

export interface CheckReport {
  readonly outcome: CheckOutcome;
  readonly text: string;
}

export async function checkSource(source: FileSource): Promise<CheckReport> {
  const result = await loadRegency(source);
  const text = formatReport(result, source.label);
  return { outcome: !result.ok ? "errors" : result.warnings.length ? "warnings" : "ok", text };
}
