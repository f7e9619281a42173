import { useTranslations } from "../../../i18n/index.ts";
import type { Action, Locale, Model } from "../../data/types.ts";
import { formatNumber, formatRupiah, formatRupiahShort } from "../../format.ts";
import { fill } from "../../../i18n/fill.ts";
import { pathOf } from "../../routing/paths.ts";
import { placeWords } from "../../place.ts";

/**
 * The action plan as pages show it: rows with every cell already in words and
 * every link already resolved, and the totals pages state as key numbers.
 */

export interface Link {
  readonly label: string;
  /** Path without locale prefix; undefined when there is nothing to link to. */
  readonly path: string | undefined;
}

export interface ActionRow {
  readonly id: string;
  readonly activity: string;
  readonly programme: string;
  readonly strategy: Link;
  readonly agency: Link;
  /** The kecamatan, each a link, or one unlinked "whole regency" entry. */
  readonly places: readonly Link[];
  readonly targetGroup: string;
  readonly output: string;
  readonly budget: string;
  readonly funding: string;
  readonly status: string;
  readonly statusKey: Action["status"];
  /** "Rp203.414.000 (45 %)" and "82 dari 173 desa/kelurahan", or the "none yet" word. */
  readonly realisedBudget: string;
  readonly realisedOutput: string;
  readonly sample: boolean;
}

const percent = (part: number, whole: number, locale: Locale): string =>
  `${formatNumber(whole > 0 ? Math.round((part / whole) * 100) : 0, locale)}${locale === "id" ? "\u00a0%" : "%"}`;

export function actionRow(model: Model, a: Action, locale: Locale): ActionRow {
  const t = useTranslations(locale);
  const strategy = model.strategyById[a.strategy];
  const agency = model.agencyById[a.agency];
  const none = t("action.notYet");
  return {
    id: a.id,
    activity: a.activity[locale],
    programme: a.programme[locale],
    strategy: { label: strategy?.short[locale] ?? a.strategy, path: strategy && pathOf("strategy", strategy.id) },
    agency: { label: agency?.short ?? a.agency, path: agency && pathOf("agency", agency.id) },
    places: a.regencyWide
      ? [{ label: fill(t("action.regencyWide"), placeWords(model, locale)), path: undefined }]
      : a.locations.map((code) => {
          const k = model.areaByCode[code];
          return { label: k?.name[locale] ?? code, path: k && pathOf("kecamatan", k.slug) };
        }),
    targetGroup: a.targetGroup[locale],
    output: `${formatNumber(a.outputTarget, locale)} ${a.outputUnit[locale]}`,
    budget: formatRupiah(a.budget, locale),
    funding: a.funding.label[locale],
    status: t(`action.status.${a.status}`),
    statusKey: a.status,
    realisedBudget:
      a.realisedBudget === undefined ? none : `${formatRupiah(a.realisedBudget, locale)} (${percent(a.realisedBudget, a.budget, locale)})`,
    realisedOutput:
      a.realisedOutput === undefined
        ? none
        : fill(t("action.outputOf"), {
            done: formatNumber(a.realisedOutput, locale),
            target: formatNumber(a.outputTarget, locale),
            unit: a.outputUnit[locale],
          }),
    sample: a.sample,
  };
}

export interface ActionTotals {
  readonly count: number;
  readonly budget: number;
  readonly realised: number;
  readonly agencies: readonly string[];
  readonly kecamatan: readonly string[];
  readonly regencyWide: number;
  readonly sample: boolean;
}

export function actionTotals(actions: readonly Action[]): ActionTotals {
  return {
    count: actions.length,
    budget: actions.reduce((s, a) => s + a.budget, 0),
    realised: actions.reduce((s, a) => s + (a.realisedBudget ?? 0), 0),
    agencies: [...new Set(actions.map((a) => a.agency))].sort(),
    kecamatan: [...new Set(actions.flatMap((a) => a.locations))].sort(),
    regencyWide: actions.filter((a) => a.regencyWide).length,
    sample: actions.some((a) => a.sample),
  };
}

export interface Fact {
  readonly label: string;
  readonly value: string;
}

/** The key numbers of a set of actions: how many, budget, spent, agencies, kecamatan. */
export function actionFacts(totals: ActionTotals, locale: Locale, { agencies = true, kecamatan = true } = {}): Fact[] {
  const t = useTranslations(locale);
  return [
    { label: t("facts.actions"), value: formatNumber(totals.count, locale) },
    { label: t("facts.budget"), value: formatRupiahShort(totals.budget, locale) },
    {
      label: t("facts.realised"),
      value: `${formatRupiahShort(totals.realised, locale)} (${percent(totals.realised, totals.budget, locale)})`,
    },
    ...(agencies ? [{ label: t("facts.agencies"), value: formatNumber(totals.agencies.length, locale) }] : []),
    ...(kecamatan ? [{ label: t("facts.kecamatan"), value: formatNumber(totals.kecamatan.length, locale) }] : []),
  ];
}
