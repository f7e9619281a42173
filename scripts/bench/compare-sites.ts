import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** What differs between two built sites, file by file (the first five names of each list). */
export interface SiteDifference {
  onlyInFirst: string[];
  onlyInSecond: string[];
  /** How many files both hold with other bytes. */
  differing: number;
  /** The first of them, with the bytes around its first difference. */
  firstDiffering: string | undefined;
}

/** Two byte-identical sites: what `compareSites` returns when nothing differs. */
export const SAME_SITE: SiteDifference = { onlyInFirst: [], onlyInSecond: [], differing: 0, firstDiffering: undefined };

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
}

function firstDifference(a: Buffer, b: Buffer): string | undefined {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  if (i === n && a.length === b.length) return undefined;
  const around = (x: Buffer): string => JSON.stringify(x.subarray(Math.max(0, i - 40), i + 40).toString("utf8"));
  return `byte ${i} (sizes ${a.length} and ${b.length}): ${around(a)} vs ${around(b)}`;
}

/** One line for a report: the first file only one site has, else the first that differs; undefined when none. */
export function describeDifference(d: SiteDifference): string | undefined {
  if (d.onlyInFirst.length || d.onlyInSecond.length)
    return `different files: only in the first ${d.onlyInFirst.slice(0, 3).join(", ") || "-"}; only in the second ${d.onlyInSecond.slice(0, 3).join(", ") || "-"}`;
  return d.firstDiffering;
}

/**
 * Compares two built sites byte for byte (the test suite's warm builds against
 * cold ones, and the bench's rebuild). Pagefind's index reflects the pages, so its files
 * come last: the first difference named is a cause, not a consequence.
 */
export function compareSites(first: string, second: string): SiteDifference {
  const order = (list: string[]): string[] => [
    ...list.filter((f) => !f.startsWith("pagefind/")),
    ...list.filter((f) => f.startsWith("pagefind/")),
  ];
  const listA = order(files(first));
  const listB = order(files(second));
  const [inA, inB] = [new Set(listA), new Set(listB)];
  const differing: string[] = [];
  for (const f of listA.filter((x) => inB.has(x))) {
    const d = firstDifference(readFileSync(join(first, f)), readFileSync(join(second, f)));
    if (d) differing.push(`${f}: ${d}`);
  }
  return {
    onlyInFirst: listA.filter((f) => !inB.has(f)).slice(0, 5),
    onlyInSecond: listB.filter((f) => !inA.has(f)).slice(0, 5),
    differing: differing.length,
    firstDiffering: differing[0],
  };
}
