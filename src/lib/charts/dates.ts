import type { Model } from "../data/types.ts";

/**
 * The build date, as YYYY-MM-DD: the date citations give as "accessed" and
 * the standalone files carry. It comes from SOURCE_DATE_EPOCH when set
 * (reproducible builds), otherwise from the data (the latest date any source
 * was read), never from the clock, so the same data gives the same files.
 */
export function buildDate(model: Model, env: Readonly<Record<string, string | undefined>> = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch.trim() !== "") {
    const seconds = Number(epoch);
    if (!Number.isInteger(seconds) || seconds < 0)
      throw new Error(
        `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not "${epoch}". Unset it or set it to, for example, 1767225600.`,
      );
    return new Date(seconds * 1000).toISOString().slice(0, 10);
  }
  const latest = model.sources.reduce((m, s) => (s.accessed > m ? s.accessed : m), "");
  if (!latest) throw new Error("No build date: set SOURCE_DATE_EPOCH or give the sources an accessed date.");
  return latest;
}
