// Lighthouse (mobile, simulated throttling: its defaults) on one page, run as a child
// process with this project's Node and Debian's Chromium, after ../shared/tools/lighthouse.sh.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CHROMIUM } from "./pageweight.ts";

export interface LighthouseScores {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  totalBytes: number;
  /** Audits that did not pass in the three categories that must reach 100, for the report. */
  failing: string[];
}

export async function lighthouse(root: string, url: string, jsonOut: string): Promise<LighthouseScores> {
  const cli = join(root, "node_modules", "lighthouse", "cli", "index.js");
  const args = [
    cli,
    url,
    "--quiet",
    "--form-factor=mobile",
    "--throttling-method=simulate",
    "--only-categories=performance,accessibility,best-practices,seo",
    "--output=json",
    `--output-path=${jsonOut}`,
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run",
  ];
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, CHROME_PATH: CHROMIUM },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("close", (c) => resolve({ code: c, output }));
  });
  if (code !== 0) throw new Error(`Lighthouse failed on ${url}:\n${output.slice(-2000)}`);
  const r = JSON.parse(readFileSync(jsonOut, "utf8")) as {
    categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
    audits: Record<string, { score: number | null; numericValue?: number; title: string; scoreDisplayMode: string }>;
  };
  const score = (c: string): number => Math.round((r.categories[c]?.score ?? 0) * 100);
  const failing = ["performance", "accessibility", "best-practices", "seo"].flatMap((c) =>
    (r.categories[c]?.auditRefs ?? [])
      .map((ref) => ({ ref, audit: r.audits[ref.id]! }))
      .filter(
        ({ ref, audit }) =>
          ref.weight > 0 &&
          audit.score !== null &&
          audit.score < 1 &&
          ["binary", "numeric", "metricSavings"].includes(audit.scoreDisplayMode),
      )
      .map(({ ref, audit }) => `${c}: ${ref.id} (${audit.title}) score ${Math.round((audit.score ?? 0) * 100)}`),
  );
  return {
    page: new URL(url).pathname,
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: Math.round(r.audits["largest-contentful-paint"]?.numericValue ?? NaN),
    tbtMs: Math.round(r.audits["total-blocking-time"]?.numericValue ?? NaN),
    cls: Number((r.audits["cumulative-layout-shift"]?.numericValue ?? NaN).toFixed(3)),
    totalBytes: r.audits["total-byte-weight"]?.numericValue ?? NaN,
    failing,
  };
}
