import { useTranslations, type UiKey } from "../../../i18n/index.ts";
import { fill } from "../../../i18n/fill.ts";
import type { Cell } from "../../data/cast.ts";
import type { Indicator, Locale, Model, Status } from "../../data/types.ts";
import { formatDate, formatList, formatNumber, formatValue } from "../../format.ts";
import type { Cells, ReleaseEntry, ReleaseHistory, TableDiff } from "../../releases/index.ts";
import { feedPath, releaseZipPath } from "../../routing/paths.ts";
import { when } from "../sentences.ts";
import { home, type Crumb } from "./common.ts";

/**
 * The page of updates (/pembaruan/): every release, newest first, with its
 * kind, date and note, and what changed against the release before, value by
 * value: observations and targets added, revised (old -> new, with their
 * status) and removed, grouped by indicator and area; actions added, changed
 * (which fields) and removed, by id. Also the line on the data release that
 * the footer and the data page show.
 */
export interface ValueChangeRow {
  readonly area: string;
  readonly when: string;
  readonly change: string;
  /** The value before, with its status; undefined when the row was added. */
  readonly before: string | undefined;
  /** The value now, with its status; undefined when the row was removed. */
  readonly after: string | undefined;
}

export interface ValueChangeGroup {
  readonly indicator: string;
  readonly rows: readonly ValueChangeRow[];
}

export interface ReleaseView {
  readonly version: string;
  /** The anchor of the release on the page. */
  readonly anchor: string;
  readonly heading: string;
  readonly kind: string;
  readonly date: string;
  readonly isoDate: string;
  readonly note: string;
  readonly zip: string;
  readonly zipLabel: string;
  /** A sentence on what the release holds (the first) or against which release its changes are counted. */
  readonly summary: string;
  readonly counts: readonly string[];
  readonly observations: readonly ValueChangeGroup[];
  readonly targets: readonly ValueChangeGroup[];
  readonly actions: readonly string[];
}

export interface UpdatesView {
  readonly title: string;
  readonly description: string;
  readonly crumbs: readonly Crumb[];
  /** Where the data stands: the current release, changed since, or no release yet. */
  readonly status: string;
  readonly feed: string;
  /** Newest first. */
  readonly releases: readonly ReleaseView[];
}

export function updatesView(model: Model, history: ReleaseHistory, locale: Locale): UpdatesView {
  const t = useTranslations(locale);
  return {
    title: t("updates.title"),
    description: fill(t("updates.description"), { regency: model.regency.name[locale] }),
    crumbs: [home(locale)],
    status: releaseStatus(history, locale),
    feed: feedPath(locale),
    releases: [...history.entries].reverse().map((e) => releaseView(model, e, locale)),
  };
}

/** One sentence on where the data stands against its releases, for the footer, the data page and the page of updates. */
export function releaseStatus(history: ReleaseHistory, locale: Locale): string {
  const t = useTranslations(locale);
  const current = history.entries.at(-1)?.release;
  if (!current) return t("updates.none");
  const values = { version: current.version, date: formatDate(current.date, locale) };
  return fill(t(history.unreleased ? "updates.unreleased" : "updates.current"), values);
}

/** The anchor of a release on the page of updates: `rilis-2026-1`. */
export const releaseAnchor = (version: string): string => `rilis-${version.replace(".", "-")}`;

function releaseView(current: Model, entry: ReleaseEntry, locale: Locale): ReleaseView {
  const t = useTranslations(locale);
  const { release, changes, previous } = entry;
  const n = (x: number) => formatNumber(x, locale);
  const rows = (name: string) => entry.model.tables.find((tb) => tb.name === name)?.rows.length ?? 0;
  const models = [entry.model, ...(previous ? [previous.model] : []), current];
  const counts = (key: UiKey, d: TableDiff) =>
    fill(t(key), { added: n(d.added.length), changed: n(d.changed.length), removed: n(d.removed.length) });
  return {
    version: release.version,
    anchor: releaseAnchor(release.version),
    heading: fill(t("updates.release"), { version: release.version }),
    kind: t(release.kind === "koreksi" ? "updates.kind.koreksi" : "updates.kind.revisi"),
    date: formatDate(release.date, locale),
    isoDate: release.date,
    note: release.note[locale],
    zip: releaseZipPath(release.version),
    zipLabel: fill(t("updates.download"), { version: release.version }),
    summary: !changes
      ? fill(t("updates.first"), { observations: n(rows("observations")), targets: n(rows("targets")), actions: n(rows("actions")) })
      : fill(t(isEmpty(changes) ? "updates.noChanges" : "updates.against"), { previous: previous!.version }),
    counts: changes
      ? [
          counts("updates.count.observations", changes.observations),
          counts("updates.count.targets", changes.targets),
          counts("updates.count.actions", changes.actions),
        ]
      : [],
    observations: changes ? valueGroups(changes.observations, models, locale, "observation") : [],
    targets: changes ? valueGroups(changes.targets, models, locale, "target") : [],
    actions: changes ? actionLines(changes.actions, locale) : [],
  };
}

