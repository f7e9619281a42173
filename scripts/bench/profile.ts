// Where a build spends its time: reads a V8 CPU profile (node --cpu-prof) and prints the
// functions with the most self time, and the project files with the most total time
// (time in the file's functions and in everything they call).
//
// usage: node --cpu-prof --cpu-prof-dir=bench/out/prof scripts/build.ts
//        node scripts/bench/profile.ts bench/out/prof/<file>.cpuprofile [TOP]
import { readFileSync } from "node:fs";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  totalMs: number;
  self: Array<{ name: string; ms: number }>;
  files: Array<{ file: string; ms: number }>;
}

const short = (url: string): string =>
  url
    .replace(/^file:\/\//, "")
    .replace(/^.*\/node_modules\//, "node_modules/")
    .replace(/^.*?\/(src|scripts)\//, "$1/");

export function summarise(profile: Profile, top = 25): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));

  const self = new Map<string, number>();
  const files = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const n = byId.get(id)!;
    const name = `${n.callFrame.functionName || "(anonymous)"} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + ms);
    // Total time per project file: each sample counts once for every file on its stack.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const url = short(byId.get(cur)!.callFrame.url);
      if (/^(src|scripts)\//.test(url) && !seen.has(url)) {
        seen.add(url);
        files.set(url, (files.get(url) ?? 0) + ms);
      }
    }
  }
  const sorted = <K>(m: Map<K, number>): Array<[K, number]> => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  return {
    totalMs: (profile.endTime - profile.startTime) / 1000,
    self: sorted(self).map(([name, ms]) => ({ name, ms: Math.round(ms) })),
    files: sorted(files).map(([file, ms]) => ({ file, ms: Math.round(ms) })),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, top] = process.argv.slice(2);
  if (!file) {
    console.error("usage: node scripts/bench/profile.ts PROFILE.cpuprofile [TOP]");
    process.exit(2);
  }
  const s = summarise(JSON.parse(readFileSync(file, "utf8")) as Profile, top ? Number(top) : 25);
  console.log(`profile: ${(s.totalMs / 1000).toFixed(1)} s\n\nself time:`);
  for (const x of s.self) console.log(`${String(x.ms).padStart(8)} ms  ${x.name}`);
  console.log("\ntotal time in project files (with what they call):");
  for (const x of s.files) console.log(`${String(x.ms).padStart(8)} ms  ${x.file}`);
}
