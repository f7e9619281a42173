import type { Field } from "./catalogue.ts";
import * as msg from "./messages.ts";
import type { Message } from "./problems.ts";
import { closest } from "./suggest.ts";

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
  if (missingValues.includes(raw)) return c.required ? { message: msg.required(field.descriptionId, field.description) } : { value: undefined };
  switch (field.type) {
    case "string":
      return checkText(field, raw);
    case "list": {
      const items = raw
        .split(field.delimiter)
        .map((s) => s.trim())
        .filter(Boolean);
      if (!items.length) return c.required ? { message: msg.required(field.descriptionId, field.description) } : { value: undefined };
      for (const item of items) {
        const checked = checkText(field, item);
        if ("message" in checked) return checked;
      }
      return { value: items };
    }
    case "integer":
      if (!/^-?\d+$/.test(raw)) return { message: msg.notInteger(raw) };
      return checkRange(field, raw, Number(raw));
    case "number": {
      const ok = decimalComma ? NUMBER_DECIMAL_COMMA.test(raw) : NUMBER.test(raw);
      if (!ok) return { message: msg.notNumber(raw, decimalComma) };
      return checkRange(field, raw, Number(decimalComma ? raw.replace(",", ".") : raw));
    }
    case "year":
      if (!/^\d{4}$/.test(raw)) return { message: msg.notYear(raw) };
      return checkRange(field, raw, Number(raw));
    case "date": {
      const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
      const date = d && new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3])));
      if (!date || date.toISOString().slice(0, 10) !== raw) return { message: msg.notDate(raw) };
      return { value: raw };
    }
  }
}

function checkText(field: Field, raw: string): { value: string } | { message: Message } {
  const c = field.constraints;
  if (c.enum && !c.enum.includes(raw)) return { message: msg.notInEnum(raw, c.enum, closest(raw, c.enum)) };
  if (c.pattern && !anchored(c.pattern).test(raw)) return { message: msg.patternMismatch(raw, field.descriptionId, field.description) };
  if (c.maxLength !== undefined && raw.length > c.maxLength) return { message: msg.tooLong(raw, c.maxLength) };
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
  if (minimum !== undefined && value < minimum) return { message: msg.belowMinimum(raw, minimum) };
  if (maximum !== undefined && value > maximum) return { message: msg.aboveMaximum(raw, maximum) };
  return { value };
}
