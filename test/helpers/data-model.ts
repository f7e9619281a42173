import { folderSource, loadRegency, type Model } from "../../src/lib/data/index.ts";
import { DATA_DIR } from "./site-builds.ts";

/**
 * The model of a data folder, by default the one the tests build and read
 * (DATA_DIR, else data/): suites derive what they expect from it, so they pass
 * on any valid data folder. Facts of the bundled data itself are in
 * test/golden/bundled-data.test.ts.
 */
export async function loadModel(dir = DATA_DIR): Promise<Model> {
  const r = await loadRegency(folderSource(dir));
  if (!r.ok) throw new Error(`${dir} does not validate: ${r.errors.length} errors`);
  return r.model;
}
