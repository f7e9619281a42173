// The benchmark report: the figures as Markdown, with our/peer ratios and which of the
// issue's targets are met. Pure: data in, text out.
import type { FirstScreen } from "./first-screen.ts";
import type { LighthouseScores } from "./lighthouse.ts";
import type { ConcurrencyRun, RebuildRun } from "./incremental.ts";
import type { ReleasesRun } from "./releases.ts";
import type { BuildMeasure } from "./measure-build.ts";
import type { PageWeight } from "./pageweight.ts";

export interface ScaleRun {
  label: string;
  areas: number;
  actions: number;
  observations: number;
  /** HTML pages written (when the build was stopped at the time limit: written until then). */
  pages: number;
  build: Omit<BuildMeasure, "output">;
  /** The rebuild from the build cache after one value changed (scripts/bench/incremental.ts). */
  warm?: Omit<BuildMeasure, "output">;
}

export interface BenchReport {
  machine: { cpus: number; cpuModel: string; memoryGB: number; node: string; chromium: string };
  build: Omit<BuildMeasure, "output">;
  pages: Record<"home" | "strategy" | "kecamatan", string>;
  weights: PageWeight[];
  firstScreen: FirstScreen[];
  firstScreenTarget: number;
  lighthouse: LighthouseScores[];
  peer?: { framework: string; buildSeconds: number; weight: PageWeight; lighthouse?: LighthouseScores; firstScreen: FirstScreen };
  scale: ScaleRun[];
  incremental?: { bundled: RebuildRun; concurrency: ConcurrencyRun[] };
  /** The bundled data built cold with and without its releases/ (scripts/bench/releases.ts). */
  releases?: ReleasesRun;
}

const kb = (b: number): string => `${(b / 1024).toFixed(1)} KB`;
const ratio = (a: number, b: number): string => (b === 0 ? "n/a" : `${(a / b).toFixed(2)}`);
const yes = (ok: boolean): string => (ok ? "**met**" : "**missed**");

export interface Target {
  name: string;
  met: boolean;
  detail: string;
}

export function targets(r: BenchReport): Target[] {
  const home = r.weights.find((w) => w.page === r.pages.home);
  const out: Target[] = [];
  const readable = r.weights.every((w) => w.chartsJsOff > 0 && w.chartsJsOff >= w.chartsJsOn);
  out.push({
    name: "every page readable without JavaScript",
    met: readable,
    detail: `${r.weights.map((w) => `${w.page}: ${w.chartsJsOff} charts without JS, ${w.chartsJsOn} with`).join("; ")} (every page is checked by the browser suite in npm test)`,
  });
  if (r.peer && home) {
    const p = r.peer.weight;
    const peerCharts = Math.max(p.chartsJsOn, p.chartsJsOff);
    out.push({
      name: "home at most a fifth of the peer's bytes while showing more charts",
      met: home.gzipBytes * 5 <= p.gzipBytes && home.chartsJsOff > peerCharts,
      detail: `home ${kb(home.gzipBytes)} vs peer ${kb(p.gzipBytes)} (ratio ${ratio(home.gzipBytes, p.gzipBytes)}, target <= 0.20); charts ${home.chartsJsOff} (without JS) vs ${peerCharts} (peer, with JS)`,
    });
  }
  const fs = r.firstScreen.filter((f) => f.totalGzipBytes > r.firstScreenTarget);
  out.push({
    name: "HTML and CSS for the first screen within 14 KB gzip",
    met: fs.length === 0,
    detail: r.firstScreen.map((f) => `${f.page}: ${kb(f.totalGzipBytes)}`).join("; "),
  });
  if (r.lighthouse.length) {
    const bad = r.lighthouse.filter((l) => l.performance < 98 || l.accessibility < 100 || l.bestPractices < 100 || l.seo < 100);
    out.push({
      name: "Lighthouse mobile: performance >= 98, accessibility, best practices, SEO 100 on all three pages",
      met: bad.length === 0,
      detail: r.lighthouse.map((l) => `${l.page}: ${l.performance}/${l.accessibility}/${l.bestPractices}/${l.seo}`).join("; "),
    });
  }
  out.push({
    name: "the bundled site built in under 60 s on 2 cores",
    met: r.build.ok && r.build.wallSeconds < 60,
    detail: `${r.build.wallSeconds.toFixed(1)} s wall clock on ${r.machine.cpus} cores`,
  });
  return out;
}

