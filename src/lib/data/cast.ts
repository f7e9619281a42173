import type { Field } from "./catalogue.ts";
import { msg, quoted } from "./messages.ts";
import type { Message } from "./problems.ts";
import { closest } from "./suggest.ts";
import type { Text } from "./types.ts";

/** A cell after casting: text, a number, a list of texts, or no data. */
export type Cell = string | number | readonly string[] | undefined;

const NUMBER = /^-?\d+(\.\d+)?$/;
const NUMBER_DECIMAL_COMMA = /^-?\d+(,\d+)?$/;

/**
 * Casts one cell to its field's type and checks the field's constraints.
 * Empty means "no data", never zero.
 */
export function castCell(field: Field, raw: string, decimalComma: boolean, missingValues: readonly string[]): { value: Cell } | { message: Message } {
  const c = field.constraints;
  if (missingValues.includes(raw)) return c.required ? { message: required(field) } : { value: undefined };
  switch (field.type) {
    case "string":
      return checkText(field, raw);
    case "list": {
      const items = raw
        .split(field.delimiter)
        .map((s) => s.trim())
        .filter(Boolean);
      if (!items.length) return c.required ? { message: required(field) } : { value: undefined };
      for (const item of items) {
        const checked = checkText(field, item);
        if ("message" in checked) return checked;
      }
      return { value: items };
    }
    case "integer":
      if (!/^-?\d+$/.test(raw)) return { message: notInteger(raw) };
      return checkRange(field, raw, Number(raw));
    case "number": {
      const ok = decimalComma ? NUMBER_DECIMAL_COMMA.test(raw) : NUMBER.test(raw);
      if (!ok) return { message: notNumber(raw, decimalComma) };
      return checkRange(field, raw, Number(decimalComma ? raw.replace(",", ".") : raw));
    }
    case "year":
      if (!/^\d{4}$/.test(raw)) return { message: msg("value.notYear", { value: raw }) };
      return checkRange(field, raw, Number(raw));
    case "date": {
      const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
      const date = d && new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3])));
      if (!date || date.toISOString().slice(0, 10) !== raw) return { message: notDate(raw) };
      return { value: raw };
    }
  }
}

function checkText(field: Field, raw: string): { value: string } | { message: Message } {
  const c = field.constraints;
  if (c.enum && !c.enum.includes(raw)) return { message: notInList(raw, c.enum, field.categories !== undefined) };
  if (c.pattern && !anchored(c.pattern).test(raw)) return { message: msg("value.wrongForm", { value: raw, description: describe(field) }) };
  if (c.maxLength !== undefined && raw.length > c.maxLength) return { message: msg("value.tooLong", { length: raw.length, max: c.maxLength }) };
  return { value: raw };
}

const patterns = new Map<string, RegExp>();
/** Frictionless patterns match the whole value. */
function anchored(pattern: string): RegExp {
  let re = patterns.get(pattern);
  if (!re) patterns.set(pattern, (re = new RegExp(`^(?:${pattern})$`)));
  return re;
}

function checkRange(field: Field, raw: string, value: number): { value: number } | { message: Message } {
  const { minimum, maximum } = field.constraints;
  if (minimum !== undefined && value < minimum) return { message: msg("value.belowMinimum", { value: raw, limit: minimum }) };
  if (maximum !== undefined && value > maximum) return { message: msg("value.aboveMaximum", { value: raw, limit: maximum }) };
  return { value };
}

/** What a column holds, in both languages, from the catalogue. */
export const describe = (field: Field): Text => ({ id: field.descriptionId, en: field.description });

const required = (field: Field): Message => msg("value.required", { description: describe(field) });

/** A value outside the allowed ones; when they are categories (units, periods, funding), a new one can be added to the catalogue with its labels. */
function notInList(value: string, allowed: readonly string[], categories: boolean): Message {
  const suggestion = closest(value, allowed);
  const values = { value, allowed: quoted(allowed) };
  if (suggestion) return msg("value.notInList.suggestion", { ...values, suggestion });
  return categories ? msg("value.notInList.categories", values) : msg("value.notInList", values);
}

/** Says why a value is not a number: a decimal comma, thousands separators, a dot in a semicolon file, or anything else. */
function notNumber(value: string, decimalComma: boolean): Message {
  const v = value.trim();
  if (!decimalComma && /^-?\d+,\d+$/.test(v)) return msg("value.decimalComma", { value, dotted: v.replace(",", "."), joined: v.replace(",", "") });
  if (/^-?\d{1,3}([.,]\d{3})+([.,]\d+)?$/.test(v)) return msg(decimalComma ? "value.thousands.semicolons" : "value.thousands", { value });
  if (decimalComma && /^-?\d+\.\d+$/.test(v)) return msg("value.ambiguousDot", { value, comma: v.replace(".", ",") });
  return msg("value.notNumber", { value, example: decimalComma ? "12,5" : "12.5" });
}

/** A whole number written with thousands separators is explained as such; anything else as not whole. */
const notInteger = (value: string): Message =>
  /^-?\d{1,3}([.,]\d{3})+$/.test(value.trim()) ? notNumber(value, false) : msg("value.notInteger", { value });

/** A date written day first (28/11/2026) is shown turned round; anything else gets a fixed example. */
function notDate(value: string): Message {
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value.trim());
  const example = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, "0")}-${dmy[1]!.padStart(2, "0")}` : "2026-11-28";
  return msg("value.notDate", { value, example });
}
