import { useTranslations } from "../i18n/index.ts";
import { fill } from "../i18n/fill.ts";
import type { Locale, Model } from "./data/types.ts";

/**
 * The words for the place, for UI strings that speak of it: `{place}` is its
 * full name ("Kabupaten Luwu Utara", "Kota Palopo"; "Palopo City"),
 * `{placeWord}` the common noun inside a sentence ("angka kabupaten", "the
 * city figure") and `{PlaceWord}` the same as a heading ("Kota"). They come
 * from the settings' `kind` (and `name_id`/`name_en` where the usual form does
 * not fit), so no UI string names a kind of place. Views carry them, and
 * components spread them into `fill`.
 */
// A type, not an interface, so it can be passed to fill() as its values.
export type PlaceWords = {
  readonly place: string;
  readonly placeWord: string;
  readonly PlaceWord: string;
  /** The bare name ("Luwu Utara"), as the `{regency}` placeholder has it. */
  readonly regency: string;
};

const cache = new WeakMap<Model, Partial<Record<Locale, PlaceWords>>>();

export function placeWords(model: Model, locale: Locale): PlaceWords {
  let byLocale = cache.get(model);
  if (!byLocale) cache.set(model, (byLocale = {}));
  const hit = byLocale[locale];
  if (hit) return hit;
  const t = useTranslations(locale);
  const { kind, placeName } = model.settings;
  const name = model.regency.name[locale];
  const word = t(`place.word.${kind}`);
  const words: PlaceWords = {
    place: placeName?.[locale] ?? fill(t(`place.name.${kind}`), { name }),
    placeWord: word,
    PlaceWord: word.charAt(0).toLocaleUpperCase(locale) + word.slice(1),
    regency: name,
  };
  byLocale[locale] = words;
  return words;
}
