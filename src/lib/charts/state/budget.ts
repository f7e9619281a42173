import type { Action, Locale, Model, Strategy } from "../../data/types.ts";
import { formatNumber, formatRupiahShort } from "../../format.ts";
import { chartId } from "../ids.ts";
import { indexOf } from "../../model-index.ts";
import { ramp } from "../palette.ts";
import { progressSpec, sharesSpec, stackedBarsSpec, type BarSegment, type ProgressRow, type ShareRow } from "../specs/bars.ts";
import type { ChartEntry, ChartState, Column, Row } from "../types.ts";
import { emptyState, planSource, sourcesOf, texts } from "./common.ts";

/**
 * States of the action-plan charts: budget by strategy (stacked by funding
 * source), by agency, by funding source, spending and output against plan
 * per action of a strategy (or per strategy for the whole plan), and one
 * agency's budget by strategy. The funding sources, their order and labels
 * are the catalogue's (the categories of `actions.funding`, `model.funding`).
 */
/** Above this many activities the spending chart of a strategy shows the largest budgets only. */
const MAX_ACTIONS = 25;

export const budgetEntries = (model: Model): ChartEntry[] => [
  { id: chartId.budgetByStrategy(), kind: "budget-strategy" },
  { id: chartId.budgetByAgency(), kind: "budget-agency" },
  ...model.strategies.map((s) => ({ id: chartId.budgetByAgency(s.id), kind: "budget-agency" as const, strategy: s.id })),
  { id: chartId.budgetByFunding(), kind: "budget-funding" },
  ...model.strategies.map((s) => ({ id: chartId.budgetByFunding(s.id), kind: "budget-funding" as const, strategy: s.id })),
  { id: chartId.realisation(), kind: "realisation" },
  ...model.strategies.map((s) => ({ id: chartId.realisation(s.id), kind: "realisation" as const, strategy: s.id })),
  ...model.agencies.map((a) => ({ id: chartId.agencyBudget(a.id), kind: "agency-budget" as const, agency: a.id })),
];

const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

function share(part: number, whole: number, locale: Locale): string {
  return whole > 0 ? `${formatNumber((100 * part) / whole, locale, 0)}${locale === "id" ? "\u00a0%" : "%"}` : "–";
}

function stacks(model: Model, locale: Locale) {
  const colors = ramp(model.funding.length).reverse();
  return model.funding.map((fu, i) => ({ key: fu.id, label: fu.label[locale], color: colors[i]! }));
}

const fundingLabel = (model: Model, id: string, locale: Locale): string => model.funding.find((fu) => fu.id === id)?.label[locale] ?? id;

interface Scope {
  readonly actions: readonly Action[];
  readonly strategy: Strategy | undefined;
  readonly sample: boolean;
}

function scope(model: Model, entry: ChartEntry): Scope {
  const strategy = entry.strategy ? model.strategyById[entry.strategy] : undefined;
  const actions = entry.agency
    ? (indexOf(model).actionsByAgency.get(entry.agency) ?? [])
    : strategy
      ? (indexOf(model).actionsByStrategy.get(strategy.id) ?? [])
      : model.actions;
  return { actions, strategy, sample: actions.some((a) => a.sample) };
}

const sources = (model: Model, locale: Locale, s: Scope) => [
  planSource(model, locale, s.sample),
  ...sourcesOf(
    model,
    s.actions.map((a) => a.source),
  ),
];

/** Rows grouped by a key, in the order of `order`, summing budget and spending. */
function groups(actions: readonly Action[], key: (a: Action) => string) {
  const out = new Map<string, { budget: number; realised: number; recorded: boolean; n: number; byFunding: Map<string, number> }>();
  for (const a of actions) {
    const k = key(a);
    const g = out.get(k) ?? { budget: 0, realised: 0, recorded: false, n: 0, byFunding: new Map() };
    g.budget += a.budget;
    g.realised += a.realisedBudget ?? 0;
    g.recorded ||= a.realisedBudget !== undefined;
    g.n += 1;
    g.byFunding.set(a.funding.id, (g.byFunding.get(a.funding.id) ?? 0) + a.budget);
    out.set(k, g);
  }
  return out;
}

