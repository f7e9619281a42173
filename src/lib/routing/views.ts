import type { Locale, Model } from "../data/types.ts";
import type { RawFiles } from "../site/model.ts";
import { agencyView, type AgencyView } from "../site/views/agency.ts";
import { dataView, type DataView } from "../site/views/data.ts";
import { homeView, type HomeView } from "../site/views/home.ts";
import { agencyIndexView, indicatorIndexView, kecamatanIndexView, strategyIndexView } from "../site/views/indexes.ts";
import type { AgencyIndexView, IndicatorIndexView, KecamatanIndexView, StrategyIndexView } from "../site/views/indexes.ts";
import { indicatorView, type IndicatorView } from "../site/views/indicator.ts";
import { kecamatanView, type KecamatanView } from "../site/views/kecamatan.ts";
import { methodView, type MethodView } from "../site/views/method.ts";
import { checkView, type CheckView } from "../site/views/check.ts";
import { guideView, type GuideView } from "../site/views/guide.ts";
import { aboutView, searchView, type AboutView, type SearchView } from "../site/views/pages.ts";
import { strategyView, type StrategyView } from "../site/views/strategy.ts";
import { updatesView, type UpdatesView } from "../site/views/updates.ts";
import { NO_RELEASES, type ReleaseHistory } from "../releases/history.ts";
import type { PageRoute } from "./routes.ts";

/**
 * The page-view dispatch: the view of any page, from its route. The one
 * route file renders it, the preview cards take their titles from it, and
 * the tests build every page's view through it.
 */
export type PageView =
  | { readonly kind: "home"; readonly view: HomeView }
  | { readonly kind: "strategy-index"; readonly view: StrategyIndexView }
  | { readonly kind: "strategy"; readonly view: StrategyView }
  | { readonly kind: "kecamatan-index"; readonly view: KecamatanIndexView }
  | { readonly kind: "kecamatan"; readonly view: KecamatanView }
  | { readonly kind: "indicator-index"; readonly view: IndicatorIndexView }
  | { readonly kind: "indicator"; readonly view: IndicatorView }
  | { readonly kind: "agency-index"; readonly view: AgencyIndexView }
  | { readonly kind: "agency"; readonly view: AgencyView }
  | { readonly kind: "data"; readonly view: DataView }
  | { readonly kind: "method"; readonly view: MethodView }
  | { readonly kind: "about"; readonly view: AboutView }
  | { readonly kind: "search"; readonly view: SearchView }
  | { readonly kind: "check"; readonly view: CheckView }
  | { readonly kind: "guide"; readonly view: GuideView }
  | { readonly kind: "updates"; readonly view: UpdatesView };

/** What every view has, for the page frame (head, crumbs) and the preview card. */
export interface ViewHead {
  readonly title: string;
  readonly description: string;
  readonly crumbs?: readonly { readonly label: string; readonly path: string }[];
}

/** The raw files the data page offers; the catalogue alone when the caller has not looked (a preview card). */
const NO_FILES: RawFiles = { catalogue: "datapackage.json", geo: undefined, geoLicence: undefined };

/** `releases`: the data folder's releases, for the page of updates and the data page; none when the caller has not looked. */
export function pageView(
  model: Model,
  route: PageRoute,
  locale: Locale,
  files: RawFiles = NO_FILES,
  releases: ReleaseHistory = NO_RELEASES,
): PageView {
  const id = route.id!;
  switch (route.kind) {
    case "home":
      return { kind: route.kind, view: homeView(model, locale) };
    case "strategy-index":
      return { kind: route.kind, view: strategyIndexView(model, locale) };
    case "strategy":
      return { kind: route.kind, view: strategyView(model, id, locale) };
    case "kecamatan-index":
      return { kind: route.kind, view: kecamatanIndexView(model, locale) };
    case "kecamatan":
      return { kind: route.kind, view: kecamatanView(model, id, locale) };
    case "indicator-index":
      return { kind: route.kind, view: indicatorIndexView(model, locale) };
    case "indicator":
      return { kind: route.kind, view: indicatorView(model, id, locale) };
    case "agency-index":
      return { kind: route.kind, view: agencyIndexView(model, locale) };
    case "agency":
      return { kind: route.kind, view: agencyView(model, id, locale) };
    case "data":
      return { kind: route.kind, view: dataView(model, files, locale, releases) };
    case "method":
      return { kind: route.kind, view: methodView(model, locale) };
    case "about":
      return { kind: route.kind, view: aboutView(model, locale) };
    case "search":
      return { kind: route.kind, view: searchView(model, locale) };
    case "check":
      return { kind: route.kind, view: checkView(model, files, locale) };
    case "guide":
      return { kind: route.kind, view: guideView(model, locale) };
    case "updates":
      return { kind: route.kind, view: updatesView(model, releases, locale) };
  }
}
