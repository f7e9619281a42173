import type { PlaceKind } from "../data/catalogue.ts";

/** The place's name in both languages, by its kind: "Kota Palopo" / "Palopo City", "Kabupaten Luwu Utara" / "Luwu Utara Regency". */
export function placeNames(kind: PlaceKind, name: string): { id: string; en: string; wordId: string; wordEn: string } {
  return kind === "kota"
    ? { id: `Kota ${name}`, en: `${name} City`, wordId: "kota", wordEn: "city" }
    : { id: `Kabupaten ${name}`, en: `${name} Regency`, wordId: "kabupaten", wordEn: "regency" };
}
