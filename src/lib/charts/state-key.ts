import { createHash } from "node:crypto";
import type { Locale, Model } from "../data/types.ts";
import { chartState } from "./catalog.ts";

/**
 * The key of a chart's state: the sha256 of everything its figure, table and
 * files are made from. The incremental build keys every page that places the
 * chart on it (src/lib/site/cache-keys.ts), and the chart cache keys the
 * chart's drawn SVG on it (svg-cache.ts).
 */

/** Arrays at least this long are hashed once per object and referred to by their digest (the kecamatan picker on every page). */
const SHARED_ARRAY = 64;
const arrayDigests = new WeakMap<object, string>();

export const sha256 = (s: string): string => createHash("sha256").update(s).digest("hex");

/** The shared array being hashed, which the replacer must pass through rather than replace by its own digest. */
let hashing: object | undefined;

/**
 * A serialisation for hashing: JSON, with functions by their source (a chart's
 * tick format), a placed chart (a ChartRef, whose figure is a function of the
 * model) by its key, and long arrays by a digest computed once per array.
 * Object keys keep the order the code gives them, which the same code always
 * gives; a change of code renders the page again anyway (Astro hashes it), and
 * draws the chart again (svg-cache.ts keys on the code too).
 */
export function serialise(value: unknown, chart: (id: string) => string): string {
  const replacer = (_key: string, v: unknown): unknown => {
    if (typeof v === "function") return `fn:${String(v)}`;
    if (typeof v === "bigint") return `${v}n`;
    if (v === null || typeof v !== "object") return v;
    const o = v as { figure?: unknown; id?: unknown };
    if (typeof o.figure === "function" && typeof o.id === "string") return { chart: chart(o.id) };
    if (v instanceof Map || v instanceof Set) return [...v];
    if (Array.isArray(v) && v.length >= SHARED_ARRAY && v !== hashing) {
      let d = arrayDigests.get(v);
      if (d === undefined) {
        const outer = hashing;
        hashing = v;
        try {
          d = sha256(JSON.stringify(v, replacer));
        } finally {
          hashing = outer;
        }
        arrayDigests.set(v, d);
      }
      return `#${d}`;
    }
    return v;
  };
  return JSON.stringify(value, replacer) ?? "null";
}

const chartDigests = new WeakMap<Model, Map<string, string>>();

/** The key of a chart's state in one language: its numbers, texts, table, sources and Plot specification. Computed once per build. */
export function chartKey(model: Model, id: string, locale: Locale): string {
  let byKey = chartDigests.get(model);
  if (!byKey) chartDigests.set(model, (byKey = new Map()));
  const k = `${id}\u0000${locale}`;
  let d = byKey.get(k);
  if (d === undefined) {
    d = sha256(serialise(chartState(model, id, locale), (ref) => chartKey(model, ref, locale)));
    byKey.set(k, d);
  }
  return d;
}
