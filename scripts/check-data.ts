// npm run check:data: validates the data folder (data/, or the folder DATA_DIR names)
// and prints every problem, located and explained, or a short summary. Exit 1 on errors.
import { resolve } from "node:path";
import { folderSource, formatFailure, formatSuccess, loadRegency } from "../src/lib/data/index.ts";
import { runCli } from "./cli.ts";

await runCli(async () => {
  const dir = resolve(process.env.DATA_DIR ?? "data");
  const source = folderSource(dir);
  const result = await loadRegency(source);
  if (!result.ok) {
    console.error(formatFailure(result.errors, result.warnings, source.label));
    return 1;
  }
  console.log(formatSuccess(result.summary, result.warnings, source.label));
  return 0;
});
