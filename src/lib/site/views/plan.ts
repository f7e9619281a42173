import { useTranslations } from "../../../i18n/index.ts";
import { fill } from "../../../i18n/fill.ts";
import type { Action, Locale, Model, Plan } from "../../data/types.ts";
import { formatNumber, formatRupiahShort } from "../../format.ts";
import { placeWords, type PlaceWords } from "../../place.ts";
import { pathOf } from "../../routing/paths.ts";
import { actionFacts, actionRow, actionTotals, type ActionRow, type Fact, type Link } from "./actions.ts";
import { home, sampleNotice, type Crumb } from "./common.ts";

/**
 * The action plan of each year (`/rencana/<tahun>/`) and their index. Every
 * figure of a year's page comes from that year's actions alone (`model.plans`),
 * so no total mixes years; the pages of the current plan link here through
 * `planYearsLine`. Tables, not charts: they read without JavaScript and cost
 * the build nothing.
 */

/** The line "Rencana aksi per tahun: 2025 · 2026 (berlaku) · semua rencana" on the pages of the current plan. */
export interface PlanYearsLine {
  readonly label: string;
  readonly years: readonly Link[];
  readonly all: Link;
}

/** Undefined without any plan, unless `always` (the data page, which always links the index). */
export function planYearsLine(model: Model, locale: Locale, { always = false } = {}): PlanYearsLine | undefined {
  if (!model.plans.length && !always) return undefined;
  const t = useTranslations(locale);
  return {
    label: t("plan.years"),
    years: model.plans.map((p) => ({
      label: p.year === model.planYear ? fill(t("plan.years.current"), { year: p.year }) : String(p.year),
      path: pathOf("plan", String(p.year)),
    })),
    all: { label: t("plan.years.all"), path: pathOf("plan-index") },
  };
}

/** One row of a totals table: what it counts (a year, strategy or agency), with the number of activities, budget and spending. */
export interface PlanTotalRow {
  readonly link: Link;
  readonly note: string | undefined;
  readonly actions: string;
  readonly budget: string;
  /** "Rp1,2 M (45 %)", or the "none yet" word when no activity has reported spending. */
  readonly realised: string;
  readonly sample: boolean;
}

function totalRow(actions: readonly Action[], link: Link, note: string | undefined, locale: Locale): PlanTotalRow {
  const totals = actionTotals(actions);
  const recorded = actions.some((a) => a.realisedBudget !== undefined);
  const share = totals.budget > 0 ? Math.round((100 * totals.realised) / totals.budget) : 0;
  return {
    link,
    note,
    actions: formatNumber(totals.count, locale),
    budget: formatRupiahShort(totals.budget, locale),
    realised: recorded
      ? `${formatRupiahShort(totals.realised, locale)} (${formatNumber(share, locale)}${locale === "id" ? "\u00a0%" : "%"})`
      : useTranslations(locale)("action.notYet"),
    sample: totals.sample,
  };
}

const crumbs = (locale: Locale): Crumb[] => [
  home(locale),
  { label: useTranslations(locale)("plan.index.title"), path: pathOf("plan-index") },
];

export interface PlanView {
  readonly place: PlaceWords;
  readonly title: string;
  readonly description: string;
  readonly crumbs: readonly Crumb[];
  readonly year: number;
  /** Whether this is the current plan, or a sentence naming the current one. */
  readonly standing: string;
  readonly facts: readonly Fact[];
  readonly byStrategy: readonly PlanTotalRow[];
  readonly byAgency: readonly PlanTotalRow[];
  /** The whole plan's row under both tables. */
  readonly total: PlanTotalRow;
  readonly rows: readonly ActionRow[];
  readonly budgetTotal: string;
  readonly sampleNotice: string | undefined;
  readonly years: PlanYearsLine | undefined;
}

/** The plan of one year, by its year as the route gives it ("2026"). */
export function planView(model: Model, id: string, locale: Locale): PlanView {
  const t = useTranslations(locale);
  const plan: Plan | undefined = model.plans.find((p) => String(p.year) === id);
  if (!plan) throw new Error(`planView: no plan year "${id}"`);
  const { year, actions } = plan;
  const totals = actionTotals(actions);
  const group = (key: (a: Action) => string) => {
    const out = new Map<string, Action[]>();
    for (const a of actions) out.set(key(a), [...(out.get(key(a)) ?? []), a]);
    return out;
  };
  const byStrategy = group((a) => a.strategy);
  const byAgency = group((a) => a.agency);
  return {
    place: placeWords(model, locale),
    title: fill(t("plan.title"), { year }),
    description: fill(t("plan.description"), { year, ...placeWords(model, locale) }),
    crumbs: crumbs(locale),
    year,
    standing: year === model.planYear ? t("plan.isCurrent") : fill(t("plan.notCurrent"), { year, current: model.planYear }),
    facts: actionFacts(totals, locale),
    byStrategy: model.strategies
      .filter((s) => byStrategy.has(s.id))
      .map((s) => totalRow(byStrategy.get(s.id)!, { label: s.short[locale], path: pathOf("strategy", s.id) }, undefined, locale)),
    byAgency: [...model.agencies]
      .filter((a) => byAgency.has(a.id))
      .sort((a, b) => a.short.localeCompare(b.short, locale))
      .map((a) => totalRow(byAgency.get(a.id)!, { label: a.short, path: pathOf("agency", a.id) }, a.name[locale], locale)),
    total: totalRow(actions, { label: t("plan.total"), path: undefined }, undefined, locale),
    rows: [...actions].sort((a, b) => a.id.localeCompare(b.id)).map((a) => actionRow(model, a, locale)),
    budgetTotal: formatRupiahShort(totals.budget, locale),
    sampleNotice: sampleNotice(model, locale, totals.sample, year),
    years: planYearsLine(model, locale),
  };
}

export interface PlanIndexView {
  readonly place: PlaceWords;
  readonly title: string;
  readonly description: string;
  readonly crumbs: readonly Crumb[];
  readonly intro: string;
  /** Newest first; the current plan's row is marked. */
  readonly rows: readonly (PlanTotalRow & { readonly current: boolean })[];
  readonly sampleNotice: string | undefined;
}

export function planIndexView(model: Model, locale: Locale): PlanIndexView {
  const t = useTranslations(locale);
  const rows = [...model.plans].reverse().map((p) => ({
    ...totalRow(p.actions, { label: String(p.year), path: pathOf("plan", String(p.year)) }, undefined, locale),
    current: p.year === model.planYear,
  }));
  return {
    place: placeWords(model, locale),
    title: t("plan.index.title"),
    description: fill(t("plan.index.description"), placeWords(model, locale)),
    crumbs: [home(locale)],
    intro: fill(t("plan.index.intro"), { year: model.planYear }),
    rows,
    // The notice names every year whose plan holds sample rows.
    sampleNotice: sampleNotice(
      model,
      locale,
      rows.some((r) => r.sample),
      model.plans
        .filter((p) => p.actions.some((a) => a.sample))
        .map((p) => p.year)
        .join(", "),
    ),
  };
}
