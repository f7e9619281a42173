import { useTranslations } from "../../../i18n/index.ts";
import type { Locale, Model } from "../../data/types.ts";
import { fill } from "../../../i18n/fill.ts";
import { agencyPath, indicatorPath, kecamatanPath, strategyPath } from "../routes.ts";
import type { Link } from "./actions.ts";
import { home, type Crumb } from "./common.ts";

/** The small pages: about and search. */

export interface AboutView {
  readonly title: string;
  readonly description: string;
  readonly crumbs: readonly Crumb[];
}

export function aboutView(model: Model, locale: Locale): AboutView {
  const t = useTranslations(locale);
  return { title: t("about.title"), description: fill(t("about.description"), { regency: model.regency.name[locale] }), crumbs: [home(locale)] };
}

export interface SearchView {
  readonly title: string;
  readonly description: string;
  readonly crumbs: readonly Crumb[];
  /** What to browse when search cannot run (no JavaScript): every index, and every kecamatan. */
  readonly indexes: readonly Link[];
  readonly kecamatan: readonly Link[];
}

export function searchView(model: Model, locale: Locale): SearchView {
  const t = useTranslations(locale);
  return {
    title: t("search.title"),
    description: fill(t("search.description"), { regency: model.regency.name[locale] }),
    crumbs: [home(locale)],
    indexes: browseLinks(model, locale),
    kecamatan: kecamatanLinks(model, locale),
  };
}

export function kecamatanLinks(model: Model, locale: Locale): Link[] {
  return [...model.kecamatan]
    .sort((a, b) => a.name[locale].localeCompare(b.name[locale], locale))
    .map((k) => ({ label: k.altNames.length ? `${k.name[locale]} (${k.altNames.join(", ")})` : k.name[locale], path: kecamatanPath(k.slug) }));
}

/** The index pages, for the no-JavaScript search fallback and the 404 page. */
export function browseLinks(model: Model, locale: Locale): Link[] {
  const t = useTranslations(locale);
  return [
    { label: t("nav.strategies"), path: "strategi/" },
    { label: t("nav.kecamatan"), path: "kecamatan/" },
    { label: t("nav.indicators"), path: "indikator/" },
    { label: t("nav.agencies"), path: "opd/" },
    { label: t("nav.data"), path: "data/" },
    { label: t("nav.method"), path: "metodologi/" },
  ];
}

/** Everything search can find, as plain links: for the 404 page's list. */
export const allLinks = (model: Model, locale: Locale): Link[] => [
  ...model.strategies.map((s) => ({ label: s.name[locale], path: strategyPath(s.id) })),
  ...model.indicators.map((i) => ({ label: i.name[locale], path: indicatorPath(i.id) })),
  ...model.agencies.map((a) => ({ label: a.short, path: agencyPath(a.id) })),
];
