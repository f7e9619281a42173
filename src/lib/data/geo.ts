import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import type { Examples } from "./examples.ts";
import { msg } from "./messages.ts";
import { error, warning, type Problem } from "./problems.ts";
import type { Geo, KecamatanShape } from "./types.ts";

/**
 * Reads the kecamatan boundaries (TopoJSON with objects `kecamatan` and
 * `kabupaten`) and joins them to the areas on the Kemendagri code, never on the
 * name, whose spellings differ between sources. `examples` are quoted in the advice.
 */
export function readGeo(text: string, file: string, kecamatan: ReadonlyMap<string, string>, examples: Examples): { geo?: Geo; problems: Problem[] } {
  let topology: Topology;
  try {
    topology = JSON.parse(text) as Topology;
  } catch (e) {
    return { problems: [error({ file }, msg("geo.restore.notJson", { error: (e as Error).message }))] };
  }
  const objects = topology?.objects ?? {};
  if (topology?.type !== "Topology" || !objects.kecamatan || !objects.kabupaten)
    return { problems: [error({ file }, msg("geo.restore.notTopology"))] };
  const shapes = feature(topology, objects.kecamatan) as unknown as KecamatanShape;
  const outline = feature(topology, objects.kabupaten) as unknown as FeatureCollection<Polygon | MultiPolygon>;
  const problems: Problem[] = [];
  const present = new Set<string>();
  for (const f of shapes.features) {
    const code = f.properties?.code;
    if (typeof code !== "string" || !kecamatan.has(code))
      problems.push(error({ file, value: String(code) }, msg("geo.unknownCode", { code: String(code), form: examples.kecamatanCodeForm })));
    else present.add(code);
  }
  for (const [code, name] of kecamatan)
    if (!present.has(code))
      problems.push(warning({ file, value: code }, msg("geo.noPolygon", { name, code })));
  return { geo: { kecamatan: shapes, outline }, problems };
}
