import { describe, expect, it } from "vitest";
import { zip } from "../../src/lib/releases/zip.ts";
import { unzip } from "../helpers/unzip.ts";

/** The zip writer of the release downloads: readable, and the same bytes for the same entries. */
const text = (s: string) => new TextEncoder().encode(s);
const ENTRIES = [
  { name: "observations.csv", bytes: text("area,indicator,year\n".repeat(50)) },
  { name: "datapackage.json", bytes: text('{"name":"x"}') },
  { name: "geo/LICENSE.txt", bytes: text("MIT") },
];

describe("the zip of a release", () => {
  it("holds every entry, sorted by name, with its bytes and the release date", () => {
    const read = unzip(zip(ENTRIES, "2026-09-15"));
    expect(read.map((e) => [e.name, e.date, e.bytes.toString("utf8")])).toEqual(
      [...ENTRIES].sort((a, b) => a.name.localeCompare(b.name)).map((e) => [e.name, "2026-09-15", new TextDecoder().decode(e.bytes)]),
    );
  });

  it("is the same bytes whatever the order of the entries", () => {
    expect(Buffer.from(zip([...ENTRIES].reverse(), "2026-09-15")).equals(Buffer.from(zip(ENTRIES, "2026-09-15")))).toBe(true);
  });
});
