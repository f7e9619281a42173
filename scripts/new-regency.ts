// npm run new-regency: starts the data folder of a new kabupaten or kota from its kecamatan
// boundaries (see README, "Lentera untuk daerah Anda"). Bad input: a short message in both
// languages, exit 1, nothing written.
import { existsSync, readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { formatProblem, type Problem } from "../src/lib/data/index.ts";
import { parseArguments } from "../src/lib/new-place/arguments.ts";
import { newPlace } from "../src/lib/new-place/index.ts";
import { outProblem, writeFolder } from "../src/lib/new-place/write.ts";
import { inline, phrase } from "../src/i18n/check/index.ts";
import { msg } from "../src/lib/data/messages.ts";
import { error } from "../src/lib/data/problems.ts";
import { runCli } from "./cli.ts";

const bundled = new URL("../data/", import.meta.url);
const read = (name: string) => readFileSync(new URL(name, bundled), "utf8");

await runCli(async () => {
  // Each problem as the data check prints one (what, fix, then English), and nothing else: nothing was written.
  const fail = (problems: readonly Problem[]) => {
    console.error(problems.map((p) => formatProblem(p, ".")).join("\n"));
    return 1;
  };
  const parsed = parseArguments(process.argv.slice(2));
  if (!parsed.args) return fail(parsed.problems);
  // npm runs scripts from the project's folder; paths are the user's, from where they typed the command.
  const from = process.env.INIT_CWD ?? process.cwd();
  const path = (p: string | undefined) => (p === undefined ? undefined : resolve(from, p));
  const args = {
    ...parsed.args,
    boundaries: path(parsed.args.boundaries)!,
    outline: path(parsed.args.outline),
    out: path(parsed.args.out)!,
  };
  const out = args.out;
  // As DATA_DIR for npm run check:data, which runs from the project folder.
  const label = relative(process.cwd(), out) || ".";
  const missing = (["boundaries", "outline"] as const).filter((name) => args[name] && !existsSync(args[name]!));
  if (missing.length)
    return fail(missing.map((name) => error({ file: parsed.args![name]! }, msg("newPlace.noFile", { file: parsed.args![name]!, name }))));
  const busy = outProblem(out, label);
  if (busy) return fail([busy]);
  // The sources' access date: SOURCE_DATE_EPOCH when set (reproducible), else today.
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const today = (Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date()).toISOString().slice(0, 10);
  const result = newPlace({
    ...args,
    planYear: args.planYear ?? Number(today.slice(0, 4)),
    today,
    boundaries: { file: parsed.args.boundaries, text: readFileSync(args.boundaries, "utf8") },
    outline: args.outline ? { file: parsed.args.outline!, text: readFileSync(args.outline, "utf8") } : undefined,
    template: {
      catalogue: read("datapackage.json"),
      indicators: read("indicators.csv"),
      strategies: read("strategies.csv"),
      sources: read("sources.csv"),
      areas: read("areas.csv"),
    },
  });
  if (!result.ok) return fail(result.problems);
  const problem = writeFolder(out, result.files, label);
  if (problem) return fail([problem]);
  console.log(inline(phrase("newPlace.done", { folder: label, files: result.files.size, kecamatan: result.kecamatan.length }), "\n"));
  return 0;
});