export function renderReport(r: BenchReport): string {
  const L: string[] = [];
  const b = r.build;
  L.push("# Lentera benchmark", "");
  L.push(
    `Machine: ${r.machine.cpus} cores (${r.machine.cpuModel}), ${r.machine.memoryGB} GB, Node ${r.machine.node}, Chromium ${r.machine.chromium}.`,
  );
  L.push("Produced by `npm run bench` (scripts/bench.ts). Figures are measurements on this machine, not assertions.", "");

  L.push("## Targets", "", "| target | result | figures |", "| --- | --- | --- |");
  for (const t of targets(r)) L.push(`| ${t.name} | ${yes(t.met)} | ${t.detail} |`);
  L.push("");

  L.push("## Build", "");
  L.push(
    `\`npm run build\` of the bundled data (validate, Astro, Pagefind), as a child process: **${b.wallSeconds.toFixed(1)} s** wall clock, ${b.userSeconds?.toFixed(1) ?? "?"} s user + ${b.systemSeconds?.toFixed(1) ?? "?"} s system CPU, peak memory **${b.peakMemoryMB.toFixed(0)} MB** (${b.method === "gnu-time" ? "GNU time: maximum resident set size" : "process.resourceUsage().maxRSS of the Node process"}).`,
    "",
  );

  L.push("## Page weight", "");
  L.push(
    "Each page loaded in headless Chromium (412x823 viewport) from a loopback host that gzips text (level 6); bytes are each response body compressed with gzip -9, as the shared probe counts them. Charts: `<svg>` elements at least 100x50 px.",
    "",
  );
  L.push(
    "| page | requests | bytes (raw) | bytes (gzip) | JS (gzip) | svg JS on / off | charts JS on / off | ms to first svg |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  );
  const row = (name: string, w: PageWeight): string =>
    `| ${name} | ${w.requests} | ${kb(w.rawBytes)} | ${kb(w.gzipBytes)} | ${kb(w.jsGzipBytes)} | ${w.svgJsOn} / ${w.svgJsOff} | ${w.chartsJsOn} / ${w.chartsJsOff} | ${w.msFirstSvg ?? "none"} |`;
  for (const w of r.weights) L.push(row(`${w.page}`, w));
  if (r.peer) L.push(row(`peer (Observable Framework ${r.peer.framework}) /`, r.peer.weight));
  L.push("");
  if (r.peer) {
    const p = r.peer.weight;
    L.push(
      "Ratios, ours / peer (below 1 means ours is lighter):",
      "",
      "| page | requests | bytes (gzip) | JS (gzip) | charts without JS |",
      "| --- | ---: | ---: | ---: | ---: |",
    );
    for (const w of r.weights)
      L.push(
        `| ${w.page} | ${ratio(w.requests, p.requests)} | ${ratio(w.gzipBytes, p.gzipBytes)} | ${ratio(w.jsGzipBytes, p.jsGzipBytes)} | ${w.chartsJsOff} vs ${p.chartsJsOff} |`,
      );
    L.push(
      "",
      `The peer was copied, installed from the npm registry and built in this run (its build: ${r.peer.buildSeconds.toFixed(1)} s).`,
      "",
    );
  }

  L.push("## First screen", "");
  L.push(
    "Definition: the page's HTML from its first byte to the end of the first `</section>` inside `<main>` (to the end of `</main>` when there is no section), which includes the `<head>` with the inlined CSS, plus every stylesheet the `<head>` links; each part compressed with gzip -9 and the sizes added. Target: 14 KB (14,336 bytes), about what a server sends in TCP's first round trip (10 segments of 1,460 bytes).",
    "",
  );
  L.push(
    "| page | cut at | HTML (raw) | HTML (gzip) | linked CSS (gzip) | total (gzip) | within 14 KB |",
    "| --- | --- | ---: | ---: | ---: | ---: | --- |",
  );
  const fsRow = (f: FirstScreen): string =>
    `| ${f.page} | ${f.cut} | ${kb(f.htmlBytes)} | ${kb(f.htmlGzipBytes)} | ${kb(f.cssGzipBytes)} | ${kb(f.totalGzipBytes)} | ${f.totalGzipBytes <= r.firstScreenTarget ? "yes" : "no"} |`;
  for (const f of r.firstScreen) L.push(fsRow(f));
  if (r.peer) L.push(fsRow({ ...r.peer.firstScreen, page: "peer /" }));
  L.push("");

  if (r.lighthouse.length) {
    L.push(
      "## Lighthouse",
      "",
      "Lighthouse (node_modules, mobile form factor, simulated throttling), categories performance, accessibility, best practices, SEO.",
      "",
    );
    L.push(
      "| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS | bytes |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    );
    const lh = (name: string, l: LighthouseScores): string =>
      `| ${name} | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${l.lcpMs} ms | ${l.tbtMs} ms | ${l.cls} | ${kb(l.totalBytes)} |`;
    for (const l of r.lighthouse) L.push(lh(l.page, l));
    if (r.peer?.lighthouse) L.push(lh("peer /", r.peer.lighthouse));
    L.push("");
    const failing = r.lighthouse.flatMap((l) => l.failing.map((f) => `- ${l.page}: ${f}`));
    if (failing.length) L.push("Audits that did not pass on our pages:", "", ...failing, "");
  }

  L.push("## Scale", "");
  L.push(
    "Synthetic regencies from `scripts/bench/synthetic.ts` (seeded, every row status `sample`, 20 years of every series, 3,000 actions, square grid boundaries), built like the bundled data.",
    "",
  );
  L.push(
    "| data | kecamatan | observations | actions | HTML pages | build (wall) | CPU (user+sys) | peak memory | ms per page |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  );
  for (const s of r.scale) {
    const cpu = (s.build.userSeconds ?? NaN) + (s.build.systemSeconds ?? NaN);
    L.push(
      `| ${s.label} | ${s.areas} | ${s.observations} | ${s.actions} | ${s.pages} | ${s.build.ok ? `${s.build.wallSeconds.toFixed(1)} s` : s.build.timedOut ? `stopped at ${s.build.wallSeconds.toFixed(0)} s` : "failed"} | ${cpu.toFixed(1)} s | ${s.build.peakMemoryMB.toFixed(0)} MB | ${s.pages ? ((s.build.wallSeconds * 1000) / s.pages).toFixed(1) : "n/a"} |`,
    );
  }
  const [base, ...bigger] = r.scale;
  if (base && bigger.length) {
    L.push("", "Growth against the bundled build (a linear build keeps the time ratio close to the pages ratio):", "");
    for (const s of bigger)
      L.push(
        s.build.timedOut
          ? `- ${s.label}: stopped at the time limit after ${s.build.wallSeconds.toFixed(0)} s with ${s.pages} pages written (x${ratio(s.pages, base.pages)} the bundled site's pages; ${((s.build.wallSeconds * 1000) / Math.max(1, s.pages)).toFixed(0)} ms per page written so far), peak memory x${ratio(s.build.peakMemoryMB, base.build.peakMemoryMB)}`
          : `- ${s.label}: pages x${ratio(s.pages, base.pages)}, build time x${ratio(s.build.wallSeconds, base.build.wallSeconds)}, peak memory x${ratio(s.build.peakMemoryMB, base.build.peakMemoryMB)}`,
      );
  }
  const warm = r.scale.filter((s) => s.warm);
  if (warm.length) {
    L.push("", "Rebuilt from the build cache after one value in `observations.csv` changed:", "");
    for (const s of warm)
      L.push(
        `- ${s.label}: warm ${s.warm!.ok ? `${s.warm!.wallSeconds.toFixed(1)} s` : "failed"} (CPU ${cpuOf(s.warm!).toFixed(1)} s), x${ratio(s.warm!.wallSeconds, s.build.wallSeconds)} the cold build; peak memory ${s.warm!.peakMemoryMB.toFixed(0)} MB`,
      );
  }
  if (r.incremental) L.push("", ...incrementalSection(r.incremental));
  if (r.releases) L.push("", ...releasesSection(r.releases));
  L.push("");
  return L.join("\n");
}

const cpuOf = (m: Omit<BuildMeasure, "output">): number => (m.userSeconds ?? NaN) + (m.systemSeconds ?? NaN);
const cell = (m: Omit<BuildMeasure, "output">): string =>
  `${m.ok ? `${m.wallSeconds.toFixed(1)} s` : "failed"} | ${cpuOf(m).toFixed(1)} s | ${m.peakMemoryMB.toFixed(0)} MB`;

/** The incremental build: cold, one value changed, warm; byte-identical to a cold build of the changed data; concurrency. */
function incrementalSection({ bundled: b, concurrency }: NonNullable<BenchReport["incremental"]>): string[] {
  const L = ["## Incremental build", ""];
  L.push(`Bundled data; changed: ${b.changed}. Every build is \`npm run build\` (validate, Astro, Pagefind, swap).`, "");
  L.push("| build | wall | CPU (user+sys) | peak memory |", "| --- | ---: | ---: | ---: |");
  L.push(`| cold (empty cache) | ${cell(b.cold)} |`);
  if (b.warm) L.push(`| warm, one value changed${b.warmSummary ? ` (${b.warmSummary})` : ""} | ${cell(b.warm)} |`);
  if (b.coldOfChanged) L.push(`| cold, changed data | ${cell(b.coldOfChanged)} |`);
  L.push("");
  if (b.warm) {
    const r = b.warm.wallSeconds / b.cold.wallSeconds;
    L.push(
      `- Warm / cold (wall): ${r.toFixed(2)} (target at most 0.33: ${yes(r <= 1 / 3)}); CPU: ${(cpuOf(b.warm) / cpuOf(b.cold)).toFixed(2)}.`,
    );
  }
  if (b.identical !== undefined)
    L.push(
      `- The warm build is byte-identical to a cold build of the changed data: ${b.identical ? "**yes**" : `**no** (first difference: ${b.firstDifference})`}.`,
    );
  if (concurrency.length) {
    L.push(
      "",
      "Astro's `build.concurrency` with and without the cache (each warm build follows the cold one above it with the same cache):",
      "",
    );
    L.push("| build | wall | CPU (user+sys) | peak memory |", "| --- | ---: | ---: | ---: |");
    for (const c of concurrency) L.push(`| ${c.label} | ${cell(c.build)} |`);
  }
  return L;
}

/** What releases add to a cold build: the page of updates, the feeds, the zips and the pinned chart versions. */
function releasesSection(r: ReleasesRun): string[] {
  const mb = (b: number): string => `${(b / 2 ** 20).toFixed(1)} MB`;
  const L = ["## What releases add", ""];
  L.push(`Bundled data with its ${r.releases} release(s), and a copy without \`releases/\`, each built cold (an empty build cache).`, "");
  L.push("| build | wall | CPU (user+sys) | peak memory | pages | size |", "| --- | ---: | ---: | ---: | ---: | ---: |");
  L.push(`| with releases | ${cell(r.with.build)} | ${r.with.pages} | ${mb(r.with.bytes)} |`);
  L.push(`| without releases | ${cell(r.without.build)} | ${r.without.pages} | ${mb(r.without.bytes)} |`);
  L.push(
    "",
    `- Releases add x${ratio(r.with.build.wallSeconds, r.without.build.wallSeconds)} the wall time (CPU x${ratio(cpuOf(r.with.build), cpuOf(r.without.build))}), ${r.with.pages - r.without.pages} pages and ${mb(r.with.bytes - r.without.bytes)}.`,
  );
  return L;
}
