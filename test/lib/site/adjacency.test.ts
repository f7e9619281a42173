import { describe, expect, it } from "vitest";
import type { KecamatanShape } from "../../../src/lib/data/types.ts";
import { adjacency } from "../../../src/lib/site/adjacency.ts";
import { loadModel } from "../../helpers/data-model.ts";

/** A unit square with its lower-left corner at (x, y), as a kecamatan polygon. */
const square = (code: string, x: number, y: number): KecamatanShape["features"][number] => ({
  type: "Feature",
  properties: { code, name: code },
  geometry: {
    type: "Polygon",
    coordinates: [
      [
        [x, y],
        [x, y + 1],
        [x + 1, y + 1],
        [x + 1, y],
        [x, y],
      ],
    ],
  },
});
const shapes = (...features: KecamatanShape["features"]): KecamatanShape => ({ type: "FeatureCollection", features });

describe("adjacency", () => {
  it("links polygons that share a stretch of border, not those that only touch at a corner", () => {
    // a b
    // c      d (apart);  a-b and a-c share an edge, b-c only a corner.
    const adj = adjacency(shapes(square("a", 0, 1), square("b", 1, 1), square("c", 0, 0), square("d", 5, 5)));
    expect(Object.fromEntries(adj)).toEqual({ a: ["b", "c"], b: ["a"], c: ["a"], d: [] });
  });

  it("counts corner touches when asked to", () => {
    const adj = adjacency(shapes(square("a", 0, 1), square("b", 1, 1), square("c", 0, 0)), 1);
    expect(adj.get("b")).toEqual(["a", "c"]);
  });

  it("finds every part of a multipolygon, such as an exclave", () => {
    const exclave: KecamatanShape["features"][number] = {
      type: "Feature",
      properties: { code: "e", name: "e" },
      geometry: {
        type: "MultiPolygon",
        coordinates: [square("e", 0, 0).geometry.coordinates as never, square("e", 9, 9).geometry.coordinates as never],
      },
    };
    const adj = adjacency(shapes(exclave, square("f", 10, 9)));
    expect(adj.get("f")).toEqual(["e"]);
  });

  it("on the boundaries of the data folder, is symmetric and gives every kecamatan a neighbour", async () => {
    const model = await loadModel();
    const adj = adjacency(model.geo!.kecamatan);
    expect(adj.size).toBe(model.kecamatan.length);
    for (const [code, list] of adj) {
      expect(list.length, code).toBeGreaterThan(0);
      for (const other of list) expect(adj.get(other), `${other} -> ${code}`).toContain(code);
    }
    // Which kecamatan border which in the bundled data: test/golden/bundled-data.test.ts.
  });
});