const isEmpty = (c: NonNullable<ReleaseEntry["changes"]>) =>
  [c.observations, c.targets, c.actions].every((d) => !d.added.length && !d.changed.length && !d.removed.length);

/** The changed values of a table, grouped by indicator (in the order of the catalogue) and sorted by area and year within. */
function valueGroups(diff: TableDiff, models: readonly Model[], locale: Locale, kind: "observation" | "target"): ValueChangeGroup[] {
  const t = useTranslations(locale);
  const indicator = (id: string): Indicator | undefined => models.map((m) => m.indicatorById[id]).find(Boolean);
  const areaName = (code: string) => models.map((m) => m.areaByCode[code]?.name[locale]).find(Boolean) ?? code;
  const order = (id: string) => models[0]!.indicators.findIndex((i) => i.id === id);
  const items: { indicator: string; area: string; year: number; row: ValueChangeRow }[] = [];
  const add = (key: Cells, change: string, before: Cells | undefined, after: Cells | undefined) => {
    const ind = indicator(String(key.indicator));
    const show = (c: Cells | undefined) => c && valueText(c, ind, locale, kind);
    const year = Number(key.year);
    const period = kind === "observation" ? models.map((m) => m.periods[String(key.period)]).find(Boolean) : undefined;
    items.push({
      indicator: String(key.indicator),
      area: String(key.area),
      year,
      row: {
        area: areaName(String(key.area)),
        when: period ? when({ year, period }, locale) : kind === "target" ? targetWhen(key) : String(year),
        change,
        before: show(before),
        after: show(after),
      },
    });
  };
  for (const r of diff.added) add(r, t("updates.change.added"), undefined, r);
  for (const c of diff.changed) {
    const other = c.fields.filter((f) => !["value", "value_max", "status", "year_end"].includes(f));
    const change = other.length
      ? `${t("updates.change.revised")} (${fill(t("updates.fields"), { fields: other.join(", ") })})`
      : t("updates.change.revised");
    add(c.after, change, c.before, c.after);
  }
  for (const r of diff.removed) add(r, t("updates.change.removed"), r, undefined);
  items.sort(
    (a, b) =>
      order(a.indicator) - order(b.indicator) || a.indicator.localeCompare(b.indicator) || a.area.localeCompare(b.area) || a.year - b.year,
  );
  const groups: ValueChangeGroup[] = [];
  for (const item of items) {
    const name = indicator(item.indicator)?.name[locale] ?? item.indicator;
    const last = groups.at(-1);
    if (last?.indicator === name) (last.rows as ValueChangeRow[]).push(item.row);
    else groups.push({ indicator: name, rows: [item.row] });
  }
  return groups;
}

/** A target's year (or years) and its planning document: "2026 · RPJMD 2025-2029". */
const targetWhen = (key: Cells): string => `${key.year}${key.year_end !== undefined ? `–${key.year_end}` : ""} · ${String(key.document)}`;

/** A value as the page shows it, in the page's language, with its status when it is not final: "11,40 % (sementara)". */
function valueText(row: Cells, indicator: Indicator | undefined, locale: Locale, kind: "observation" | "target"): string {
  const t = useTranslations(locale);
  const format = (v: Cell) => (typeof v !== "number" ? "" : indicator ? formatValue(v, indicator, locale) : formatNumber(v, locale, 2));
  const value = row.value_max !== undefined ? `${format(row.value)}–${format(row.value_max)}` : format(row.value);
  if (kind === "target") return value;
  const status = row.status as Status;
  return fill(t("updates.value"), { value, status: t(`updates.status.${status}`) });
}

function actionLines(diff: TableDiff, locale: Locale): string[] {
  const t = useTranslations(locale);
  const ids = (rows: readonly Cells[]) =>
    formatList(
      rows.map((r) => String(r.id)),
      locale,
    );
  return [
    ...(diff.added.length ? [fill(t("updates.actions.added"), { ids: ids(diff.added) })] : []),
    ...diff.changed.map((c) => fill(t("updates.actions.changed"), { id: String(c.after.id), fields: c.fields.join(", ") })),
    ...(diff.removed.length ? [fill(t("updates.actions.removed"), { ids: ids(diff.removed) })] : []),
  ];
}
