// npm run release -- --version 2026.2 --kind revisi --note "..." [--note-en "..."] [--date YYYY-MM-DD]:
// validates the data folder (data/, or DATA_DIR) and freezes it as a release in releases/<version>/,
// recorded in releases/releases.csv. Bad data or a refused version: the report, exit 1, nothing written.
import { resolve } from "node:path";
import { inline, phrase } from "../src/i18n/check/index.ts";
import { formatFailure, formatProblem } from "../src/lib/data/index.ts";
import { release, RELEASES_FILE } from "../src/lib/releases/index.ts";
import { runCli } from "./cli.ts";

await runCli(async () => {
  const dataDir = resolve(process.env.DATA_DIR ?? "data");
  const label = (file: string) => `${process.env.DATA_DIR ?? "data"}/${file}`;
  // The release date by default: SOURCE_DATE_EPOCH when set (reproducible), else today (UTC).
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const today = (Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date()).toISOString().slice(0, 10);
  const result = await release(dataDir, process.argv.slice(2), today);
  if (!result.ok) {
    if ("check" in result) console.error(formatFailure(result.check.errors, result.check.warnings, process.env.DATA_DIR ?? "data"));
    else console.error(result.problems.map((p) => formatProblem(p, ".")).join("\n"));
    return 1;
  }
  const { version, date } = result.release;
  console.log(
    inline(
      phrase("release.done", { version, date, folder: label(`releases/${version}`), files: result.files, table: label(RELEASES_FILE) }),
      "\n",
    ),
  );
  return 0;
});
