import { useTranslations } from "../../../i18n/index.ts";
import { placeWords, type PlaceWords } from "../../place.ts";
import type { Locale, Model } from "../../data/types.ts";
import { formatRupiahShort } from "../../format.ts";
import { chartId } from "../../charts/ids.ts";
import { fill } from "../../../i18n/fill.ts";
import { actionsOfAgency } from "../query.ts";
import { actionFacts, actionRow, actionTotals, type ActionRow, type Fact, type Link } from "./actions.ts";
import { home, type Crumb, chartRef, sampleNotice, type ChartRef } from "./common.ts";
import { pathOf } from "../../routing/paths.ts";
import { planYearsLine, type PlanYearsLine } from "./plan.ts";

/** An agency (OPD) page: its actions across strategies and kecamatan, budget and spending. */
export interface AgencyView {
  /** Words for the place ({place}, {placeWord}, {PlaceWord}), for the UI strings that speak of it. */
  readonly place: PlaceWords;
  readonly id: string;
  readonly title: string;
  readonly name: string;
  readonly description: string;
  readonly crumbs: readonly Crumb[];
  readonly facts: readonly Fact[];
  readonly rows: readonly ActionRow[];
  readonly total: string;
  readonly chart: ChartRef;
  readonly strategies: readonly (Link & { readonly count: number })[];
  readonly places: readonly (Link & { readonly count: number })[];
  readonly regencyWide: number;
  readonly sample: boolean;
  readonly sampleNotice: string | undefined;
  readonly planYear: number;
  /** Links to every year's plan. */
  readonly planYears: PlanYearsLine | undefined;
}

export function agencyView(model: Model, id: string, locale: Locale): AgencyView {
  const t = useTranslations(locale);
  const agency = model.agencyById[id];
  if (!agency) throw new Error(`agencyView: no agency "${id}"`);
  const actions = actionsOfAgency(model, id).sort((a, b) => a.strategy.localeCompare(b.strategy) || a.id.localeCompare(b.id));
  const totals = actionTotals(actions);
  const count = (pred: (a: (typeof actions)[number]) => boolean) => actions.filter(pred).length;
  return {
    id,
    place: placeWords(model, locale),
    title: agency.short,
    name: agency.name[locale],
    description: fill(t("opd.description"), { name: agency.name[locale], year: model.planYear }),
    crumbs: [home(locale), { label: t("nav.agencies"), path: pathOf("agency-index") }],
    facts: actionFacts(totals, locale, { agencies: false }),
    rows: actions.map((a) => actionRow(model, a, locale)),
    total: formatRupiahShort(totals.budget, locale),
    chart: chartRef(model, chartId.agencyBudget(id), locale),
    strategies: model.strategies
      .map((s) => ({ label: s.name[locale], path: pathOf("strategy", s.id), count: count((a) => a.strategy === s.id) }))
      .filter((s) => s.count > 0),
    places: model.kecamatan
      .map((k) => ({ label: k.name[locale], path: pathOf("kecamatan", k.slug), count: count((a) => a.locations.includes(k.code)) }))
      .filter((k) => k.count > 0)
      .sort((a, b) => a.label.localeCompare(b.label, locale)),
    regencyWide: totals.regencyWide,
    sample: totals.sample,
    sampleNotice: sampleNotice(model, locale, totals.sample),
    planYear: model.planYear,
    planYears: planYearsLine(model, locale),
  };
}