function budgetState(model: Model, entry: ChartEntry, locale: Locale, by: "strategy" | "agency" | "funding"): ChartState {
  const { t, f } = texts(locale);
  const s = scope(model, entry);
  const year = model.planYear;
  const titleKey =
    by === "strategy"
      ? "chart.budgetStrategy.title"
      : by === "agency"
        ? s.strategy
          ? "chart.budgetAgency.titleStrategy"
          : "chart.budgetAgency.title"
        : s.strategy
          ? "chart.budgetFunding.titleStrategy"
          : "chart.budgetFunding.title";
  const title = f(titleKey, { year, strategy: s.strategy?.short[locale] ?? "" });
  if (!s.actions.length) return emptyState(entry, locale, title);
  const name = (k: string): string =>
    by === "strategy"
      ? (model.strategyById[k]?.short[locale] ?? k)
      : by === "agency"
        ? (model.agencyById[k]?.short ?? k)
        : fundingLabel(model, k, locale);
  const g = groups(s.actions, (a) => (by === "strategy" ? a.strategy : by === "agency" ? a.agency : a.funding.id));
  const order =
    by === "strategy"
      ? model.strategies.map((x) => x.id).filter((k) => g.has(k))
      : [...g.keys()].sort((a, b) => g.get(b)!.budget - g.get(a)!.budget || a.localeCompare(b));
  const total = sum([...g.values()].map((x) => x.budget));
  const stacked = by !== "funding";
  const segments: BarSegment[] = order.flatMap((k) =>
    stacked
      ? model.funding
          .filter((fu) => g.get(k)!.byFunding.has(fu.id))
          .map((fu) => ({ category: k, label: name(k), stack: fu.id, value: g.get(k)!.byFunding.get(fu.id)! }))
      : [{ category: k, label: name(k), value: g.get(k)!.budget }],
  );
  const top = order.reduce((m, k) => (g.get(k)!.budget > g.get(m)!.budget ? k : m), order[0]!);
  const sentenceKey =
    by === "strategy" ? "chart.budgetStrategy.sentence" : by === "agency" ? "chart.budgetAgency.sentence" : "chart.budgetFunding.sentence";
  const labelCol: Column = {
    key: "category",
    label: t(by === "strategy" ? "chart.col.strategy" : by === "agency" ? "chart.col.agency" : "chart.col.funding"),
    type: "text",
  };
  const columns: Column[] = stacked
    ? [
        labelCol,
        { key: "funding", label: t("chart.col.funding"), type: "text" },
        { key: "budget", label: t("chart.col.budget"), type: "number", decimals: 0 },
      ]
    : [labelCol, { key: "budget", label: t("chart.col.budget"), type: "number", decimals: 0 }];
  const rows: Row[] = stacked
    ? segments.map((x) => ({
        cells: { category: x.label, funding: fundingLabel(model, x.stack!, locale), budget: x.value },
        sample: s.sample,
      }))
    : segments.map((x) => ({ cells: { category: x.label, budget: x.value }, sample: s.sample }));
  return {
    entry,
    locale,
    title,
    subtitle: t(stacked ? "chart.budget.subtitle" : "chart.budget.subtitlePlain"),
    sentence: f(sentenceKey, {
      total: formatRupiahShort(total, locale),
      top: name(top),
      value: formatRupiahShort(g.get(top)!.budget, locale),
      share: share(g.get(top)!.budget, total, locale),
    }),
    notes: [],
    sources: sources(model, locale, s),
    sample: s.sample,
    table: { columns, rows },
    indicators: [],
    spec: stackedBarsSpec(segments, { locale, stacks: stacked ? stacks(model, locale) : [] }),
  };
}

export const budgetStrategyState = (model: Model, entry: ChartEntry, locale: Locale): ChartState =>
  budgetState(model, entry, locale, "strategy");
export const budgetAgencyState = (model: Model, entry: ChartEntry, locale: Locale): ChartState =>
  budgetState(model, entry, locale, "agency");
export const budgetFundingState = (model: Model, entry: ChartEntry, locale: Locale): ChartState =>
  budgetState(model, entry, locale, "funding");

