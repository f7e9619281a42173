import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./fixtures.ts";

/**
 * Builds the site the way `npm run build` does (scripts/build.ts: validate,
 * Astro, Pagefind) into a folder of its own, for suites that need a build of
 * their own: another data folder, another BASE_PATH, a second build to compare.
 *
 * Builds run one at a time, across test workers: each writes Astro's generated
 * types into the project's .astro/ folder and uses most of the machine's two
 * cores. A build holds a lock (a folder, which mkdir creates atomically) for as
 * long as it runs.
 */
export interface TempBuild {
  ok: boolean;
  outDir: string;
  output: string;
  ms: number;
}

const LOCK = join(ROOT, ".lentera", "build.lock");

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `lentera-${prefix}-`));
}

export async function buildInto(outDir: string, env: Record<string, string> = {}): Promise<TempBuild> {
  await acquire();
  const started = performance.now();
  try {
    return await new Promise<TempBuild>((resolve) => {
      const child = spawn(process.execPath, [join(ROOT, "scripts", "build.ts")], {
        cwd: ROOT,
        env: { ...buildEnv(), DATA_DIR: join(ROOT, "data"), ...env, OUT_DIR: outDir },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      child.stdout.on("data", (d: Buffer) => (output += d.toString()));
      child.stderr.on("data", (d: Buffer) => (output += d.toString()));
      child.on("close", (code) => resolve({ ok: code === 0, outDir, output, ms: performance.now() - started }));
    });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * The environment of a test worker without what Vitest adds to it (BASE_URL,
 * MODE, DEV, PROD, SSR, NODE_ENV, VITEST_*): Astro reads BASE_URL from the
 * environment over the configured base, so a build started from a worker would
 * otherwise ignore BASE_PATH and differ from `npm run build`.
 */
export function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(k)) delete env[k];
  return env;
}

async function acquire(): Promise<void> {
  mkdirSync(join(ROOT, ".lentera"), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch {
      // A lock older than ten minutes was left by a killed run.
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 600_000) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // The holder released it meanwhile; try again.
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
