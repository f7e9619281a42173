import { useTranslations } from "../../../i18n/index.ts";
import { placeWords, type PlaceWords } from "../../place.ts";
import type { Locale, Model } from "../../data/types.ts";
import { fill } from "../../../i18n/fill.ts";
import type { Link } from "./actions.ts";
import { home, type Crumb } from "./common.ts";
import { pathOf } from "../../routing/paths.ts";

/** The small pages: about and search. */

export interface AboutView {
  /** Words for the place ({place}, {placeWord}, {PlaceWord}), for the UI strings that speak of it. */
  readonly place: PlaceWords;
  readonly title: string;
  readonly description: string;
  readonly crumbs: readonly Crumb[];
}

export function aboutView(model: Model, locale: Locale): AboutView {
  const t = useTranslations(locale);
  return {
    place: placeWords(model, locale),
    title: t("about.title"),
    description: fill(t("about.description"), { regency: model.regency.name[locale] }),
    crumbs: [home(locale)],
  };
}

export interface SearchView {
  /** Words for the place ({place}, {placeWord}, {PlaceWord}), for the UI strings that speak of it. */
  readonly place: PlaceWords;
  readonly title: string;
  readonly description: string;
  readonly crumbs: readonly Crumb[];
  /** What to browse when search cannot run (no JavaScript): every index, and every kecamatan. */
  readonly indexes: readonly Link[];
  readonly kecamatan: readonly Link[];
  /** What to type, with an example from the place itself (its first kecamatan). */
  readonly placeholder: string;
}

export function searchView(model: Model, locale: Locale): SearchView {
  const t = useTranslations(locale);
  return {
    place: placeWords(model, locale),
    title: t("search.title"),
    description: fill(t("search.description"), { regency: model.regency.name[locale] }),
    crumbs: [home(locale)],
    indexes: browseLinks(locale),
    kecamatan: kecamatanLinks(model, locale),
    placeholder: fill(t("search.placeholder"), { example: model.kecamatan[0]?.name[locale] ?? model.regency.name[locale] }),
  };
}

export function kecamatanLinks(model: Model, locale: Locale): Link[] {
  return [...model.kecamatan]
    .sort((a, b) => a.name[locale].localeCompare(b.name[locale], locale))
    .map((k) => ({
      label: k.altNames.length ? `${k.name[locale]} (${k.altNames.join(", ")})` : k.name[locale],
      path: pathOf("kecamatan", k.slug),
    }));
}

/** The index pages, for the no-JavaScript search fallback and the 404 page. */
export function browseLinks(locale: Locale): Link[] {
  const t = useTranslations(locale);
  return [
    { label: t("nav.strategies"), path: pathOf("strategy-index") },
    { label: t("nav.kecamatan"), path: pathOf("kecamatan-index") },
    { label: t("nav.indicators"), path: pathOf("indicator-index") },
    { label: t("nav.agencies"), path: pathOf("agency-index") },
    { label: t("nav.data"), path: pathOf("data") },
    { label: t("nav.method"), path: pathOf("method") },
  ];
}

/** The 404 page, in both languages: every index and every kecamatan, per language. */
export type NotFoundView = Readonly<Record<Locale, { readonly indexes: readonly Link[]; readonly kecamatan: readonly Link[] }>>;

export const notFoundView = (model: Model): NotFoundView => ({
  id: { indexes: browseLinks("id"), kecamatan: kecamatanLinks(model, "id") },
  en: { indexes: browseLinks("en"), kecamatan: kecamatanLinks(model, "en") },
});
