/**
 * Edit distance between two short strings, counting a swap of two neighbouring
 * letters ("vlaue" for "value") as one edit, for "did you mean" hints.
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  return d[a.length]![b.length]!;
}

/** Indonesian words staff may type for the English codes the catalogue uses. */
const SYNONYMS: Readonly<Record<string, string>> = {
  maret: "march",
  agustus: "august",
  tahunan: "annual",
  sensus: "census",
  sampel: "sample",
  contoh: "sample",
  sementara: "provisional",
  tetap: "final",
  perkiraan: "estimate",
  estimasi: "estimate",
  direncanakan: "planned",
  rencana: "planned",
  berjalan: "ongoing",
  selesai: "done",
  tertunda: "delayed",
  ditunda: "delayed",
  lainnya: "other",
  "dana desa": "dana-desa",
  "lebih rendah": "lower",
  "lebih tinggi": "higher",
  persen: "percent",
};

/**
 * The candidate a person most likely meant: the same text in another case, or
 * the nearest by edit distance when it is close enough to be a typo.
 */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  const v = value.trim().toLowerCase();
  const pool = [...candidates];
  const synonym = SYNONYMS[v];
  if (synonym && pool.includes(synonym)) return synonym;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of pool) {
    const d = editDistance(v, c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  const tolerance = Math.max(1, Math.floor(v.length / 4));
  return bestDistance <= tolerance ? best : undefined;
}
