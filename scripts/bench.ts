// npm run bench: builds the site and measures it against the Observable Framework peer,
// then builds synthetic regencies 10x and 100x larger; writes bench/report.md and
// bench/report.json (raw artefacts in bench/out/, which git ignores) and prints the report.
//
// usage: npm run bench [-- --skip=peer,lighthouse,scale,incremental,concurrency]
// Figures are measurements of this machine, never assertions: nothing here fails on a
// missed target; the report says which targets are met.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { firstScreen, FIRST_SCREEN_TARGET, type FirstScreen } from "./bench/first-screen.ts";
import { concurrency, rebuild } from "./bench/incremental.ts";
import { lighthouse, type LighthouseScores } from "./bench/lighthouse.ts";
import { measureBuild, type BuildMeasure } from "./bench/measure-build.ts";
import { launch, measurePage, type PageWeight } from "./bench/pageweight.ts";
import { buildPeer } from "./bench/peer.ts";
import { releasesCost } from "./bench/releases.ts";
import { renderReport, type BenchReport, type ScaleRun } from "./bench/report.ts";
import { serve } from "./bench/serve.ts";
import { writeSynthetic } from "./bench/synthetic.ts";
import { runCli } from "./cli.ts";

const ROOT = resolve(import.meta.dirname, "..");

