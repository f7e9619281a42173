// Shared by the scripts: run a main function, map its result to an exit code, and turn
// an unexpected failure into a short message instead of a stack trace. Set DEBUG=1 to see it.
export async function runCli(main: () => Promise<number>): Promise<never> {
  let code: number;
  try {
    code = await main();
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === "ENOENT" && err.path)
      console.error(`Folder atau file tidak ditemukan: ${err.path}\nFolder or file not found: ${err.path}\nPeriksa DATA_DIR / check DATA_DIR.`);
    else console.error(`Terjadi kesalahan tak terduga / Unexpected failure: ${err.message}`);
    if (process.env.DEBUG) console.error(err.stack);
    code = 2;
  }
  process.exit(code);
}
