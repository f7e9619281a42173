// The checks of the code that `npm test` runs before its suites: the type check (`npm run typecheck`) and the
// formatting (`npm run format:check`), side by side, since each keeps one core busy for most of its time.
// Prints each one's output under its name once it ends, and fails when either fails.
import { spawn } from "node:child_process";

const CHECKS = ["typecheck", "format:check"] as const;

interface Ended {
  name: string;
  code: number | null;
  output: string;
  seconds: number;
}

function run(name: string): Promise<Ended> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn("npm", ["run", "--silent", name], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("close", (code) => done({ name, code, output, seconds: (performance.now() - started) / 1000 }));
  });
}

const ended = await Promise.all(CHECKS.map(run));
for (const e of ended) {
  const verdict = e.code === 0 ? "ok" : `failed (exit ${e.code})`;
  process.stdout.write(`--- npm run ${e.name}: ${verdict}, ${e.seconds.toFixed(1)} s\n${e.code === 0 ? "" : e.output}`);
}
process.exitCode = ended.every((e) => e.code === 0) ? 0 : 1;
