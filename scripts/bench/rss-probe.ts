// Loaded with `node --import` into a measured build when GNU time is missing: writes the
// process's peak resident memory and CPU time to LENTERA_RSS_FILE when it exits.
import { writeFileSync } from "node:fs";

const file = process.env.LENTERA_RSS_FILE;
if (file) process.on("exit", () => writeFileSync(file, JSON.stringify(process.resourceUsage())));
