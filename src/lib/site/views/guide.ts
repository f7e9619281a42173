import { useTranslations } from "../../../i18n/index.ts";
import { fill } from "../../../i18n/fill.ts";
import type { Locale, Model } from "../../data/types.ts";
import { placeWords, type PlaceWords } from "../../place.ts";
import { pathOf } from "../../routing/paths.ts";
import { home, type Crumb } from "./common.ts";

/**
 * The staff guide (/panduan/): the yearly cycle step by step. Which file holds
 * what comes from the catalogue (the model's tables, their columns and the
 * columns' descriptions), so the guide names the files of whatever place the
 * site is built for and cannot drift from the data.
 */
export interface GuideView {
  /** Words for the place ({place}, {placeWord}, {PlaceWord}), for the UI strings that speak of it. */
  readonly place: PlaceWords;
  readonly title: string;
  readonly description: string;
  readonly crumbs: readonly Crumb[];
  /** The data folder as staff see it in the repository. */
  readonly folder: string;
  readonly tables: readonly {
    /** The file's path inside the data folder, as the catalogue names it (`observations.csv`). */
    readonly file: string;
    readonly title: string;
    readonly fields: readonly { readonly name: string; readonly description: string }[];
  }[];
  readonly check: string;
  readonly data: string;
  /** The page of updates, where each release shows what changed. */
  readonly updates: string;
}

export function guideView(model: Model, locale: Locale): GuideView {
  const t = useTranslations(locale);
  const place = placeWords(model, locale);
  return {
    place,
    title: t("guide.title"),
    description: fill(t("guide.description"), place),
    crumbs: [home(locale)],
    folder: "data",
    tables: model.tables.map((tb) => ({
      file: tb.path,
      title: tb.title,
      fields: tb.fields.map((f) => ({ name: f.name, description: f.description })),
    })),
    check: pathOf("check"),
    data: pathOf("data"),
    updates: pathOf("updates"),
  };
}
