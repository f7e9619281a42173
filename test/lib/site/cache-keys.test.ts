import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chartState, charts } from "../../../src/lib/charts/catalog.ts";
import type { Model, Observation } from "../../../src/lib/data/index.ts";
import { LOCALES, type Locale } from "../../../src/lib/data/types.ts";
import { ogCard } from "../../../src/lib/og/cards.ts";
import { pageRoutes, pageView, type PageRoute } from "../../../src/lib/routing/index.ts";
import { chartRouteKey, ogKey, pageKey, pinnedRouteKey, type KeyContext } from "../../../src/lib/site/cache-keys.ts";
import { frameView } from "../../../src/lib/site/views/frame.ts";
import { NO_RELEASES } from "../../../src/lib/releases/history.ts";
import { loadModel } from "../../helpers/data-model.ts";
import { cleanup } from "../../helpers/fixtures.ts";
import { DATA_DIR } from "../../helpers/site-builds.ts";

/**
 * The cache keys of the incremental build (src/lib/site/cache-keys.ts) over
 * the data folder under test and a copy of it with one observation changed:
 * a key changes exactly when what its page or chart shows changes. What a
 * page shows is read here independently of the keys: its view, its frame and
 * the state of every chart it places, as plain JSON. A key that did not change
 * with its page would ship a stale page; one that changed without it would
 * render for nothing.
 */
const ctx: KeyContext = { site: "https://lentera.example.org", base: "/", releases: NO_RELEASES };
const FOOTER = "lentera.example.org";
const CHART_ROUTES = ["page", "embed", "csv", "svg", "png"] as const;

let before: Model;
let after: Model;
let changed: Observation | undefined;
let dir: string;

/** The observation to change: a kecamatan's, in the latest year any kecamatan has, else the last row. */
function pick(model: Model): Observation | undefined {
  const kecamatan = new Set(model.kecamatan.map((k) => k.code));
  const own = model.observations.filter((o) => kecamatan.has(o.area));
  const from = own.length ? own : model.observations;
  return [...from].sort((a, b) => a.year - b.year).at(-1);
}

/** Another valid value: one less or one more for a whole number, else nine tenths. */
const other = (v: number): string => (Number.isInteger(v) ? String(v >= 1 ? v - 1 : v + 1) : (v * 0.9).toFixed(2));

beforeAll(async () => {
  before = await loadModel();
  changed = pick(before);
  dir = mkdtempSync(join(tmpdir(), "lentera-keys-"));
  cpSync(DATA_DIR, dir, { recursive: true });
  if (changed) {
    const file = join(dir, "observations.csv");
    const parsed = Papa.parse<Record<string, string>>(readFileSync(file, "utf8"), { header: true, skipEmptyLines: true });
    const row = parsed.data.find(
      (r) =>
        r.area === changed!.area &&
        r.indicator === changed!.indicator &&
        Number(r.year) === changed!.year &&
        r.period === changed!.period.id,
    );
    if (!row) throw new Error("The chosen observation was not found in observations.csv");
    row.value = other(changed.value);
    writeFileSync(file, Papa.unparse(parsed.data, { columns: parsed.meta.fields }));
  }
  after = await loadModel(dir);
});
afterAll(() => cleanup(dir));

/** What a page shows, as plain JSON: placed charts by their state, functions left out. */
function shown(model: Model, route: PageRoute, locale: Locale): string {
  const chart = (_: string, v: unknown) =>
    v && typeof v === "object" && typeof (v as { figure?: unknown }).figure === "function"
      ? chartState(model, (v as { id: string }).id, locale)
      : v;
  return JSON.stringify({ page: pageView(model, route, locale), frame: frameView(model, locale, route.path) }, chart);
}

interface Compared {
  name: string;
  kind?: string;
  keyChanged: boolean;
  shownChanged: boolean;
}

