import { useTranslations } from "../../../i18n/index.ts";
import { placeWords, type PlaceWords } from "../../place.ts";
import type { Locale, Model } from "../../data/types.ts";
import { formatDate, formatNumber } from "../../format.ts";
import { fill } from "../../../i18n/fill.ts";
import type { Link } from "./actions.ts";
import { home, type Crumb } from "./common.ts";
import { pathOf } from "../../routing/paths.ts";

/** The methodology page: definitions, the sources list generated from the sources table, sample marks, the boundary licence. */
export interface MethodView {
  /** Words for the place ({place}, {placeWord}, {PlaceWord}), for the UI strings that speak of it. */
  readonly place: PlaceWords;
  readonly title: string;
  readonly description: string;
  readonly crumbs: readonly Crumb[];
  readonly definitions: readonly (Link & { readonly text: string })[];
  /** How kecamatan are compared and ranked: the site's one rank convention (src/lib/compare/rank.ts). */
  readonly rankRule: string;
  /** The credit line of the boundaries, from the settings; undefined without boundaries. */
  readonly boundaryCredit: string | undefined;
  /** Whether the place has boundaries (maps) at all. */
  readonly hasBoundaries: boolean;
  readonly sourcesIntro: string;
  readonly sources: readonly {
    readonly id: string;
    readonly title: string;
    readonly url: string | undefined;
    readonly publisher: string;
    readonly dates: string;
  }[];
}

export function methodView(model: Model, locale: Locale): MethodView {
  const t = useTranslations(locale);
  return {
    place: placeWords(model, locale),
    title: t("method.title"),
    description: fill(t("method.description"), { regency: model.regency.name[locale] }),
    crumbs: [home(locale)],
    definitions: model.indicators.map((i) => ({ label: i.name[locale], path: pathOf("indicator", i.id), text: i.definition[locale] })),
    rankRule: t("rank.rule"),
    boundaryCredit: model.geo ? model.settings.boundaryCredit?.[locale] : undefined,
    hasBoundaries: !!model.geo,
    sourcesIntro: fill(t("method.sources.intro"), { n: formatNumber(model.sources.length, locale) }),
    sources: [...model.sources]
      .sort((a, b) => a.publisher.localeCompare(b.publisher, "id") || a.title.localeCompare(b.title, "id"))
      .map((s) => ({
        id: s.id,
        title: s.title,
        url: s.url,
        publisher: s.publisher,
        dates: [
          s.published && fill(t("method.published"), { date: formatDate(s.published, locale) }),
          fill(t("method.accessed"), { date: formatDate(s.accessed, locale) }),
        ]
          .filter(Boolean)
          .join(", "),
      })),
  };
}
