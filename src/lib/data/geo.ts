import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import { geoProblem } from "./messages.ts";
import { error, warning, type Problem } from "./problems.ts";
import type { Geo, KecamatanShape } from "./types.ts";

const RESTORE_ID = "Kembalikan file batas wilayah dari versi sebelumnya (data/geo/); file ini tidak disunting dengan tangan.";
const RESTORE_EN = "Restore the boundary file from the previous version (data/geo/); it is not edited by hand.";

/**
 * Reads the kecamatan boundaries (TopoJSON with objects `kecamatan` and
 * `kabupaten`) and joins them to the areas on the Kemendagri code, never on the
 * name, whose spellings differ between sources.
 */
export function readGeo(text: string, file: string, kecamatan: ReadonlyMap<string, string>): { geo?: Geo; problems: Problem[] } {
  let topology: Topology;
  try {
    topology = JSON.parse(text) as Topology;
  } catch (e) {
    return { problems: [error({ file }, geoProblem(`file bukan JSON yang sah (${(e as Error).message})`, `not valid JSON (${(e as Error).message})`, RESTORE_ID, RESTORE_EN))] };
  }
  const objects = topology?.objects ?? {};
  if (topology?.type !== "Topology" || !objects.kecamatan || !objects.kabupaten)
    return {
      problems: [error({ file }, geoProblem("bukan TopoJSON dengan objek 'kecamatan' dan 'kabupaten'", "not a TopoJSON with objects 'kecamatan' and 'kabupaten'", RESTORE_ID, RESTORE_EN))],
    };
  const shapes = feature(topology, objects.kecamatan) as unknown as KecamatanShape;
  const outline = feature(topology, objects.kabupaten) as unknown as FeatureCollection<Polygon | MultiPolygon>;
  const problems: Problem[] = [];
  const present = new Set<string>();
  for (const f of shapes.features) {
    const code = f.properties?.code;
    if (typeof code !== "string" || !kecamatan.has(code))
      problems.push(
        error(
          { file, value: String(code) },
          geoProblem(
            `poligon berkode "${code}" bukan kecamatan di areas.csv`,
            `a polygon has code "${code}", which is not a kecamatan in areas.csv`,
            "Perbaiki kode di areas.csv (bentuk 73.22.xx) atau pakai file batas yang sesuai.",
            "Correct the code in areas.csv (form 73.22.xx) or use the matching boundary file.",
          ),
        ),
      );
    else present.add(code);
  }
  for (const [code, name] of kecamatan)
    if (!present.has(code))
      problems.push(
        warning(
          { file, value: code },
          geoProblem(
            `kecamatan ${name} (${code}) tidak punya poligon; peta menampilkannya tanpa wilayah`,
            `kecamatan ${name} (${code}) has no polygon; maps show it without an area`,
            "Tambahkan poligonnya ke file batas wilayah bila tersedia.",
            "Add its polygon to the boundary file when one is available.",
          ),
        ),
      );
  return { geo: { kecamatan: shapes, outline }, problems };
}
