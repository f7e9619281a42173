/**
 * Releases: frozen, dated copies of the validated data package, kept in the
 * data folder (`releases/<version>/`, recorded in `releases/releases.csv`),
 * so that a revised figure leaves a trace and a citation keeps pointing at
 * what was cited. `npm run release` makes one; the data check refuses a
 * release edited after it was published; the site shows what changed.
 */
export { checkDataFolder, parseReleaseArguments, release, type ReleaseArguments, type ReleaseResult } from "./command.ts";
export { currentRelease, loadRelease, type ReleaseState } from "./load.ts";
export { checkReleases, hashRelease, packageFiles, readReleases, releaseDir } from "./store.ts";
export {
  compareVersions,
  nextVersion,
  parseReleases,
  RELEASE_KINDS,
  RELEASES_FILE,
  RELEASES_FOLDER,
  VERSION_PATTERN,
  type Release,
  type ReleaseKind,
} from "./table.ts";
export {
  DIFFED_TABLES,
  diffTable,
  releaseChanges,
  type Cells,
  type DiffTable,
  type ReleaseChanges,
  type RowChange,
  type TableDiff,
} from "./diff.ts";
export { NO_RELEASES, releaseHistory, type ReleaseEntry, type ReleaseHistory } from "./history.ts";
export { readme, releaseZip } from "./download.ts";
export { zip, type ZipEntry } from "./zip.ts";
