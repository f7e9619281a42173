import type { MultiPolygon, Polygon } from "geojson";
import { SMALL, WIDTH } from "../layout.ts";
import { color } from "../palette.ts";
import type { MapGeometry, PlacedLabel } from "../geo.ts";
import type { LegendItem, MarkSpec, PlotSpec } from "../types.ts";

/**
 * Map: kecamatan as areas filled by class (choropleth), or all grey with one
 * highlighted (locator). Each area can be a link to its kecamatan page with an
 * accessible name that states its value. Names sit inside the areas where
 * they fit and in a column to the right otherwise, joined by a leader line.
 * The geometry arrives already projected (geo.ts), so Plot's identity
 * projection draws it as it is.
 */
export interface MapArea {
  readonly code: string;
  readonly geometry: Polygon | MultiPolygon;
  readonly fill: string;
  /** Accessible name of the link: "Seko: 34,2 %". */
  readonly label: string;
  readonly href?: string;
}

export interface ChoroplethOptions {
  readonly map: MapGeometry;
  readonly areas: readonly MapArea[];
  readonly labels?: readonly PlacedLabel[];
  readonly legend?: readonly LegendItem[];
  /** The kecamatan drawn with a heavy outline on top (the locator's subject). */
  readonly highlight?: string;
  /** Draw only the highlighted area on the regency outline (regencies with very many kecamatan). */
  readonly outlineOnly?: boolean;
  readonly width?: number;
}

export function choroplethSpec(options: ChoroplethOptions): PlotSpec {
  const { map, areas, labels = [], legend = [], highlight, outlineOnly = false, width = WIDTH } = options;
  // Without names beside the map (none, or all inside their areas) the map is centred.
  const column = labels.some((l) => l.leader);
  const marginLeft = column ? 0 : Math.floor((width - map.width) / 2);
  const marginRight = width - map.width - marginLeft;
  const marks: MarkSpec[] = [
    { type: "geo", data: [map.outline], options: { fill: color("area"), stroke: color("muted"), strokeWidth: 1.5 } },
  ];
  const shown = outlineOnly ? areas.filter((a) => a.code === highlight) : areas;
  marks.push({
    type: "geo",
    data: shown,
    options: {
      geometry: (a: MapArea) => a.geometry,
      fill: (a: MapArea) => a.fill,
      stroke: color("bg"),
      strokeWidth: 0.75,
      href: shown.some((a) => a.href) ? (a: MapArea) => a.href : undefined,
      ariaLabel: (a: MapArea) => a.label,
    },
  });
  const focus = highlight ? map.byCode.get(highlight) : undefined;
  if (focus) marks.push({ type: "geo", data: [focus.geometry], options: { fill: "none", stroke: color("fg"), strokeWidth: 2.5 } });
  const leaders = labels.filter((l) => l.leader);
  if (leaders.length)
    marks.push({
      type: "link",
      data: leaders,
      options: {
        x1: (l: PlacedLabel) => l.leader![0],
        y1: (l: PlacedLabel) => l.leader![1],
        x2: (l: PlacedLabel) => l.leader![2],
        y2: (l: PlacedLabel) => l.leader![3],
        stroke: color("muted"),
        strokeWidth: 1,
      },
    });
  const text = { x: "x", y: "y", text: "text", fontSize: SMALL };
  const inside = labels.filter((l) => !l.leader);
  if (inside.length)
    marks.push({ type: "text", data: inside, options: { ...text, stroke: color("bg"), strokeWidth: 3, fill: color("fg") } });
  if (leaders.length) marks.push({ type: "text", data: leaders, options: { ...text, textAnchor: "start" } });
  return {
    options: {
      width,
      height: map.height + 8,
      marginTop: 4,
      marginBottom: 4,
      marginLeft,
      marginRight,
      projection: { type: "identity", clip: false },
      color: { type: "identity" },
    },
    marks,
    legend,
    interactive: shown.some((a) => a.href),
  };
}
