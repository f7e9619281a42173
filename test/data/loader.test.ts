import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { firstInvalidUtf8 } from "../../src/lib/data/decode.ts";
import { folderSource, loadRegency, memorySource, slugify, type LoadResult } from "../../src/lib/data/index.ts";
import { columnLetter } from "../../src/lib/data/problems.ts";
import { missingYears, yearRanges } from "../../src/lib/years.ts";
import { closest, editDistance } from "../../src/lib/data/suggest.ts";
import { FIXTURES, ROOT } from "../helpers/fixtures.ts";
import { DATA_DIR } from "../helpers/site-builds.ts";

/** The minimal fixture plus the project catalogue, as in-memory files, with some files replaced. */
function minimal(changes: Record<string, string | Uint8Array | null> = {}) {
  const base = join(FIXTURES, "minimal");
  const files: Record<string, string | Uint8Array> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name !== "README.md") files[relative(base, path)] = readFileSync(path);
    }
  };
  walk(base);
  files["datapackage.json"] = readFileSync(join(ROOT, "data", "datapackage.json"));
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) delete files[k];
    else files[k] = v;
  }
  return memorySource(files);
}
const ok = (r: LoadResult) => {
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.file}:${e.line} ${e.what.en}`).join("\n"));
  return r;
};
const OBS_HEADER = "area,indicator,year,period,value,source,status,note_id,note_en";

describe("loadRegency", () => {
  it("builds a frozen model from the minimal fixture", async () => {
    const { model } = ok(await loadRegency(minimal()));
    expect(model.regency.code).toBe("73.22");
    expect(model.kecamatan.map((k) => k.slug)).toEqual(["malangke", "rongkong"]);
    expect(model.comparisons.map((a) => a.code)).toEqual(["73", "ID"]);
    expect(Object.isFrozen(model)).toBe(true);
    expect(Object.isFrozen(model.observations[0])).toBe(true);
    expect(() => (model.kecamatan as unknown as unknown[]).push({})).toThrow();
    const wide = model.actions.find((a) => a.id === "RAT-2026-001")!;
    expect(wide.regencyWide).toBe(true);
    expect(wide.locations).toEqual([]);
    expect(model.areaByCode["73.22.05"]!.altNames).toEqual(["Limbong"]);
  });

  it("reads an empty cell as no data, never as zero", async () => {
    const { model } = ok(await loadRegency(minimal()));
    const planned = model.actions.find((a) => a.id === "RAT-2026-002")!;
    expect(planned.realisedBudget).toBeUndefined();
    expect(planned.realisedOutput).toBeUndefined();
    expect(model.areaByCode.ID!.desa).toBeUndefined();
  });

  it("reads Excel's Indonesian CSV (semicolons, decimal comma, BOM, CRLF) as the numbers it shows", async () => {
    const csv = `\uFEFF${OBS_HEADER.replaceAll(",", ";")}\r\n73.22;p0;2023;march;12,5;src_a;final;;\r\n73.22;p0;2024;march;11,25;src_a;final;"a; b";\r\n`;
    const r = ok(await loadRegency(minimal({ "observations.csv": csv })));
    expect(r.model.observations.map((o) => o.value)).toEqual([12.5, 11.25]);
    expect(r.model.observations[1]!.note).toEqual({ id: "a; b", en: "a; b" });
    expect(r.warnings.map((w) => w.code)).toContain("semicolon-file");
  });

  it("never reads 12,5 in a comma file as 125", async () => {
    const r = await loadRegency(minimal({ "observations.csv": `${OBS_HEADER}\n73.22,p0,2023,march,"12,5",src_a,final,,\n` }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => [e.code, e.line, e.column, e.value])).toEqual([["decimal-comma", 2, "value", "12,5"]]);
  });

  it("reports every problem of every file at once", async () => {
    const r = await loadRegency(
      minimal({
        "observations.csv": `${OBS_HEADER}\n73.22,p0,2023,march,abc,src_a,final,,\n73.22,p9,2024,march,1,src_a,final,,\n`,
        "agencies.csv": "id,short,name_id,name_en,source\nDinas Sosial,,x,y,src_a\n",
        "targets.csv": null,
      }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const where = r.errors.map((e) => `${e.file}:${e.line ?? "-"}:${e.column ?? "-"}:${e.code}`);
      expect(where).toEqual(
        expect.arrayContaining([
          "observations.csv:2:value:not-number",
          "agencies.csv:2:id:wrong-form",
          "agencies.csv:2:short:required",
          "targets.csv:-:-:file-missing",
          "observations.csv:3:indicator:unknown-reference",
        ]),
      );
    }
  });

  it("skips the references into a table whose key was refused, and says so, instead of blaming every row that names it", async () => {
    const r = await loadRegency(minimal({ "agencies.csv": "id,short,name_id,name_en,source\nDinas Sosial,DS,x,y,src_a\n" }));
    expect(!r.ok && r.errors.map((e) => `${e.file}:${e.line}:${e.column}:${e.code}`)).toEqual(["agencies.csv:2:id:wrong-form"]);
    expect(!r.ok && r.skipped.map((s) => s.file)).toEqual(["agencies.csv"]);
  });

  it("locates a non-UTF-8 byte on its line and refuses UTF-16", async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode("id,short,name_id,name_en,source\nx,"), 0xe9, ...new TextEncoder().encode(",a,b,src_a\n")]);
    const r = await loadRegency(minimal({ "agencies.csv": latin1 }));
    expect(!r.ok && r.errors[0]).toMatchObject({ code: "not-utf8", file: "agencies.csv", line: 2 });
    const utf16 = new Uint8Array([0xff, 0xfe, 0x69, 0x00]);
    const r2 = await loadRegency(minimal({ "agencies.csv": utf16 }));
    expect(!r2.ok && r2.errors[0]).toMatchObject({ code: "utf16", file: "agencies.csv" });
  });

  it("loads the data folder under test (DATA_DIR, else data/) without errors", async () => {
    const { model, summary } = ok(await loadRegency(folderSource(DATA_DIR)));
    expect(summary.kecamatan).toBe(model.kecamatan.length);
    expect(model.kecamatan.length).toBeGreaterThan(0);
    // What the bundled data holds: test/golden/bundled-data.test.ts.
  });
});

describe("helpers", () => {
  it("makes slugs from names", () => {
    expect(["Bone-Bone", "Malangke Barat", "Tana Lili", "Sabbang Selatan"].map(slugify)).toEqual(["bone-bone", "malangke-barat", "tana-lili", "sabbang-selatan"]);
  });
  it("names spreadsheet columns", () => {
    expect([0, 4, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(["A", "E", "Z", "AA", "AB", "ZZ", "AAA"]);
  });
  it("lists missing years compactly", () => {
    expect(yearRanges(missingYears([2004, 2008, 2009, 2013, 2016, 2017]))).toBe("2005–2007, 2010–2012, 2014–2015");
    expect(yearRanges(missingYears([2020, 2021, 2022]))).toBe("");
  });
  it("suggests what a person most likely meant", () => {
    expect(editDistance("vlaue", "value")).toBe(1);
    expect(closest("vlaue", ["value", "year"])).toBe("value");
    expect(closest("Maret", ["annual", "march"])).toBe("march");
    expect(closest("zzz", ["annual", "march"])).toBeUndefined();
  });
  it("finds the first byte that is not UTF-8", () => {
    expect(firstInvalidUtf8(new TextEncoder().encode("añb"))).toBe(4);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xe9, 0x62]))).toBe(1);
  });
});
