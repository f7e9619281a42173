import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { formatFailure, loadRegency, memorySource } from "../../src/lib/data/index.ts";
import { FIXTURES, ROOT } from "../helpers/fixtures.ts";

/**
 * The examples the data check quotes in its advice come from the data folder
 * being checked. An invented place (Uji Coba, code 73.99, kecamatan 73.99.01
 * Kecamatan Uji and 73.99.05 Lembah Contoh, short name "Ujico"), made from the
 * minimal fixture and the project's catalogue by rewriting every code and
 * name, gets messages that quote its own codes and names and nothing of Luwu
 * Utara. Where the areas cannot give an example, the example is neutral.
 */
const BUNDLED = /73\.22|7322|luwu|lutra|seko|masamba|bone-bone|malangke|rongkong|limbong/i;

const RENAME: [RegExp, string][] = [
  [/73\.22/g, "73.99"],
  [/7322/g, "7399"],
  [/Luwu Utara/g, "Uji Coba"],
  [/luwu-utara/g, "uji-coba"],
  [/Malangke/g, "Kecamatan Uji"],
  [/Rongkong/g, "Lembah Contoh"],
  [/Limbong/g, "Contoh Lama"],
  [/Masamba/g, "Kota Uji"],
];

/** The minimal fixture and the project catalogue, rewritten into the invented place, with some files replaced. */
function invented(changes: (files: Record<string, string>) => void = () => {}) {
  const base = join(FIXTURES, "minimal");
  const files: Record<string, string> = {};
  const rename = (text: string) => RENAME.reduce((t, [from, to]) => t.replace(from, to), text);
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name !== "README.md") files[rename(relative(base, path).split("\\").join("/"))] = rename(readFileSync(path, "utf8"));
    }
  };
  walk(base);
  files["datapackage.json"] = rename(readFileSync(join(ROOT, "data", "datapackage.json"), "utf8"));
  files["areas.csv"] = files["areas.csv"]!.replace("73.99,regency,73,Uji Coba,,,", "73.99,regency,73,Uji Coba,,Ujico;Kabupaten Uji Coba,");
  changes(files);
  // The folder itself holds nothing of the bundled place, so whatever a message quotes of it came from code.
  expect(Object.entries(files).filter(([path, text]) => BUNDLED.test(path) || BUNDLED.test(text)).map(([path]) => path)).toEqual([]);
  return memorySource(files);
}

async function report(source: ReturnType<typeof memorySource>): Promise<string> {
  const r = await loadRegency(source);
  expect(r.ok).toBe(false);
  if (r.ok) return "";
  return formatFailure(r.errors, r.warnings, source.label);
}

describe("the examples in the data check's advice", () => {
  it("are the checked place's own codes and names, never the bundled regency's", async () => {
    const output = await report(
      invented((files) => {
        // A quote left open (the short name), a line with two cells too many (two kecamatan names with a comma),
        // a location that is the province (the codes), narrative files misnamed or without a title, and a
        // boundary whose code is not a kecamatan (the form of the codes).
        files["agencies.csv"] = files["agencies.csv"]!.replace("Dinas Sosial,Dinas Sosial,", 'Dinas Sosial,"Dinas Sosial,');
        files["sources.csv"] += "src_c,Judul,Penerbit,,,2026-11-28,,lebih,lagi\n";
        files["actions.csv"] = files["actions.csv"]!.replace(",73.99,Keluarga dibantu,", ",73,Keluarga dibantu,");
        files["content/kecamatan/catatan.md"] = "---\ntitle: Catatan\narea: 73.99.01\n---\nTeks.\n";
        files["content/kecamatan/kecamatan-uji.id.md"] = "---\narea: 73.99.01\n---\nTeks.\n";
        const geo = Object.keys(files).find((f) => f.startsWith("geo/"))!;
        files[geo] = files[geo]!.replace('"73.99.05"', '"73.99.09"');
      }),
    );
    expect(output).not.toMatch(BUNDLED);
    for (const quoted of [
      'ditulis dua kali: "TKPK ""Ujico""".',
      'is written twice: "TKPK ""Ujico""".',
      '("Kecamatan Uji, Lembah Contoh")',
      "Tulis kode kecamatan (73.99.01), atau kode kabupaten/kota (73.99)",
      "Write kecamatan codes (73.99.01), or the code of the kabupaten or kota (73.99)",
      "areas.csv (bentuk 73.99.xx)",
      "areas.csv (form 73.99.xx)",
      "content/kecamatan/kecamatan-uji.id.md.",
      "content/kecamatan/kecamatan-uji.en.md.",
      '"title: Kecamatan Uji"',
    ])
      expect(output).toContain(quoted);
  });

  it("are neutral for a problem in areas.csv itself, and the place's own for the other files", async () => {
    const output = await report(
      invented((files) => {
        files["areas.csv"] += "73.99.09,kecamatan,73.99,Lebih,,,,,,,src_a,,,,\n";
        files["agencies.csv"] = files["agencies.csv"]!.replace("Dinas Sosial,Dinas Sosial,", 'Dinas Sosial,"Dinas Sosial,');
      }),
    );
    expect(output).not.toMatch(BUNDLED);
    expect(output).toMatch(/✗ data\/areas\.csv, baris 7\n.*\n.*\("Kecamatan A, Kecamatan B"\)/);
    expect(output).toContain('"TKPK ""Ujico"""');
  });

  it("are neutral when areas.csv cannot be read", async () => {
    const output = await report(
      invented((files) => {
        files["areas.csv"] = files["areas.csv"]!.replace("73.99.01,kecamatan,73.99,Kecamatan Uji,", '73.99.01,kecamatan,73.99,"Kecamatan Uji,');
        files["agencies.csv"] = files["agencies.csv"]!.replace("Dinas Sosial,Dinas Sosial,", 'Dinas Sosial,"Dinas Sosial,');
      }),
    );
    expect(output).not.toMatch(BUNDLED);
    expect(output).toContain('ditulis dua kali: "TKPK ""Nama Daerah""".');
    expect(output).toContain('is written twice: "TKPK ""Place Name""".');
    expect(output).not.toContain("Ujico");
  });
});
