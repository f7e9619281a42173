// Runs a build as a child process and measures it: wall-clock time, CPU time and peak
// memory. GNU time (/usr/bin/time -v) reports the peak resident memory of the build
// and of the processes it waits for (Pagefind's indexer); without it, a probe loaded
// with --import reports the Node process's own peak from process.resourceUsage().
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface BuildMeasure {
  ok: boolean;
  /** Stopped after the time limit (the figures are then those up to the stop). */
  timedOut?: boolean;
  wallSeconds: number;
  userSeconds?: number;
  systemSeconds?: number;
  peakMemoryMB: number;
  /** How the peak was measured. */
  method: "gnu-time" | "resource-usage";
  output: string;
}

const TIME = "/usr/bin/time";
const PROBE = new URL("./rss-probe.ts", import.meta.url).pathname;

export async function measureBuild(cwd: string, args: string[], env: NodeJS.ProcessEnv, limitSeconds = Infinity): Promise<BuildMeasure> {
  const gnu = existsSync(TIME);
  const probeFile = join(tmpdir(), `lentera-rss-${process.pid}-${Date.now()}.json`);
  const [cmd, argv] = gnu ? [TIME, ["-v", process.execPath, ...args]] : [process.execPath, ["--import", PROBE, ...args]];
  const started = performance.now();
  let timedOut = false;
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(cmd, argv, { cwd, env: { ...env, LENTERA_RSS_FILE: probeFile }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    // GNU time reports on its child when that child is stopped, so stop the build, not time.
    const timer = Number.isFinite(limitSeconds)
      ? setTimeout(() => {
          timedOut = true;
          spawn("pkill", ["-TERM", "-P", String(child.pid)]);
          if (!gnu) child.kill("SIGTERM");
        }, limitSeconds * 1000)
      : undefined;
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("close", (c) => {
      clearTimeout(timer);
      resolve({ code: c, output });
    });
  });
  const wallSeconds = (performance.now() - started) / 1000;
  if (gnu) {
    const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1] ?? NaN);
    const user = Number(/User time \(seconds\): ([\d.]+)/.exec(output)?.[1] ?? NaN);
    const sys = Number(/System time \(seconds\): ([\d.]+)/.exec(output)?.[1] ?? NaN);
    return {
      ok: code === 0 && !timedOut,
      timedOut,
      wallSeconds,
      userSeconds: user,
      systemSeconds: sys,
      peakMemoryMB: kb / 1024,
      method: "gnu-time",
      output,
    };
  }
  const probe = existsSync(probeFile)
    ? (JSON.parse(readFileSync(probeFile, "utf8")) as { maxRSS: number; userCPUTime: number; systemCPUTime: number })
    : undefined;
  rmSync(probeFile, { force: true });
  return {
    ok: code === 0 && !timedOut,
    timedOut,
    wallSeconds,
    userSeconds: probe ? probe.userCPUTime / 1e6 : undefined,
    systemSeconds: probe ? probe.systemCPUTime / 1e6 : undefined,
    peakMemoryMB: probe ? probe.maxRSS / 1024 : NaN,
    method: "resource-usage",
    output,
  };
}
