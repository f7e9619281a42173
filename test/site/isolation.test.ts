import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { cleanup, materialize } from "../helpers/fixtures.ts";
import { buildInto, tempDir } from "../helpers/temp-build.ts";

const temps: string[] = [];
afterAll(() => temps.forEach(cleanup));

const html = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .map((f) => readFileSync(join(dir, f), "utf8"));

/** A minimal data folder with one kecamatan narrative, in a file of the given name, that says `marker`. */
function withNarrative(file: string, area: string, marker: string): string {
  const dir = materialize();
  mkdirSync(join(dir, "content", "kecamatan"), { recursive: true });
  for (const lang of ["id", "en"])
    writeFileSync(join(dir, "content", "kecamatan", `${file}.${lang}.md`), `---\narea: "${area}"\ntitle: ${file}\n---\n\n${marker} ${lang}\n`);
  return dir;
}

it("a build never shows narrative texts left from an earlier build of another data folder", async () => {
  // The first folder has a text for Malangke; the second has none for Malangke, only one for Rongkong.
  const first = withNarrative("catatan-lama", "73.22.01", "PENANDA-TEKS-LAMA");
  const second = withNarrative("rongkong", "73.22.05", "PENANDA-TEKS-BARU");
  const [outA, outB] = [tempDir("isolation-a"), tempDir("isolation-b")];
  temps.push(first, second, outA, outB);

  const a = await buildInto(join(outA, "dist"), { DATA_DIR: first });
  expect(a.ok, a.output).toBe(true);
  expect(html(join(outA, "dist")).some((h) => h.includes("PENANDA-TEKS-LAMA id"))).toBe(true);

  const b = await buildInto(join(outB, "dist"), { DATA_DIR: second });
  expect(b.ok, b.output).toBe(true);
  const pages = html(join(outB, "dist"));
  expect(pages.some((h) => h.includes("PENANDA-TEKS-BARU id"))).toBe(true);
  expect(pages.filter((h) => h.includes("PENANDA-TEKS-LAMA"))).toEqual([]);
}, 300_000);
