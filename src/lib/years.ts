/**
 * Years as the site counts them: runs of consecutive years, the gaps between
 * them, and ranges written with an en dash. Pure helpers with no model, used
 * by the data check (gaps in a series), the charts (runs drawn as lines) and
 * the sentences.
 */

/** Splits a series into runs of consecutive years. */
export function runs<P extends { readonly year: number }>(points: readonly P[]): P[][] {
  const out: P[][] = [];
  for (const p of points) {
    const run = out.at(-1);
    if (run && p.year === run.at(-1)!.year + 1) run.push(p);
    else out.push([p]);
  }
  return out;
}

/** The years missing between the first and the last of a sorted list of years. */
export function missingYears(years: readonly number[]): number[] {
  const have = new Set(years);
  const out: number[] = [];
  for (let y = years[0] ?? 0; y < (years.at(-1) ?? 0); y++) if (!have.has(y)) out.push(y);
  return out;
}

/** 2008–2012, 2014 (ranges of consecutive years, with an en dash). */
export function yearRanges(years: readonly number[]): string {
  return runs(years.map((year) => ({ year })))
    .map((r) => (r.length === 1 ? `${r[0]!.year}` : `${r[0]!.year}–${r.at(-1)!.year}`))
    .join(", ");
}
