import { geoMercator, polygonArea, polygonCentroid, polygonContains } from "d3";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import type { Geo } from "../data/types.ts";
import { SMALL, textWidth } from "./layout.ts";

/**
 * The kecamatan boundaries projected once per build into the pixel space of a
 * map (Mercator, fitted to the regency), simplified there (points closer than
 * 0.8 pixel to the line through their neighbours are dropped, which makes
 * the SVG several times smaller at no visible cost), with a point for each
 * label. All maps share the result: Plot then draws with the identity
 * projection, so the label positions computed here are exact.
 */
export type Ring = [number, number][];
export interface MapShape {
  readonly code: string;
  readonly geometry: Polygon | MultiPolygon;
  /** Centre of the largest ring, where an inside label goes. */
  readonly anchor: readonly [number, number];
  readonly area: number;
  readonly largest: Ring;
}

export interface MapGeometry {
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly MapShape[];
  readonly byCode: ReadonlyMap<string, MapShape>;
  readonly outline: Polygon | MultiPolygon;
}

const TOLERANCE = 0.8;

/** Douglas–Peucker on one ring in pixels, iterative so a long coastline cannot overflow the stack. */
export function simplify(ring: Ring, tolerance = TOLERANCE): Ring {
  if (ring.length <= 4) return ring;
  const keep = new Uint8Array(ring.length);
  keep[0] = keep[ring.length - 1] = 1;
  const stack: [number, number][] = [[0, ring.length - 1]];
  const t2 = tolerance * tolerance;
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = ring[a]!;
    const [bx, by] = ring[b]!;
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let worst = -1;
    let max = t2;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = ring[i]!;
      let d2: number;
      if (len2 === 0) d2 = (px - ax) ** 2 + (py - ay) ** 2;
      else {
        const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        d2 = (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2;
      }
      if (d2 > max) {
        max = d2;
        worst = i;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  return ring.filter((_, i) => keep[i]);
}

type Projector = (p: Position) => [number, number];

function projectPolygon(rings: Position[][], project: Projector): Ring[] {
  return rings
    .map((ring) => simplify(ring.map(project)))
    .filter((ring, i) => ring.length >= 4 && (i > 0 || Math.abs(polygonArea(ring)) >= 1));
}

function projectGeometry(g: Polygon | MultiPolygon, project: Projector): { geometry: Polygon | MultiPolygon; rings: Ring[] } {
  if (g.type === "Polygon") {
    const rings = projectPolygon(g.coordinates, project);
    return { geometry: { type: "Polygon", coordinates: rings }, rings: rings.slice(0, 1) };
  }
  const polys = g.coordinates.map((p) => projectPolygon(p, project)).filter((p) => p.length);
  return { geometry: { type: "MultiPolygon", coordinates: polys }, rings: polys.map((p) => p[0]!) };
}

const cache = new WeakMap<Geo, Map<string, MapGeometry>>();

/** The projected boundaries for a map `width` pixels wide and at most `maxHeight` tall. */
export function mapGeometry(geo: Geo, width: number, maxHeight = width * 1.15): MapGeometry {
  let byKey = cache.get(geo);
  if (!byKey) cache.set(geo, (byKey = new Map()));
  const key = `${width}x${maxHeight}`;
  const hit = byKey.get(key);
  if (hit) return hit;

  const projection = geoMercator().fitWidth(width, geo.outline);
  const bounds = boundsOf(geo.outline.features, (p) => projection(p as [number, number])!);
  if (bounds[1][1] - bounds[0][1] > maxHeight) projection.fitSize([width, maxHeight], geo.outline);
  const b = boundsOf(geo.outline.features, (p) => projection(p as [number, number])!);
  const project: Projector = (p) => {
    const [x, y] = projection(p as [number, number])!;
    return [Math.round((x - b[0][0]) * 10) / 10, Math.round((y - b[0][1]) * 10) / 10];
  };
  const shapes = geo.kecamatan.features.map((f): MapShape => {
    const { geometry, rings } = projectGeometry(f.geometry, project);
    const largest = rings.reduce((m, r) => (Math.abs(polygonArea(r)) > Math.abs(polygonArea(m)) ? r : m), rings[0] ?? []);
    const area = rings.reduce((s, r) => s + Math.abs(polygonArea(r)), 0);
    if (!largest.length) return { code: f.properties.code, geometry, anchor: [0, 0], area: 0, largest };
    const c = polygonCentroid(largest);
    return { code: f.properties.code, geometry, anchor: polygonContains(largest, c) ? c : interiorPoint(largest), area, largest };
  });
  const outlineGeoms = geo.outline.features.map((f) => projectGeometry(f.geometry as Polygon | MultiPolygon, project).geometry);
  const outline: MultiPolygon = {
    type: "MultiPolygon",
    coordinates: outlineGeoms.flatMap((g) => (g.type === "Polygon" ? [g.coordinates] : g.coordinates)),
  };
  const result: MapGeometry = {
    width,
    height: Math.ceil(b[1][1] - b[0][1]),
    shapes,
    byCode: new Map(shapes.map((s) => [s.code, s])),
    outline,
  };
  byKey.set(key, result);
  return result;
}

function boundsOf(features: readonly Feature[], project: (p: Position) => [number, number]): [[number, number], [number, number]] {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  const visit = (p: Position): void => {
    const [x, y] = project(p);
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  };
  for (const f of features) {
    const g = f.geometry as Polygon | MultiPolygon;
    const polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
    for (const poly of polys) for (const p of poly[0] ?? []) visit(p);
  }
  return [
    [x0, y0],
    [x1, y1],
  ];
}

/** A point inside a concave ring: the middle of the widest horizontal run through its vertical centre. */
function interiorPoint(ring: Ring): [number, number] {
  const ys = ring.map((p) => p[1]);
  const y = (Math.min(...ys) + Math.max(...ys)) / 2;
  const xs: number[] = [];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y) xs.push(xi + ((y - yi) * (xj - xi)) / (yj - yi));
  }
  xs.sort((a, b) => a - b);
  let best: [number, number] = ring[0]!;
  let widest = -1;
  for (let i = 0; i + 1 < xs.length; i += 2)
    if (xs[i + 1]! - xs[i]! > widest) {
      widest = xs[i + 1]! - xs[i]!;
      best = [(xs[i]! + xs[i + 1]!) / 2, y];
    }
  return best;
}