await runCli(async () => {
  const skip = new Set((process.argv.find((a) => a.startsWith("--skip="))?.slice(7) ?? "").split(",").filter(Boolean));
  const benchDir = join(ROOT, "bench");
  const out = join(benchDir, "out");
  mkdirSync(out, { recursive: true });
  const log = (s: string): void => console.error(`[bench] ${s}`);
  const buildEnv = (dataDir: string, outDir: string): NodeJS.ProcessEnv => ({
    ...process.env,
    DATA_DIR: dataDir,
    OUT_DIR: outDir,
    TZ: "UTC",
    // A build cache of the bench's own, emptied before the first build: every build below is cold unless it says warm.
    LENTERA_CACHE_DIR: join(out, "cache"),
  });
  rmSync(join(out, "cache"), { recursive: true, force: true });

  // 1. Our site, built as `npm run build` builds it.
  log("building the site (bundled data)");
  const siteDir = join(out, "site");
  // A cold build: no earlier site in the folder it builds in either (scripts/lib/staging.ts).
  for (const d of [siteDir, `${siteDir}.staging`]) rmSync(d, { recursive: true, force: true });
  const build = await measureBuild(ROOT, ["scripts/build.ts"], buildEnv(join(ROOT, "data"), siteDir));
  if (!build.ok) throw new Error(`The site did not build:\n${build.output.slice(-3000)}`);
  const pages = pickPages(siteDir);

  // 2. Page weight and first screen of the three pages.
  const host = await serve(siteDir);
  const browser = await launch();
  const weights: PageWeight[] = [];
  for (const p of Object.values(pages)) {
    log(`page weight ${p}`);
    weights.push(await measurePage(browser, host.origin, p));
  }
  const screens: FirstScreen[] = Object.values(pages).map((p) => firstScreen(siteDir, p));

  // 3. Lighthouse, mobile, on the same three pages.
  const scores: LighthouseScores[] = [];
  if (!skip.has("lighthouse"))
    for (const [name, p] of Object.entries(pages)) {
      log(`lighthouse ${p}`);
      scores.push(await lighthouse(ROOT, host.origin + p, join(out, `lighthouse-${name}.json`)));
    }
  await host.close();

  // 4. The peer, built and measured in the same run.
  let peer: BenchReport["peer"];
  if (!skip.has("peer")) {
    log("installing and building the Observable Framework peer");
    const built = await buildPeer(ROOT, out);
    const peerHost = await serve(built.dist);
    const weight = await measurePage(browser, peerHost.origin, "/");
    let score: LighthouseScores | undefined;
    if (!skip.has("lighthouse")) {
      log("lighthouse peer");
      score = await lighthouse(ROOT, `${peerHost.origin}/`, join(out, "lighthouse-peer.json"));
    }
    await peerHost.close();
    peer = {
      framework: built.framework,
      buildSeconds: built.seconds,
      weight,
      lighthouse: score,
      firstScreen: firstScreen(built.dist, "/"),
    };
  }
  await browser.close();

  // 5. Scale: synthetic regencies 10x and 100x larger (150 and 1,500 kecamatan).
  // A larger regency takes long (the 1,500-kecamatan cold build about 20 minutes on 2 cores): each build is
  // stopped after this many seconds (LENTERA_SCALE_LIMIT), so that a stuck build cannot hold the bench forever.
  const limit = Number(process.env.LENTERA_SCALE_LIMIT ?? 3600);
  const scale: ScaleRun[] = [
    {
      label: "bundled (15 kecamatan)",
      areas: 15,
      actions: countRows(join(ROOT, "data", "actions.csv")),
      observations: countRows(join(ROOT, "data", "observations.csv")),
      pages: countPages(siteDir),
      build,
    },
  ];
  if (skip.has("scale") && existsSync(join(benchDir, "report.json"))) {
    // Keep the synthetic rows of the previous report (they take long), marked as such.
    const previous = JSON.parse(readFileSync(join(benchDir, "report.json"), "utf8")) as { scale?: ScaleRun[] };
    for (const s of previous.scale?.slice(1) ?? [])
      scale.push({ ...s, label: s.label.endsWith("(earlier run)") ? s.label : `${s.label} (earlier run)` });
  } else
    for (const areas of [150, 1500]) {
      log(`synthetic regency: ${areas} kecamatan`);
      const dataDir = join(out, `synthetic-${areas}`);
      const s = writeSynthetic({ areas, actions: 3000, years: 20, outDir: dataDir, from: join(ROOT, "data") });
      // A cold build (empty build cache), then one value changed and a warm rebuild (scripts/bench/incremental.ts).
      const work = join(out, `synthetic-${areas}-builds`);
      const r = await rebuild(ROOT, work, dataDir, buildEnv, { limitSeconds: limit, log });
      const m = r.cold;
      // A cold build stopped at the limit leaves what it wrote in its staging folder (scripts/lib/staging.ts).
      const pages = countPages(join(work, m.ok ? "site" : "site.staging"));
      scale.push({
        label: `synthetic ${areas} kecamatan`,
        areas,
        actions: s.actions,
        observations: s.observations,
        pages,
        build: m,
        warm: r.warm,
      });
      rmSync(work, { recursive: true, force: true });
    }

  // 6. The incremental build: one value changed, a warm rebuild, byte-identical to a cold build; concurrency.
  let incremental: BenchReport["incremental"];
  if (!skip.has("incremental")) {
    const bundled = await rebuild(ROOT, join(out, "incremental"), join(ROOT, "data"), buildEnv, { compare: true, log });
    const runs = skip.has("concurrency") ? [] : await concurrency(ROOT, join(out, "concurrency"), join(ROOT, "data"), buildEnv, log);
    incremental = { bundled, concurrency: runs };
    rmSync(join(out, "incremental"), { recursive: true, force: true });
    rmSync(join(out, "concurrency"), { recursive: true, force: true });
  }

  // 7. What releases add: the bundled data built cold with and without its releases/.
  const releases = skip.has("releases") ? undefined : await releasesCost(ROOT, join(out, "releases"), join(ROOT, "data"), buildEnv, log);

  const report: BenchReport = {
    machine: {
      cpus: availableParallelism(),
      cpuModel: cpus()[0]?.model ?? "?",
      memoryGB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      chromium: await chromiumVersion(),
    },
    build: stripOutput(build),
    pages,
    weights,
    firstScreen: screens,
    firstScreenTarget: FIRST_SCREEN_TARGET,
    lighthouse: scores,
    peer,
    scale: scale.map((s) => ({ ...s, build: stripOutput(s.build) })),
    incremental,
    releases,
  };
  writeFileSync(join(benchDir, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
  const md = renderReport(report);
  writeFileSync(join(benchDir, "report.md"), md);
  console.log(md);
  return 0;
});

/** Home, the first strategy and a kecamatan page (Masamba, the capital's, when it exists). */
function pickPages(dir: string): Record<"home" | "strategy" | "kecamatan", string> {
  const first = (sub: string, prefer?: string): string => {
    const names = existsSync(join(dir, sub))
      ? readdirSync(join(dir, sub))
          .filter((n) => existsSync(join(dir, sub, n, "index.html")))
          .sort()
      : [];
    const name = prefer && names.includes(prefer) ? prefer : names[0];
    if (!name) throw new Error(`No page under /${sub}/ in the build`);
    return `/${sub}/${name}/`;
  };
  return { home: "/", strategy: first("strategi"), kecamatan: first("kecamatan", "masamba") };
}

function countPages(dir: string): number {
  let n = 0;
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith(".html")) n++;
    }
  };
  walk(dir);
  return n;
}

function countRows(file: string): number {
  return existsSync(file) ? Math.max(0, readFileSync(file, "utf8").match(/\n(?=.)/g)?.length ?? 0) : 0;
}

function stripOutput(m: Omit<BuildMeasure, "output"> & { output?: string }): Omit<BuildMeasure, "output"> {
  const { output: _output, ...rest } = m;
  return rest;
}

async function chromiumVersion(): Promise<string> {
  const b = await launch();
  const v = b.version();
  await b.close();
  return v;
}
