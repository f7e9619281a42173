import type { MultiPolygon, Polygon, Position } from "geojson";
import type { KecamatanShape } from "../data/types.ts";

/**
 * Which kecamatan share a border, computed from the boundary polygons at build
 * time. The polygons come from one TopoJSON topology, so a shared border is a
 * shared arc and its points are the same coordinates on both sides. Two
 * kecamatan are neighbours when their rings share at least `minShared` points:
 * two or more means a stretch of border, while a single point is only a corner
 * touch, which people would not call "next to".
 */
export function adjacency(shapes: KecamatanShape, minShared = 2): Map<string, string[]> {
  const owners = new Map<string, Set<string>>();
  for (const f of shapes.features) {
    const code = f.properties.code;
    for (const p of points(f.geometry)) {
      const key = `${p[0]},${p[1]}`;
      let set = owners.get(key);
      if (!set) owners.set(key, (set = new Set()));
      set.add(code);
    }
  }
  const shared = new Map<string, number>();
  for (const set of owners.values()) {
    if (set.size < 2) continue;
    const codes = [...set].sort();
    for (let i = 0; i < codes.length; i++)
      for (let j = i + 1; j < codes.length; j++) {
        const pair = `${codes[i]}|${codes[j]}`;
        shared.set(pair, (shared.get(pair) ?? 0) + 1);
      }
  }
  const result = new Map<string, string[]>(shapes.features.map((f) => [f.properties.code, []]));
  for (const [pair, n] of shared) {
    if (n < minShared) continue;
    const [a, b] = pair.split("|") as [string, string];
    result.get(a)?.push(b);
    result.get(b)?.push(a);
  }
  for (const list of result.values()) list.sort();
  return result;
}

/** Every distinct point of a polygon's rings (the closing point of a ring is the first one again). */
function points(g: Polygon | MultiPolygon): Position[] {
  const polygons = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
  const seen = new Map<string, Position>();
  for (const rings of polygons) for (const ring of rings) for (const p of ring) seen.set(`${p[0]},${p[1]}`, p);
  return [...seen.values()];
}