function progressColumns(locale: Locale, first: Column): Column[] {
  const { t } = texts(locale);
  return [
    first,
    { key: "budget", label: t("chart.col.budget"), type: "number", decimals: 0 },
    { key: "realised", label: t("chart.col.realised"), type: "number", decimals: 0 },
    { key: "share", label: t("chart.col.budgetShare"), type: "number", decimals: 1 },
  ];
}

/** The table of planned against spent per strategy, as the realisation and agency charts give it. */
function strategyProgressTable(rows: readonly ProgressRow[], locale: Locale, sample: boolean): ChartState["table"] {
  const { t } = texts(locale);
  return {
    columns: progressColumns(locale, { key: "category", label: t("chart.col.strategy"), type: "text" }),
    rows: rows.map((r) => ({
      cells: {
        category: r.label,
        budget: r.planned,
        realised: r.realised,
        share: r.realised === undefined ? undefined : (100 * r.realised) / r.planned,
      },
      sample,
    })),
  };
}

/** The bars of planned against spent, each labelled with what was spent and its share (or "not yet"). */
function progressOf(rows: readonly ProgressRow[], locale: Locale): ChartState["spec"] {
  const { t } = texts(locale);
  return progressSpec(rows, {
    locale,
    format: (r) =>
      r.realised === undefined
        ? t("chart.realisation.notYet")
        : `${formatRupiahShort(r.realised, locale)} (${share(r.realised, r.planned, locale)})`,
    legend: { planned: t("chart.legend.planned"), realised: t("chart.legend.realised") },
  });
}

