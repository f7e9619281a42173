// npm run check:data: validates the data folder (data/, or the folder DATA_DIR names)
// and prints a short report: every problem located and explained, problems of one kind
// told once, or a short summary. Exit 1 on errors. `-- --verbose` lists everything in full.
import { resolve } from "node:path";
import { folderSource, formatReport } from "../src/lib/data/index.ts";
import { checkDataFolder } from "../src/lib/releases/index.ts";
import { runCli } from "./cli.ts";

await runCli(async () => {
  const dir = resolve(process.env.DATA_DIR ?? "data");
  const source = folderSource(dir);
  // The data and its releases (releases/): a release edited after it was published is an error.
  const result = await checkDataFolder(dir, source.label);
  const report = formatReport(result, source.label, { verbose: process.argv.includes("--verbose") });
  if (!result.ok) {
    console.error(report);
    return 1;
  }
  console.log(report);
  return 0;
});
