import { useTranslations, type UiKey } from "../../../i18n/index.ts";
import { fill } from "../../../i18n/fill.ts";
import type { Locale, Model } from "../../data/types.ts";
import { pathOf } from "../../routing/paths.ts";
import { previewImage, type PreviewImage } from "../preview.ts";
import type { Link } from "./actions.ts";
import { NO_RELEASES, type ReleaseHistory } from "../../releases/history.ts";
import { releaseStatus } from "./updates.ts";

/**
 * The frame around every page (src/layouts/Base.astro): the place's name in
 * the header, the navigation, the kecamatan picker, the footer's publisher
 * line and the page's link-preview image. Computed from the model here, so
 * the layout takes a view like every component.
 */
export interface FrameView {
  readonly place: string;
  readonly nav: readonly Link[];
  /** The footer lists every section; the header only what fits on two lines of a phone. */
  readonly footerNav: readonly Link[];
  readonly picker: PickerView;
  readonly publisher: string;
  /** Which release the data is, or that it is not yet released; it links to the page of updates. */
  readonly release: string;
  readonly updates: string;
  readonly preview: PreviewImage;
}

const NAV: readonly (readonly [UiKey, string])[] = [
  ["nav.home", pathOf("home")],
  ["nav.strategies", pathOf("strategy-index")],
  ["nav.kecamatan", pathOf("kecamatan-index")],
  ["nav.indicators", pathOf("indicator-index")],
  ["nav.agencies", pathOf("agency-index")],
  ["nav.data", pathOf("data")],
  ["nav.search", pathOf("search")],
];
const FOOTER: readonly (readonly [UiKey, string])[] = [
  ...NAV.slice(0, 6),
  ["nav.updates", pathOf("updates")],
  ["nav.method", pathOf("method")],
  ["nav.about", pathOf("about")],
  ...NAV.slice(6),
  // The staff's tools, for the people who keep the site up to date.
  ["nav.guide", pathOf("guide")],
  ["nav.check", pathOf("check")],
];

/**
 * The header's kecamatan picker lists every kecamatan while they fit a menu.
 * Beyond this many (no kabupaten or kota in Indonesia has more than about 50
 * kecamatan; a place mapped by desa, or the scale benchmark's synthetic
 * regency, can have thousands) it links to the kecamatan index instead, which
 * lists them all: otherwise every page would carry every kecamatan, and the
 * site would grow with the square of their number.
 */
export const PICKER_LIMIT = 60;

/** Every kecamatan (`links`), or none when there are more than PICKER_LIMIT; `index` always leads to the list of all of them. */
export interface PickerView {
  readonly links: readonly Link[];
  readonly index: Link;
}

const pickerCache = new WeakMap<Model, Map<Locale, PickerView>>();
function picker(model: Model, locale: Locale): PickerView {
  let byLocale = pickerCache.get(model);
  if (!byLocale) pickerCache.set(model, (byLocale = new Map()));
  let links = byLocale.get(locale);
  if (!links)
    byLocale.set(
      locale,
      (links = {
        links:
          model.kecamatan.length > PICKER_LIMIT
            ? []
            : [...model.kecamatan]
                .sort((a, b) => a.name[locale].localeCompare(b.name[locale], locale))
                .map((k) => ({ label: k.name[locale], path: pathOf("kecamatan", k.slug) })),
        index: { label: useTranslations(locale)("nav.picker"), path: pathOf("kecamatan-index") },
      }),
    );
  return links;
}

/** The frame of the page at `path` (no locale prefix), or of the 404 page with `path` "". `releases`: the data folder's releases. */
export function frameView(model: Model, locale: Locale, path: string, releases: ReleaseHistory = NO_RELEASES): FrameView {
  const t = useTranslations(locale);
  const links = (list: typeof NAV): Link[] => list.map(([key, p]) => ({ label: t(key), path: p }));
  return {
    place: model.regency.name[locale],
    nav: links(NAV),
    footerNav: links(FOOTER),
    picker: picker(model, locale),
    publisher: fill(t("footer.publisher"), { publisher: model.settings.publisher[locale], version: model.catalogue.version }),
    release: releaseStatus(releases, locale),
    updates: pathOf("updates"),
    preview: previewImage(model, locale, path),
  };
}
