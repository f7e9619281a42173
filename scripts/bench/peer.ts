// The peer to beat: ../shared/tools/peer-framework, the same kind of page (a poverty-rate
// line chart and a 15-kecamatan bar ranking) built with Observable Framework, which draws
// its charts in the browser. Copied into a scratch folder, installed from the npm
// registry and built in the same run as our site, so both are measured alike.
import { spawn } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

export function peerSource(root: string): string {
  return resolve(process.env.LENTERA_PEER ?? join(root, "..", "shared", "tools", "peer-framework"));
}

function run(cmd: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd, env: process.env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("close", (code) =>
      code === 0 ? resolvePromise(output) : reject(new Error(`${cmd} ${args.join(" ")} failed in ${cwd}:\n${output.slice(-2000)}`)),
    );
  });
}

/** The shared folder is read-only and the copy keeps its modes; the build writes a cache into src/. */
function writable(path: string): void {
  chmodSync(path, statSync(path).mode | 0o200);
  if (statSync(path).isDirectory()) for (const e of readdirSync(path)) if (e !== "node_modules") writable(join(path, e));
}

/** Copies, installs and builds the peer; returns its built folder and the build's seconds. */
export async function buildPeer(root: string, scratch: string): Promise<{ dist: string; seconds: number; framework: string }> {
  const source = peerSource(root);
  if (!existsSync(join(source, "package.json"))) throw new Error(`The peer is not at ${source}; set LENTERA_PEER to its folder.`);
  const dir = join(scratch, "peer-framework");
  // Keep an earlier install (node_modules) but take every source file afresh.
  mkdirSync(dir, { recursive: true });
  for (const f of ["src", "dist"]) rmSync(join(dir, f), { recursive: true, force: true });
  cpSync(source, dir, { recursive: true, filter: (s) => !s.includes("node_modules") });
  writable(dir);
  const npm = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath]] : ["npm", []];
  await run(npm[0] as string, [...(npm[1] as string[]), "install", "--no-audit", "--no-fund", "--loglevel=error"], dir);
  const started = performance.now();
  await run(npm[0] as string, [...(npm[1] as string[]), "run", "build"], dir);
  const seconds = (performance.now() - started) / 1000;
  const framework =
    (await run(npm[0] as string, [...(npm[1] as string[]), "ls", "@observablehq/framework", "--depth=0"], dir)).match(
      /@observablehq\/framework@([\d.]+)/,
    )?.[1] ?? "?";
  return { dist: join(dir, "dist"), seconds, framework };
}
