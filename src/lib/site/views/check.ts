import { useTranslations } from "../../../i18n/index.ts";
import { fill } from "../../../i18n/fill.ts";
import type { Locale, Model } from "../../data/types.ts";
import { placeWords, type PlaceWords } from "../../place.ts";
import { pathOf } from "../../routing/paths.ts";
import type { RawFiles } from "../model.ts";
import { home, type Crumb } from "./common.ts";

/**
 * The data check in the browser (/periksa/). The page runs the data path on
 * the files a staff member chooses, together with the files the site
 * publishes under /data/ for the ones not chosen: the catalogue, every table
 * (as the data page writes them) and the boundaries. Narrative Markdown is
 * not published, so it is neither fetched nor reported missing.
 */
export interface CheckView {
  /** Words for the place ({place}, {placeWord}, {PlaceWord}), for the UI strings that speak of it. */
  readonly place: PlaceWords;
  readonly title: string;
  readonly description: string;
  readonly crumbs: readonly Crumb[];
  /** Where the published files live (`data/`), for `fileHref`. */
  readonly folder: string;
  /** The published files the check reads, as paths inside the data folder: the catalogue first. */
  readonly published: readonly string[];
  /** How the folder is named in the report, as `npm run check:data` names the default folder. */
  readonly label: string;
  readonly guide: string;
  readonly data: string;
}

export function checkView(model: Model, files: RawFiles, locale: Locale): CheckView {
  const t = useTranslations(locale);
  const place = placeWords(model, locale);
  return {
    place,
    title: t("check.title"),
    description: fill(t("check.description"), place),
    crumbs: [home(locale)],
    folder: pathOf("data"),
    published: [files.catalogue, ...model.tables.map((tb) => tb.path), ...(files.geo ? [files.geo] : [])],
    label: "data",
    guide: pathOf("guide"),
    data: pathOf("data"),
  };
}
