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
  /** The short report, sending the reader to `full` (not to a command) for the complete list. */
  readonly text: string;
  /** The full report (`npm run check:data -- --verbose`), when it says more than the short one. */
  readonly full?: string;
}

export async function checkSource(source: FileSource): Promise<CheckReport> {
  const result = await loadRegency(source);
  const text = formatReport(result, source.label, { fullReport: "below" });
  const full = formatReport(result, source.label, { verbose: true });
  const outcome = !result.ok ? "errors" : result.warnings.length ? "warnings" : "ok";
  // The short report differs from the CLI's only in the hint to the full list, which it has only when the full report says more.
  return full === text ? { outcome, text } : { outcome, text, full };
}