function compare(): Compared[] {
  const out: Compared[] = [];
  for (const locale of LOCALES) {
    for (const route of pageRoutes(before)) {
      const keyChanged = pageKey(before, route, locale, ctx) !== pageKey(after, route, locale, ctx);
      const name = `${locale} ${route.path}`;
      out.push({
        name: `page ${name}`,
        kind: route.kind,
        keyChanged,
        shownChanged: shown(before, route, locale) !== shown(after, route, locale),
      });
      out.push({
        name: `og ${name}`,
        keyChanged: ogKey(before, route, locale, FOOTER) !== ogKey(after, route, locale, FOOTER),
        shownChanged: JSON.stringify(ogCard(before, route, locale, FOOTER)) !== JSON.stringify(ogCard(after, route, locale, FOOTER)),
      });
    }
    for (const { id } of charts(before)) {
      const shownChanged = JSON.stringify(chartState(before, id, locale)) !== JSON.stringify(chartState(after, id, locale));
      for (const kind of CHART_ROUTES)
        out.push({
          name: `chart-${kind} ${locale} ${id}`,
          keyChanged: chartRouteKey(before, id, locale, kind, ctx) !== chartRouteKey(after, id, locale, kind, ctx),
          shownChanged,
        });
    }
  }
  return out;
}

describe("cache keys", () => {
  it("change for exactly the pages and charts that show a changed observation value", () => {
    if (!changed) return; // A data folder without observations: nothing to change.
    expect(charts(after).map((c) => c.id)).toEqual(charts(before).map((c) => c.id));
    const all = compare();
    const wrong = all.filter((c) => c.keyChanged !== c.shownChanged).map((c) => `${c.name}: key ${c.keyChanged ? "changed" : "kept"}`);
    expect(wrong).toEqual([]);
    const rebuilt = all.filter((c) => c.keyChanged).map((c) => c.name);
    // The value is shown somewhere (its indicator's charts at least), and far from everywhere.
    expect(rebuilt.some((n) => n.startsWith("chart-"))).toBe(true);
    expect(rebuilt.length).toBeLessThan(all.length / 2);
    // Pages about the action plan alone (an agency) do not show observations.
    const agencyPages = all.filter((c) => c.kind === "agency");
    expect(agencyPages.filter((c) => c.keyChanged)).toEqual([]);
  });

  it("are the same for the same data loaded twice, and change with the public address", async () => {
    const again = await loadModel();
    const onePerKind = [...new Map(pageRoutes(before).map((r) => [r.kind, r])).values()];
    for (const locale of LOCALES)
      for (const route of onePerKind) {
        expect(pageKey(again, route, locale, ctx)).toBe(pageKey(before, route, locale, ctx));
        expect(pageKey(before, route, locale, { ...ctx, site: "https://other.example.org" })).not.toBe(pageKey(before, route, locale, ctx));
        // A release (here: the data becoming a release) changes every page's footer.
        expect(pageKey(before, route, locale, { ...ctx, releases: { ...NO_RELEASES, unreleased: false } })).not.toBe(
          pageKey(before, route, locale, ctx),
        );
      }
  });

  it("of a pinned chart follow its release's frozen data, not the current data", () => {
    if (!changed) return;
    // One chart that shows the changed value and one that does not, in each language.
    const differs = (id: string, locale: Locale): boolean =>
      JSON.stringify(chartState(before, id, locale)) !== JSON.stringify(chartState(after, id, locale));
    for (const locale of LOCALES)
      for (const { id } of charts(before))
        for (const kind of CHART_ROUTES) {
          const pinned = pinnedRouteKey(before, before, "2026.1", id, locale, kind, ctx);
          // The current data changed, the release did not: the pinned copy is kept.
          expect(pinnedRouteKey(after, before, "2026.1", id, locale, kind, ctx), `${id} ${kind}`).toBe(pinned);
          // A release whose frozen data differs is another copy, exactly when the chart shows the value.
          expect(pinnedRouteKey(before, after, "2026.1", id, locale, kind, ctx) !== pinned, `${id} ${kind}`).toBe(differs(id, locale));
        }
  });
});
