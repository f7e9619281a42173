import type { APIRoute, GetStaticPaths } from "astro";
import { csvPath, jsonPath, toCsv, toJson } from "../../lib/site/export.ts";
import { dataSource, getModel, rawFiles } from "../../lib/site/model.ts";
import { pathOf } from "../../lib/routing/paths.ts";

/**
 * The downloads of the data page, written at build time under /data/: every
 * table as CSV and JSON made from the validated model, and as they are the
 * catalogue (datapackage.json, whose relative paths then point at these CSV
 * files), the boundary file and its licence.
 */
type Props = { kind: "csv" | "json"; table: string } | { kind: "raw"; path: string };

const LICENCE = "CC-BY-4.0";
const TYPES: Record<string, string> = { csv: "text/csv; charset=utf-8", json: "application/json", topojson: "application/json", txt: "text/plain; charset=utf-8" };

export const getStaticPaths = (async () => {
  const model = await getModel();
  const files = await rawFiles();
  // This route file lives at the data page's path (src/pages/data/): its parameter is the rest of the path.
  const strip = (p: string) => p.slice(pathOf("data").length);
  return [
    ...model.tables.flatMap((t) => [
      { params: { file: strip(csvPath(t)) }, props: { kind: "csv", table: t.name } as Props },
      { params: { file: strip(jsonPath(t)) }, props: { kind: "json", table: t.name } as Props },
    ]),
    ...[files.catalogue, files.geo, files.geoLicence].filter((p): p is string => !!p).map((path) => ({ params: { file: path }, props: { kind: "raw", path } as Props })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props, params }) => {
  const type = TYPES[String(params.file).split(".").pop() ?? ""] ?? "application/octet-stream";
  if (props.kind === "raw") {
    const bytes = await dataSource().read(props.path);
    if (!bytes) throw new Error(`${pathOf("data")}${props.path} disappeared during the build`);
    return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { "Content-Type": type } });
  }
  const table = (await getModel()).tables.find((t) => t.name === props.table)!;
  return new Response(props.kind === "csv" ? toCsv(table) : toJson(table, LICENCE), { headers: { "Content-Type": type } });
};
