import { useTranslations } from "../../../i18n/index.ts";
import type { Area, Locale, Model, Source } from "../../data/types.ts";
import { formatNumber, formatValue } from "../../format.ts";
import { kindLabel } from "../kind.ts";
import { latestOf } from "../../compare/index.ts";
import { when } from "../sentences.ts";

/**
 * The facts at the top of a kecamatan page, each with its year, source and
 * kind, or "no data yet": capital, area and population (observations of the
 * indicators the settings name in `profile`, left out when they name none),
 * desa (left out in a kota that has none), kelurahan and codes (from the
 * Kemendagri code list, the area's first source).
 */

export interface SourceRef {
  readonly label: string;
  readonly url: string | undefined;
}

export interface ProfileItem {
  readonly label: string;
  /** Undefined shows the "no data yet" notice. */
  readonly value: string | undefined;
  readonly year: string | undefined;
  readonly sources: readonly SourceRef[];
  readonly kind: string | undefined;
}

/** A publisher as a short label: "Dinas ... Sulsel (document on Scribd)" -> "Dinas ... Sulsel"; "cahyadsn/wilayah (GitHub, ...), compiled ..." -> "cahyadsn/wilayah". */
export const shortPublisher = (publisher: string): string => publisher.split(/ \(|, /)[0]!.trim();
export const sourceRef = (s: Source | undefined): SourceRef[] => (s ? [{ label: shortPublisher(s.publisher), url: s.url }] : []);
const uniqueRefs = (refs: readonly SourceRef[]): SourceRef[] => refs.filter((r, i) => refs.findIndex((o) => o.label === r.label) === i);

/** The latest observation of an indicator for the area, as a profile item. */
function observed(model: Model, area: Area, id: string, label: string, locale: Locale): ProfileItem {
  const ind = model.indicatorById[id];
  const o = ind && latestOf(model, id, area.code);
  return {
    label,
    value: o && ind ? formatValue(o.value, ind, locale) : undefined,
    year: o && when(o, locale),
    sources: sourceRef(o && model.sourceById[o.source]),
    kind: o && ind ? kindLabel(ind, o.status, locale) : undefined,
  };
}

export function kecamatanProfile(model: Model, area: Area, locale: Locale): ProfileItem[] {
  const t = useTranslations(locale);
  const codeList = model.sourceById[area.sources[0] ?? ""];
  const admin = (label: string, value: number | string | undefined, kind = true): ProfileItem => ({
    label,
    value: value === undefined ? undefined : typeof value === "number" ? formatNumber(value, locale) : value,
    // No year: areas.csv holds the counts as the code list gives them, without the year they refer to, and the
    // publication year of a compilation is not that year (a figure of the same list, such as the population, has
    // its own year on its indicator page). The source link says where the count comes from.
    year: undefined,
    sources: value === undefined ? [] : sourceRef(codeList),
    kind: value === undefined || !kind ? undefined : t("kind.administrative"),
  });
  // The capital comes from the area's other sources, not from the code lists.
  const capitalSources = area.sources
    .slice(1)
    .map((id) => model.sourceById[id])
    .filter((s): s is Source => !!s && !/wilayah|bps-wilayah|archive/i.test(s.title));
  const { area: areaIndicator, population } = model.settings.profile;
  return [
    {
      label: t("kecamatan.capital"),
      value: area.capital,
      year: undefined,
      sources: area.capital ? uniqueRefs(capitalSources.flatMap(sourceRef)) : [],
      kind: undefined,
    },
    ...(areaIndicator ? [observed(model, area, areaIndicator, t("kec.area"), locale)] : []),
    ...(population ? [observed(model, area, population, t("kec.population"), locale)] : []),
    ...(model.settings.kind === "kota" && area.desa === undefined ? [] : [admin(t("kecamatan.desa"), area.desa)]),
    admin(t("kecamatan.kelurahan"), area.kelurahan),
    admin(t("kecamatan.codes"), `${area.code} / ${area.bpsCode ?? "–"}`, false),
  ];
}
