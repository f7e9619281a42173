import { parseArgs } from "node:util";
import { folderSource, loadRegency, type LoadResult } from "../data/index.ts";
import { msg } from "../data/messages.ts";
import { error, isError, sortProblems, type Problem } from "../data/problems.ts";
import { checkReleases, freezeRelease, hashRelease, readReleases } from "./store.ts";
import { compareVersions, nextVersion, RELEASE_KINDS, VERSION_PATTERN, type Release, type ReleaseKind } from "./table.ts";

/**
 * `npm run release`: reads the command line, validates the data folder with
 * the data check (and its releases), refuses a version that exists, is
 * malformed or is not greater than the last, and only then freezes the
 * package as the new release. Every refusal writes nothing.
 */
export interface ReleaseArguments {
  version: string;
  kind: ReleaseKind;
  note: { id: string; en: string | undefined };
  date: string | undefined;
}

const OPTIONS = {
  version: { type: "string" },
  kind: { type: "string" },
  note: { type: "string" },
  "note-en": { type: "string" },
  date: { type: "string" },
} as const;
const where = { file: "npm run release" };

export function parseReleaseArguments(argv: readonly string[]): { args?: ReleaseArguments; problems: Problem[] } {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (e) {
    return { problems: [error(where, msg("release.argument.unknown", { detail: (e as Error).message }))] };
  }
  const str = (k: keyof typeof OPTIONS) => (typeof values[k] === "string" ? (values[k] as string).trim() : undefined);
  const problems: Problem[] = [];
  for (const name of ["version", "kind", "note"] as const) if (!str(name)) problems.push(error(where, msg("release.argument", { name })));
  const version = str("version");
  if (version && !VERSION_PATTERN.test(version))
    problems.push(error({ ...where, value: version }, msg("release.version", { value: version })));
  const kind = str("kind");
  if (kind && !(RELEASE_KINDS as readonly string[]).includes(kind))
    problems.push(error({ ...where, value: kind }, msg("release.kind", { value: kind })));
  const date = str("date");
  if (date !== undefined && !isDate(date)) problems.push(error({ ...where, value: date }, msg("release.date", { value: date })));
  if (problems.length) return { problems };
  return {
    args: { version: version!, kind: kind as ReleaseKind, note: { id: str("note")!, en: str("note-en") || undefined }, date },
    problems,
  };
}

function isDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export type ReleaseResult =
  | { ok: true; release: Release; files: number }
  /** The data check failed: its report, as check:data prints it. */
  | { ok: false; check: Extract<LoadResult, { ok: false }> }
  /** The release itself was refused. */
  | { ok: false; problems: Problem[] };

/** `today` is YYYY-MM-DD (UTC), passed in so that tests fix it. */
export async function release(dataDir: string, argv: readonly string[], today: string): Promise<ReleaseResult> {
  const parsed = parseReleaseArguments(argv);
  if (!parsed.args) return { ok: false, problems: parsed.problems };
  const args = parsed.args;

  const check = await checkDataFolder(dataDir);
  if (!check.ok) return { ok: false, check };

  const { releases } = await readReleases(dataDir);
  const last = releases.at(-1);
  const date = args.date ?? today;
  const next = nextVersion(last?.version, date);
  const at = { ...where, value: args.version };
  const existing = releases.find((r) => r.version === args.version);
  if (existing) return { ok: false, problems: [error(at, msg("release.exists", { value: args.version, date: existing.date, next }))] };
  if (last && compareVersions(args.version, last.version) <= 0)
    return { ok: false, problems: [error(at, msg("release.notGreater", { value: args.version, last: last.version, next }))] };
  if (last && date < last.date)
    return {
      ok: false,
      problems: [error({ ...where, value: date }, msg("release.dateOrder", { value: date, last: last.version, date: last.date }))],
    };
  if (last && (await hashRelease(dataDir)) === last.sha256)
    return { ok: false, problems: [error(where, msg("release.unchanged", { last: last.version }))] };

  const made = await freezeRelease(
    dataDir,
    { version: args.version, date, kind: args.kind, note: { id: args.note.id, en: args.note.en ?? args.note.id } },
    releases,
  );
  return { ok: true, ...made };
}

/**
 * The data check of a folder with its releases, as `npm run check:data` and
 * the build run it: the data path's result, failed as well when a release is
 * malformed or was edited after it was published.
 */
export async function checkDataFolder(dataDir: string, label?: string): Promise<LoadResult> {
  const [result, releaseProblems] = await Promise.all([loadRegency(folderSource(dataDir, label)), checkReleases(dataDir)]);
  if (result.ok && !releaseProblems.some(isError)) return { ...result, warnings: sortProblems([...result.warnings, ...releaseProblems]) };
  const all = sortProblems([...(result.ok ? result.warnings : [...result.errors, ...result.warnings]), ...releaseProblems]);
  return { ok: false, errors: all.filter(isError), warnings: all.filter((p) => !isError(p)) };
}
