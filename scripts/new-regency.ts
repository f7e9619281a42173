// npm run new-regency: starts the data folder of a new kabupaten or kota from its kecamatan
// boundaries (see README, "Lentera untuk daerah Anda"). Bad input: a short message in both
// languages, exit 1, nothing written.
import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { formatFailure } from "../src/lib/data/index.ts";
import { parseArguments } from "../src/lib/new-place/arguments.ts";
import { newPlace } from "../src/lib/new-place/index.ts";
import { outProblem, writeFolder } from "../src/lib/new-place/write.ts";
import { inline, phrase } from "../src/i18n/check/index.ts";
import { runCli } from "./cli.ts";

const bundled = new URL("../data/", import.meta.url);
const read = (name: string) => readFileSync(new URL(name, bundled), "utf8");

await runCli(async () => {
  const fail = (problems: Parameters<typeof formatFailure>[0]) => {
    console.error(formatFailure(problems, [], "."));
    return 1;
  };
  const { args, problems } = parseArguments(process.argv.slice(2));
  if (!args) return fail(problems);
  const out = resolve(args.out);
  const label = relative(process.cwd(), out) || ".";
  const busy = outProblem(out, label);
  if (busy) return fail([busy]);
  // The sources' access date: SOURCE_DATE_EPOCH when set (reproducible), else today.
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const today = (Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date()).toISOString().slice(0, 10);
  const result = newPlace({
    ...args,
    planYear: args.planYear ?? Number(today.slice(0, 4)),
    today,
    boundaries: { file: args.boundaries, text: readFileSync(args.boundaries, "utf8") },
    outline: args.outline ? { file: args.outline, text: readFileSync(args.outline, "utf8") } : undefined,
    template: { catalogue: read("datapackage.json"), indicators: read("indicators.csv"), strategies: read("strategies.csv"), sources: read("sources.csv") },
  });
  if (!result.ok) return fail(result.problems);
  const problem = writeFolder(out, result.files, label);
  if (problem) return fail([problem]);
  console.log(inline(phrase("newPlace.done", { folder: label, files: result.files.size, kecamatan: result.kecamatan.length }), "\n"));
  return 0;
});