/** Planned against spent per strategy (whole plan) or per action (one strategy). */
export function realisationState(model: Model, entry: ChartEntry, locale: Locale): ChartState {
  const { t, f } = texts(locale);
  const s = scope(model, entry);
  const year = model.planYear;
  const title = s.strategy
    ? f("chart.realisation.titleStrategy", { strategy: s.strategy.short[locale], year })
    : f("chart.realisation.title", { year });
  if (!s.actions.length) return emptyState(entry, locale, title);
  const total = sum(s.actions.map((a) => a.budget));
  const realised = sum(s.actions.map((a) => a.realisedBudget ?? 0));
  const base = { entry, locale, title, notes: [] as string[], sources: sources(model, locale, s), sample: s.sample, indicators: [] };
  if (!s.strategy) {
    const g = groups(s.actions, (a) => a.strategy);
    const order = model.strategies.map((x) => x.id).filter((k) => g.has(k));
    const rows: ProgressRow[] = order.map((k) => ({
      key: k,
      label: model.strategyById[k]!.short[locale],
      planned: g.get(k)!.budget,
      realised: g.get(k)!.recorded ? g.get(k)!.realised : undefined,
    }));
    const top = order.reduce((m, k) => (g.get(k)!.realised / g.get(k)!.budget > g.get(m)!.realised / g.get(m)!.budget ? k : m), order[0]!);
    return {
      ...base,
      subtitle: t("chart.realisation.subtitle"),
      sentence: f("chart.realisation.sentence", {
        total: formatRupiahShort(total, locale),
        realised: formatRupiahShort(realised, locale),
        share: share(realised, total, locale),
        top: model.strategyById[top]!.short[locale],
        topShare: share(g.get(top)!.realised, g.get(top)!.budget, locale),
      }),
      table: strategyProgressTable(rows, locale, s.sample),
      spec: progressOf(rows, locale),
    };
  }
  const measures = [
    { key: "budget", label: t("chart.realisation.budget") },
    { key: "output", label: t("chart.realisation.output") },
  ];
  // A plan can have hundreds of activities per strategy: the chart shows the largest budgets, the table all of them.
  const shown =
    s.actions.length > MAX_ACTIONS
      ? [...s.actions].sort((a, b) => b.budget - a.budget || a.id.localeCompare(b.id)).slice(0, MAX_ACTIONS)
      : s.actions;
  const shares: ShareRow[] = shown.flatMap((a) => {
    const label = `${a.id.replace(/^RAT-\d+-/, "")} ${a.activity[locale]}`;
    return [
      { key: a.id, label, measure: "budget", share: a.realisedBudget === undefined ? undefined : a.realisedBudget / a.budget },
      { key: a.id, label, measure: "output", share: a.realisedOutput === undefined ? undefined : a.realisedOutput / a.outputTarget },
    ];
  });
  const pct = (x: number): string => share(x, 1, locale);
  return {
    ...base,
    notes:
      shown.length < s.actions.length
        ? [f("chart.note.cappedActions", { shown: formatNumber(shown.length, locale), total: formatNumber(s.actions.length, locale) })]
        : [],
    subtitle: t("chart.realisation.subtitleStrategy"),
    sentence: f("chart.realisation.sentenceStrategy", {
      n: formatNumber(s.actions.length, locale),
      done: formatNumber(s.actions.filter((a) => a.status === "done").length, locale),
      none: formatNumber(s.actions.filter((a) => a.realisedBudget === undefined).length, locale),
      share: share(realised, total, locale),
    }),
    table: {
      columns: [
        { key: "id", label: t("action.id"), type: "text" },
        { key: "activity", label: t("chart.col.activity"), type: "text" },
        { key: "agency", label: t("chart.col.agency"), type: "text" },
        { key: "budget", label: t("chart.col.budget"), type: "number", decimals: 0 },
        { key: "realised", label: t("chart.col.realised"), type: "number", decimals: 0 },
        { key: "budgetShare", label: t("chart.col.budgetShare"), type: "number", decimals: 1 },
        { key: "outputTarget", label: t("chart.col.outputTarget"), type: "number", decimals: 0 },
        { key: "outputRealised", label: t("chart.col.outputRealised"), type: "number", decimals: 0 },
        { key: "outputShare", label: t("chart.col.outputShare"), type: "number", decimals: 1 },
        { key: "status", label: t("chart.col.status"), type: "text" },
      ],
      rows: s.actions.map((a) => ({
        cells: {
          id: a.id,
          activity: a.activity[locale],
          agency: model.agencyById[a.agency]?.short ?? a.agency,
          budget: a.budget,
          realised: a.realisedBudget,
          budgetShare: a.realisedBudget === undefined ? undefined : (100 * a.realisedBudget) / a.budget,
          outputTarget: a.outputTarget,
          outputRealised: a.realisedOutput,
          outputShare: a.realisedOutput === undefined ? undefined : (100 * a.realisedOutput) / a.outputTarget,
          status: t(`action.status.${a.status}`),
        },
        sample: a.sample,
      })),
    },
    spec: sharesSpec(shares, { measures, formatShare: pct, none: t("chart.realisation.notYet") }),
  };
}

export function agencyBudgetState(model: Model, entry: ChartEntry, locale: Locale): ChartState {
  const { t, f } = texts(locale);
  const agency = model.agencyById[entry.agency!]!;
  const s = scope(model, entry);
  const title = f("chart.agencyBudget.title", { agency: agency.short, year: model.planYear });
  if (!s.actions.length) return emptyState(entry, locale, title);
  const g = groups(s.actions, (a) => a.strategy);
  const order = model.strategies.map((x) => x.id).filter((k) => g.has(k));
  const rows: ProgressRow[] = order.map((k) => ({
    key: k,
    label: model.strategyById[k]!.short[locale],
    planned: g.get(k)!.budget,
    realised: g.get(k)!.recorded ? g.get(k)!.realised : undefined,
  }));
  const total = sum(rows.map((r) => r.planned));
  const realised = sum(rows.map((r) => r.realised ?? 0));
  return {
    entry,
    locale,
    title,
    subtitle: t("chart.realisation.subtitle"),
    sentence: f("chart.agencyBudget.sentence", {
      agency: agency.name[locale],
      n: formatNumber(s.actions.length, locale),
      total: formatRupiahShort(total, locale),
      realised: formatRupiahShort(realised, locale),
      share: share(realised, total, locale),
    }),
    notes: [],
    sources: sources(model, locale, s),
    sample: s.sample,
    table: strategyProgressTable(rows, locale, s.sample),
    indicators: [],
    spec: progressOf(rows, locale),
  };
}
