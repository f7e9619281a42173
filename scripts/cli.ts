// Shared by the scripts: run a main function, map its result to an exit code, and turn
// an unexpected failure into a short message instead of a stack trace. Set DEBUG=1 to see it.
import { inline, phrase } from "../src/i18n/check/index.ts";

export async function runCli(main: () => Promise<number>): Promise<never> {
  let code: number;
  try {
    code = await main();
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === "ENOENT" && err.path) {
      const notFound = phrase("cli.notFound", { path: err.path });
      console.error([...Object.values(notFound), inline(phrase("cli.checkDataDir"))].join("\n"));
    } else console.error(`${inline(phrase("cli.unexpected"))}: ${err.message}`);
    if (process.env.DEBUG) console.error(err.stack);
    code = 2;
  }
  process.exit(code);
}
