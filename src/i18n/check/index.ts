import type { Locale, Text } from "../../lib/data/types.ts";
import { build as buildEn } from "./build.en.ts";
import { build as buildId } from "./build.id.ts";
import { files as filesEn } from "./files.en.ts";
import { files as filesId } from "./files.id.ts";
import { newPlace as newPlaceEn } from "./new-place.en.ts";
import { newPlace as newPlaceId } from "./new-place.id.ts";
import { releases as releasesEn } from "./releases.en.ts";
import { releases as releasesId } from "./releases.id.ts";
import { report as reportEn } from "./report.en.ts";
import { report as reportId } from "./report.id.ts";
import { values as valuesEn } from "./values.en.ts";
import { values as valuesId } from "./values.id.ts";

/**
 * The words of the data check, one table per language, and the functions that
 * build a text from them by name: `phrase("report.line", { line: 3 })`. The
 * Indonesian tables define the keys; the types below read each template's
 * `{placeholders}`, so a call that leaves one out, names one that is not
 * there, or passes values by position does not compile.
 */
const id = { ...filesId, ...valuesId, ...reportId, ...newPlaceId, ...releasesId, ...buildId };
const en: Record<CheckKey, string> = { ...filesEn, ...valuesEn, ...reportEn, ...newPlaceEn, ...releasesEn, ...buildEn };
export const CHECK_STRINGS: Readonly<Record<Locale, Readonly<Record<CheckKey, string>>>> = { id, en };

type Id = typeof id;
export type CheckKey = keyof Id;

/** The placeholder names of a template; braces around spaces, as in "{ ... }", are literal text. */
type Holes<S extends string> = S extends `${string}{${infer N}}${infer Rest}`
  ? N extends "" | `${string} ${string}`
    ? Holes<Rest>
    : N | Holes<Rest>
  : never;
type Parent<N extends string> = N extends `${infer A}.${infer B}` ? (B extends `${string}.${string}` ? `${A}.${Parent<B>}` : A) : never;
/** The key of a message's part (`what` or `fix`): its own, or else its nearest parent's. */
type Part<N extends string, P extends string> = `${N}.${P}` extends CheckKey
  ? `${N}.${P}`
  : N extends `${string}.${string}`
    ? Part<Parent<N>, P>
    : never;
type Named<P extends string> = CheckKey extends infer K ? (K extends `${infer N}.${P}` ? N : never) : never;
type Complete<N> = N extends string ? ([Part<N, "what">] extends [never] ? never : [Part<N, "fix">] extends [never] ? never : N) : never;

/** A message: a name whose `what` and `fix` are both found, itself or on a parent. */
export type MessageName = Complete<Named<"what"> | Named<"fix">>;
/** A pair of keys `<name>.one` and `<name>.other`, chosen by a count. */
export type PluralName = Named<"one">;
/** Any other key: a phrase placed into a message or the report. */
export type PhraseKey = Exclude<CheckKey, `${string}.${"what" | "fix" | "one" | "other"}`>;

/** A placeholder's value: the same in every language, or a text per language (a phrase, a description from the catalogue). */
export type Value = string | number | Text;
type ValuesFor<H extends string> = [H] extends [never] ? [] : [values: { readonly [K in H]: Value }];
export type PhraseValues<K extends CheckKey> = ValuesFor<Holes<Id[K]>>;
export type MessageValues<N extends MessageName> = ValuesFor<Holes<Id[Part<N, "what">]> | Holes<Id[Part<N, "fix">]>>;
export type PluralValues<N extends PluralName> = ValuesFor<Exclude<Holes<Id[`${N}.one`]> | Holes<Id[`${N}.other`]>, "count">>;

const HOLE = /\{([A-Za-z]\w*)\}/g;

/** The placeholder names of a template, as the types above read them. */
export const holes = (template: string): string[] => [...template.matchAll(HOLE)].map((m) => m[1]!);

function fill(key: CheckKey, locale: Locale, values: Readonly<Record<string, Value>>): string {
  const template = CHECK_STRINGS[locale][key];
  return template.replace(HOLE, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`check message ${key}: no value for {${name}}`);
    return typeof v === "object" ? v[locale] : String(v);
  });
}

const text = (key: CheckKey, values: Readonly<Record<string, Value>> = {}): Text => ({
  id: fill(key, "id", values),
  en: fill(key, "en", values),
});

/** The key of a message's part: `file.missing.similar` has its own fix and borrows `file.missing.what`. */
export function partKey(name: string, part: "what" | "fix"): CheckKey | undefined {
  for (let n = name; n; n = n.includes(".") ? n.slice(0, n.lastIndexOf(".")) : "")
    if (`${n}.${part}` in id) return `${n}.${part}` as CheckKey;
  return undefined;
}

export function phrase<K extends PhraseKey>(key: K, ...values: PhraseValues<K>): Text {
  return text(key, values[0]);
}

/** `count("report.errors", 2)` -> "2 kesalahan" / "2 errors". */
export function count<N extends PluralName>(name: N, n: number, ...values: PluralValues<N>): Text {
  return text(`${name}.${n === 1 ? "one" : "other"}`, { ...values[0], count: n });
}

/** Every language on one line, said once where they agree: "Data di data sah / The data in data is valid." */
export const inline = (t: Text, separator = " / "): string => [...new Set(Object.values(t))].join(separator);

/** What is wrong and how to fix it, in every language. */
export function explain<N extends MessageName>(name: N, ...values: MessageValues<N>): { what: Text; fix: Text } {
  return { what: text(partKey(name, "what")!, values[0]), fix: text(partKey(name, "fix")!, values[0]) };
}
