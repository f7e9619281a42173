import type { releases as id } from "./releases.id.ts";

/** What `npm run release` and the data check say about releases, in English; the keys and placeholders of releases.id.ts. */
export const releases = {
  "release.done":
    "✓ Release {version} ({date}) frozen in {folder}: {files} files. Commit that folder with {table}, then build the site as usual.",
  "release.argument.what": "The argument --{name} is required.",
  "release.argument.fix": 'For example: npm run release -- --version 2026.2 --kind revisi --note "Angka tetap P0 Maret 2025 dari BPS"',
  "release.argument.unknown.what": "Unknown argument: {detail}.",
  "release.version.what": 'The version "{value}" is not of the form YEAR.NUMBER.',
  "release.version.fix": "Write the year, a dot, then the number of the release in that year, for example 2026.1 or 2026.2.",
  "release.exists.what": "Version {value} already exists (released on {date}); a published release is never overwritten.",
  "release.exists.fix": "Use the next version, for example {next}.",
  "release.notGreater.what": "Version {value} is not greater than the last release, {last}.",
  "release.notGreater.fix": "A new version must be greater than every earlier one, for example {next}.",
  "release.kind.what": 'Unknown release kind "{value}".',
  "release.kind.fix": "Write --kind revisi (a scheduled update or revision of figures) or --kind koreksi (a correction of an error).",
  "release.date.what": 'The date "{value}" is not a date of the form YEAR-MONTH-DAY.',
  "release.date.fix": "Write for example 2026-07-15, or leave out --date to use today's date (UTC).",
  "release.dateOrder.what": "The date {value} is earlier than the date of the previous release ({last}, {date}).",
  "release.dateOrder.fix": "Release dates never go back; use {date} or later.",
  "release.unchanged.what": "The data is exactly the same as release {last}; there is nothing to release.",
  "release.unchanged.fix": "Change the data first (for example BPS's final figures), check it with npm run check:data, then release.",
  "release.edited.what":
    "The contents of {folder} do not match the hash recorded for release {version}: files of that release were edited after it was published.",
  "release.edited.fix":
    "A published release is never edited. Restore the folder as it was (git checkout -- {folder}), then record the change of data as a new release with npm run release.",
  "release.folderMissing.what": "Release {version} is recorded in releases.csv, but the folder {folder} does not exist.",
  "release.folderMissing.fix": "Restore that folder from the git history; a published release is never deleted.",
  "release.unlisted.what": "The folder {folder} exists but is not recorded in releases.csv.",
  "release.unlisted.fix":
    "Releases are made only with npm run release. If this folder is left over from a trial, delete it; if it is a release, restore its row in releases.csv.",
  "release.order.what": "Version {value} is not greater than the version on the line before ({previous}).",
  "release.order.fix":
    "The lines of releases.csv run from the oldest release to the newest; never change the version of a published release.",
  "release.field.version": "the release's version, YEAR.NUMBER (for example 2026.1)",
  "release.field.date": "the release date, YEAR-MONTH-DAY",
  "release.field.kind": "the kind of release: revisi or koreksi",
  "release.field.noteId": "the release note in Indonesian",
  "release.field.noteEn": "the release note in English (empty: the Indonesian note is shown)",
  "release.field.sha256": "the hash of the release folder's contents (64 hexadecimal characters), written by npm run release",
} as const satisfies Record<keyof typeof id, string>;
