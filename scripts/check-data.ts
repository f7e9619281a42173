// npm run check:data: validates the data folder (data/, or the folder DATA_DIR names)
// and prints every problem, located and explained, or a short summary. Exit 1 on errors.
import { resolve } from "node:path";
import { folderSource, formatFailure, formatSuccess } from "../src/lib/data/index.ts";
import { checkDataFolder } from "../src/lib/releases/index.ts";
import { runCli } from "./cli.ts";

await runCli(async () => {
  const dir = resolve(process.env.DATA_DIR ?? "data");
  const source = folderSource(dir);
  // The data and its releases (releases/): a release edited after it was published is an error.
  const result = await checkDataFolder(dir, source.label);
  if (!result.ok) {
    console.error(formatFailure(result.errors, result.warnings, source.label));
    return 1;
  }
  console.log(formatSuccess(result.summary, result.warnings, source.label));
  return 0;
});