export interface PlacedLabel {
  readonly code: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: "middle" | "start";
  /** For a label moved beside the map: the line from the area to the label. */
  readonly leader?: readonly [number, number, number, number];
}

const LINE_GAP = 18;
const STEP = 6;

/**
 * Where a label box of half-size w×h fits inside the area's largest ring
 * without touching a placed label: the area's centre if it fits, otherwise
 * the nearest point of a 6 px grid over the area that does.
 */
function findSpot(
  s: MapShape,
  w: number,
  h: number,
  boxes: readonly (readonly [number, number, number, number])[],
): [number, number] | undefined {
  const fits = ([x, y]: readonly [number, number]): boolean =>
    [
      [x - w, y - h],
      [x + w, y - h],
      [x - w, y + h],
      [x + w, y + h],
      [x, y],
    ].every((c) => polygonContains(s.largest, c as [number, number])) &&
    !boxes.some((o) => o[0] < x + w && x - w < o[2] && o[1] < y + h && y - h < o[3]);
  if (fits(s.anchor)) return [s.anchor[0], s.anchor[1]];
  const xs = s.largest.map((p) => p[0]);
  const ys = s.largest.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs) + w, Math.max(...xs) - w, Math.min(...ys) + h, Math.max(...ys) - h];
  let best: [number, number] | undefined;
  let bestD = Infinity;
  for (let x = x0; x <= x1; x += STEP)
    for (let y = y0; y <= y1; y += STEP) {
      const d = (x - s.anchor[0]) ** 2 + (y - s.anchor[1]) ** 2;
      if (d < bestD && fits([x, y])) {
        best = [x, y];
        bestD = d;
      }
    }
  return best;
}

/**
 * Names inside their areas where they fit without touching another label,
 * the rest in a column right of the map at `columnX`, as near their area's
 * height as the spacing allows, each with a leader line. Larger areas are
 * placed first, so the names people look for most sit inside.
 */
export function placeLabels(map: MapGeometry, names: ReadonlyMap<string, string>, columnX: number, size = SMALL): PlacedLabel[] {
  const boxes: [number, number, number, number][] = [];
  const inside: PlacedLabel[] = [];
  const outside: { code: string; text: string; ax: number; ay: number }[] = [];
  const shapes = [...names.keys()].map((c) => map.byCode.get(c)).filter((s): s is MapShape => s !== undefined && s.area > 0);
  for (const s of shapes.sort((a, b) => b.area - a.area || a.code.localeCompare(b.code))) {
    const text = names.get(s.code)!;
    const w = textWidth(text, size) / 2 + 2;
    const h = size * 0.6;
    const spot = findSpot(s, w, h, boxes);
    if (spot) {
      boxes.push([spot[0] - w, spot[1] - h, spot[0] + w, spot[1] + h]);
      inside.push({ code: s.code, text, x: spot[0], y: spot[1], anchor: "middle" });
    } else outside.push({ code: s.code, text, ax: s.anchor[0], ay: s.anchor[1] });
  }
  outside.sort((a, b) => a.ay - b.ay || a.code.localeCompare(b.code));
  const ys = outside.map((o) => o.ay);
  for (let i = 1; i < ys.length; i++) ys[i] = Math.max(ys[i]!, ys[i - 1]! + LINE_GAP);
  const overflow = (ys.at(-1) ?? 0) - (map.height - 4);
  if (overflow > 0) for (let i = 0; i < ys.length; i++) ys[i] = ys[i]! - overflow;
  for (let i = ys.length - 2; i >= 0; i--) ys[i] = Math.min(ys[i]!, ys[i + 1]! - LINE_GAP);
  return [
    ...inside,
    ...outside.map((o, i) => ({
      code: o.code,
      text: o.text,
      x: columnX,
      y: ys[i]!,
      anchor: "start" as const,
      leader: [o.ax, o.ay, columnX - 4, ys[i]!] as const,
    })),
  ];
}
