import type { newPlace as id } from "./new-place.id.ts";

/** What `npm run new-regency` says when its input is wrong, in English; the same keys and placeholders as new-place.id.ts. */
export const newPlace = {
  "newPlace.done":
    "✓ Data folder {folder} written ({files} files, {kecamatan} kecamatan). Next: fill in observations.csv, then run DATA_DIR={folder} npm run check:data.",
  "newPlace.argument.what": "The argument --{name} is required.",
  "newPlace.argument.fix":
    'For example: npm run new-regency -- --code 73.73 --name "Palopo" --kind kota --province "Sulawesi Selatan" --boundaries kecamatan.geojson --out ../palopo-data',
  "newPlace.argument.unknown.what": "Unknown argument: {detail}.",
  "newPlace.code.what": 'The place code "{value}" is not a Kemendagri code of a kabupaten or kota.',
  "newPlace.code.fix": "Write two digits for the province, a dot and two digits for the place, for example 73.73.",
  "newPlace.kind.what": 'Unknown kind of place "{value}".',
  "newPlace.kind.fix": "Write --kind kabupaten or --kind kota.",
  "newPlace.province.what": 'The province code "{value}" does not match the place code {code}.',
  "newPlace.province.fix": "The province code is the first two digits of the place code; leave out --province-code or correct it.",
  "newPlace.planYear.what": 'The plan year "{value}" is not a year.',
  "newPlace.planYear.fix": "Write a four-digit year, for example 2026.",
  "newPlace.out.what": "The folder {value} exists and is not empty; Lentera does not overwrite data.",
  "newPlace.out.fix": "Choose a new folder for --out, or empty that folder first.",
  "newPlace.noFile.what": "The file {file} was not found.",
  "newPlace.noFile.fix":
    "Check the name and place of the file given to --{name}; a relative path starts from the folder the command runs in.",
  "newPlace.notGeoJson.what": "{file} is not a GeoJSON FeatureCollection: {detail}.",
  "newPlace.notGeoJson.fix":
    'Save the kecamatan boundaries as GeoJSON (QGIS: Export > GeoJSON; mapshaper: -o format=geojson), with "type": "FeatureCollection".',
  "newPlace.noFeatures.what": "{file} holds no kecamatan at all.",
  "newPlace.noFeatures.fix": "Put one feature (polygon) in it for each kecamatan.",
  "newPlace.noCode.what": "Feature {index} of {file} has no code property.",
  "newPlace.noCode.fix": 'Give every feature a "code" property with the kecamatan\'s Kemendagri code, for example {example}.',
  "newPlace.outside.what": 'The code "{value}" (feature {index} of {file}) is not a kecamatan code of {code}.',
  "newPlace.outside.fix": "A kecamatan code is the place code, a dot and two digits, for example {example}.",
  "newPlace.duplicate.what": 'The code "{value}" appears more than once in {file} (features {first} and {index}).',
  "newPlace.duplicate.fix": "One feature per kecamatan: merge its polygons into one MultiPolygon.",
  "newPlace.noName.what": 'The feature "{value}" of {file} has no name property.',
  "newPlace.noName.fix": 'Give every feature a "name" property with the kecamatan\'s official name.',
  "newPlace.notPolygon.what": "Feature {index} of {file} is not a polygon (Polygon or MultiPolygon).",
  "newPlace.notPolygon.fix": "Kecamatan boundaries must be polygons; remove points and lines from the file.",
} as const satisfies Record<keyof typeof id, string>;
