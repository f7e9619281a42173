import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { merge } from "topojson-client";
import { topology } from "topojson-server";
import type { GeometryCollection, Topology } from "topojson-specification";
import { msg } from "../data/messages.ts";
import { error, type Problem } from "../data/problems.ts";

export interface Kecamatan {
  code: string;
  name: string;
}

type Shape = Polygon | MultiPolygon;
type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === "object" && v !== null && !Array.isArray(v);

/** The quantisation of the bundled boundaries: about 1 m at this scale. */
const QUANTIZATION = 1e5;

/** Twice the signed planar area of a ring in longitude/latitude: positive when it runs anticlockwise (RFC 7946's exterior). */
function signedArea(ring: readonly Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) s += ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!;
  return s;
}

/**
 * Rings wound the way d3-geo (and so Observable Plot and the site's maps)
 * expects: exterior clockwise, holes anticlockwise, the opposite of RFC 7946.
 * Input in either convention gives the same output.
 */
function rewindPolygon(rings: readonly Position[][]): Position[][] {
  return rings.map((ring, i) => {
    const clockwise = signedArea(ring) < 0;
    const want = i === 0;
    return clockwise === want ? ring.map((p) => [p[0]!, p[1]!]) : [...ring].reverse().map((p) => [p[0]!, p[1]!]);
  });
}

export function rewind(shape: Shape): Shape {
  return shape.type === "Polygon"
    ? { type: "Polygon", coordinates: rewindPolygon(shape.coordinates) }
    : { type: "MultiPolygon", coordinates: shape.coordinates.map(rewindPolygon) };
}

const isShape = (g: unknown): g is Shape =>
  isObject(g) && (g.type === "Polygon" || g.type === "MultiPolygon") && Array.isArray(g.coordinates);

function parseJson(text: string, file: string): { json?: unknown; problem?: Problem } {
  try {
    return { json: JSON.parse(text.replace(/^\uFEFF/, "")) };
  } catch (e) {
    return { problem: error({ file }, msg("newPlace.notGeoJson", { file, detail: (e as Error).message })) };
  }
}

/**
 * Reads the kecamatan boundaries: a FeatureCollection with one Polygon or
 * MultiPolygon per kecamatan and properties `code` (Kemendagri form, under the
 * place's code) and `name`. Every problem is reported at once.
 */
export function readBoundaries(
  text: string,
  file: string,
  placeCode: string,
): { kecamatan?: Array<Kecamatan & { shape: Shape }>; problems: Problem[] } {
  const { json, problem } = parseJson(text, file);
  if (problem) return { problems: [problem] };
  if (!isObject(json) || json.type !== "FeatureCollection" || !Array.isArray(json.features)) {
    const found = isObject(json) && typeof json.type === "string" ? `"type": "${json.type}"` : typeof json;
    return { problems: [error({ file }, msg("newPlace.notGeoJson", { file, detail: found }))] };
  }
  if (!json.features.length) return { problems: [error({ file }, msg("newPlace.noFeatures", { file }))] };
  const problems: Problem[] = [];
  const example = `${placeCode}.01`;
  const first = new Map<string, number>();
  const out: Array<Kecamatan & { shape: Shape }> = [];
  json.features.forEach((f: unknown, i: number) => {
    const index = i + 1;
    const props = isObject(f) && isObject(f.properties) ? f.properties : {};
    const code = typeof props.code === "string" ? props.code.trim() : typeof props.code === "number" ? String(props.code) : "";
    const name = typeof props.name === "string" ? props.name.trim() : "";
    if (!isObject(f) || f.type !== "Feature" || !isShape(f.geometry)) {
      problems.push(error({ file, value: code || undefined }, msg("newPlace.notPolygon", { file, index })));
      return;
    }
    if (!code) return void problems.push(error({ file }, msg("newPlace.noCode", { file, index, example })));
    if (!new RegExp(`^${placeCode.replace(".", "\\.")}\\.\\d{2}$`).test(code))
      return void problems.push(
        error({ file, value: code }, msg("newPlace.outside", { file, index, value: code, code: placeCode, example })),
      );
    const seen = first.get(code);
    if (seen !== undefined)
      return void problems.push(error({ file, value: code }, msg("newPlace.duplicate", { file, value: code, first: seen, index })));
    first.set(code, index);
    if (!name) return void problems.push(error({ file, value: code }, msg("newPlace.noName", { file, value: code })));
    out.push({ code, name, shape: f.geometry });
  });
  if (problems.length) return { problems };
  out.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { kecamatan: out, problems };
}

/** Reads an outline: a FeatureCollection, a Feature or a bare geometry; every polygon in it becomes part of one MultiPolygon. */
export function readOutline(text: string, file: string): { outline?: MultiPolygon; problems: Problem[] } {
  const { json, problem } = parseJson(text, file);
  if (problem) return { problems: [problem] };
  const geometries: unknown[] = !isObject(json)
    ? []
    : json.type === "FeatureCollection" && Array.isArray(json.features)
      ? json.features.map((f) => (isObject(f) ? f.geometry : undefined))
      : json.type === "Feature"
        ? [json.geometry]
        : [json];
  const shapes = geometries.filter(isShape);
  if (!shapes.length || shapes.length !== geometries.length) {
    const detail = isObject(json) && typeof json.type === "string" ? `"type": "${json.type}"` : typeof json;
    return { problems: [error({ file }, msg("newPlace.notGeoJson", { file, detail }))] };
  }
  const coordinates = shapes.flatMap((s) => (s.type === "Polygon" ? [s.coordinates] : s.coordinates));
  return { outline: { type: "MultiPolygon", coordinates }, problems: [] };
}

/**
 * The boundary file of the data folder: a TopoJSON with the objects
 * `kecamatan` (properties code and name, sorted by code) and `kabupaten` (the
 * place's outline, dissolved from the kecamatan unless one is given), in the
 * winding d3-geo expects, quantised like the bundled file.
 */
export function boundaryTopology(
  kecamatan: ReadonlyArray<Kecamatan & { shape: Shape }>,
  place: Kecamatan,
  outline: MultiPolygon | undefined,
): Topology {
  const features: FeatureCollection<Shape, Kecamatan> = {
    type: "FeatureCollection",
    features: kecamatan.map((k) => ({ type: "Feature", properties: { code: k.code, name: k.name }, geometry: rewind(k.shape) })),
  };
  let whole: Shape | undefined = outline && rewind(outline);
  if (!whole) {
    const first = topology({ kecamatan: features }, QUANTIZATION);
    const merged = merge(first, (first.objects.kecamatan as GeometryCollection).geometries as never);
    whole = rewind(merged);
  }
  const outlineFeature: Feature<Shape, Kecamatan> = {
    type: "Feature",
    properties: { code: place.code, name: place.name },
    geometry: whole,
  };
  const outlines: FeatureCollection<Shape, Kecamatan> = { type: "FeatureCollection", features: [outlineFeature] };
  return topology({ kecamatan: features, kabupaten: outlines }, QUANTIZATION);
}
