import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { msg } from "../data/messages.ts";
import { error, type Problem } from "../data/problems.ts";

/** Why the folder cannot be written to (it exists and is not empty, or is a file), or nothing. */
export function outProblem(dir: string, label = dir): Problem | undefined {
  if (existsSync(dir) && (!statSync(dir).isDirectory() || readdirSync(dir).length))
    return error({ file: label, value: label }, msg("newPlace.out", { value: label }));
  return undefined;
}

/** The one place that writes a new data folder. It refuses a folder that exists and is not empty. */
export function writeFolder(dir: string, files: ReadonlyMap<string, string>, label = dir): Problem | undefined {
  const problem = outProblem(dir, label);
  if (problem) return problem;
  for (const [path, text] of files) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return undefined;
}
