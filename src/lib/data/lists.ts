import { phrase } from "../../i18n/check/index.ts";
import type { Bad, Category, Resource, Settings } from "./catalogue.ts";
import { msg, quoted } from "./messages.ts";
import type { Message } from "./problems.ts";
import { UNIT_STYLES, type Funding, type Period, type PeriodGroup, type Text, type Unit, type UnitStyle } from "./types.ts";

/**
 * The open lists of the catalogue: units, periods and funding sources are the
 * `categories` of a column (Table Schema v2), each with its labels in both
 * languages. The allowed values of the column are these categories and
 * nothing else (catalogue.ts derives its `enum`), so a value the catalogue
 * allows always has words to render, and every other value is refused.
 */
export interface Lists {
  readonly units: Readonly<Record<string, Unit>>;
  readonly periods: Readonly<Record<string, Period>>;
  readonly funding: readonly Funding[];
}

/** The column of each list: a catalogue whose column has no categories is incomplete. */
export const LIST_FIELDS = { units: ["indicators", "unit"], periods: ["observations", "period"], funding: ["actions", "funding"] } as const;

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === "object" && v !== null && !Array.isArray(v);
const label = (raw: Raw, key: string): string | undefined => (typeof raw[key] === "string" && (raw[key] as string).trim() ? (raw[key] as string).trim() : undefined);

/**
 * A list of categories `{ value, label_id, label_en, ... }`: an entry without
 * both labels is reported by its value; other properties are kept for the
 * list that reads them.
 */
export function normalizeCategories(list: unknown, path: string, where: { table: string; field: string }, bad: Bad, report: (m: Message) => void): Category[] | undefined {
  if (!Array.isArray(list)) return void bad(path, phrase("catalogue.expect.categories"));
  const out: Category[] = [];
  list.forEach((c, i) => {
    if (!isObject(c) || typeof c.value !== "string" || !c.value) return bad(`${path}[${i}].value`, phrase("catalogue.expect.string"));
    if (out.some((o) => o.value === c.value)) return bad(`${path}[${i}].value`, phrase("catalogue.expect.newValue", { value: c.value }));
    const id = label(c, "label_id");
    const en = label(c, "label_en");
    for (const [key, have] of [["label_id", id], ["label_en", en]] as const)
      if (have === undefined) report(msg("catalogue.invalid.label", { value: c.value, missing: key, ...where }));
    if (id !== undefined && en !== undefined) out.push({ value: c.value, label: { id, en }, raw: c });
  });
  return out;
}

/** A sentence's words for a date, with `{year}` and no other placeholder: "Maret {year}". */
const yearTemplate = (s: string | undefined): boolean => s !== undefined && s.includes("{year}") && [...s.matchAll(/\{(\w+)\}/g)].every((m) => m[1] === "year");

/** The typed lists, from the categories of their columns. */
export function readLists(resources: readonly Resource[], settings: Settings | undefined, bad: Bad, report: (m: Message) => void): Lists {
  const at = (table: string, field: string) => {
    const r = resources.findIndex((x) => x.kind === "table" && x.name === table);
    const res = resources[r];
    if (!res || res.kind !== "table") return undefined;
    const f = res.schema.fields.findIndex((x) => x.name === field);
    if (f < 0) return undefined;
    const path = `resources[${r}].schema.fields[${f}]`;
    const column = res.schema.fields[f]!;
    if (!column.categories) bad(`${path}.categories`, phrase("catalogue.expect.categories"));
    return { path, column, categories: column.categories ?? [] };
  };

  const units: Record<string, Unit> = {};
  const u = at(...LIST_FIELDS.units);
  u?.categories.forEach((c, i) => {
    const style = c.raw.style ?? "word";
    const additive = c.raw.additive ?? false;
    if (!UNIT_STYLES.includes(style as UnitStyle)) bad(`${u.path}.categories[${i}].style`, phrase("catalogue.expect.unitStyle", { styles: quoted(UNIT_STYLES) }));
    if (typeof additive !== "boolean") bad(`${u.path}.categories[${i}].additive`, phrase("catalogue.expect.boolean"));
    units[c.value] = { id: c.value, label: c.label, additive: additive === true, style: style as UnitStyle };
  });

  const periods: Record<string, Period> = {};
  const p = at(...LIST_FIELDS.periods);
  if (p) {
    const groups = new Map<string, { -readonly [K in keyof PeriodGroup]: PeriodGroup[K] }>();
    const where = { table: LIST_FIELDS.periods[0], field: LIST_FIELDS.periods[1] };
    for (const g of normalizeCategories(p.column.groups ?? [], `${p.path}.groups`, where, bad, report) ?? []) groups.set(g.value, { id: g.value, label: g.label, yearly: false });
    p.categories.forEach((c, i) => {
      const group = typeof c.raw.group === "string" ? groups.get(c.raw.group) : undefined;
      if (!group) bad(`${p.path}.categories[${i}].group`, phrase("catalogue.expect.group", { groups: quoted([...groups.keys()]) }));
      const when: Partial<Text> = { id: label(c.raw, "when_id"), en: label(c.raw, "when_en") };
      for (const lang of ["id", "en"] as const)
        if (!yearTemplate(when[lang])) bad(`${p.path}.categories[${i}].when_${lang}`, phrase("catalogue.expect.when", { year: "{year}" }));
      if (!group || !yearTemplate(when.id) || !yearTemplate(when.en)) return;
      const yearOnly = when.id === "{year}" && when.en === "{year}";
      group.yearly ||= yearOnly;
      periods[c.value] = { id: c.value, label: c.label, when: when as Text, yearOnly, group, rank: i };
    });
    const headline = settings?.headline.period;
    if (headline !== undefined && p.categories.length && !p.categories.some((c) => c.value === headline))
      bad("lentera.headline.period", phrase("catalogue.expect.period", { periods: quoted(p.categories.map((c) => c.value)) }));
  }

  const f = at(...LIST_FIELDS.funding);
  const funding: Funding[] = (f?.categories ?? []).map((c) => ({ id: c.value, label: c.label }));
  return { units, periods, funding };
}
