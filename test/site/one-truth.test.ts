import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { comparableIndicators, kecamatanComparison, rankShort, type KecamatanComparison } from "../../src/lib/compare/index.ts";
import { chartId } from "../../src/lib/charts/ids.ts";
import type { Area, Model } from "../../src/lib/data/index.ts";
import { LOCALES, type Locale } from "../../src/lib/data/types.ts";
import { formatNumber, formatValue } from "../../src/lib/format.ts";
import { fill, midSentence } from "../../src/i18n/fill.ts";
import { useTranslations } from "../../src/i18n/index.ts";
import { localePrefix, pathOf } from "../../src/lib/routing/paths.ts";
import { loadModel } from "../helpers/data-model.ts";

/**
 * One number, one rank: on every kecamatan page and every indicator page, in
 * both languages, each rank and value shown for a kecamatan and an indicator
 * (in the page's table, in the chart tables, in the profile chart's panels
 * and sentence) is the answer of the comparison module (src/lib/compare).
 * Expectations come from the model, so this passes on any valid data folder.
 */
const dir = inject("siteDir");
let model: Model;
beforeAll(async () => {
  model = await loadModel();
});

const page = (locale: Locale, path: string): Document =>
  parseHTML(readFileSync(join(dir, `${localePrefix(locale)}${path}index.html`), "utf8")).document as unknown as Document;
/** Text with every run of white space (no-break spaces too) as one space, as it reads. */
const norm = (s: string): string => s.replace(/\s+/g, " ").trim();
const text = (e: Element | null | undefined): string => norm(e?.textContent ?? "");
const shows = (cell: string | undefined, value: string): boolean => (cell ?? "").startsWith(norm(value));

/** A number as the page's language writes it (1.234,5 or 1,234.5), read back. */
function readNumber(s: string, locale: Locale): number {
  const m = /-?[\d.,]+/.exec(s.replace(/\u00a0/g, " "));
  if (!m) return NaN;
  const raw = locale === "id" ? m[0].replace(/\./g, "").replace(",", ".") : m[0].replace(/,/g, "");
  return Number(raw);
}

/** The rows of a figure's data table, as arrays of cell texts, by header label. */
function chartTable(doc: Document, id: string): { head: string[]; rows: string[][] } | undefined {
  const table = doc.querySelector(`figure[data-chart="${id}"] .chart-data table`);
  if (!table) return undefined;
  const head = [...table.querySelectorAll("thead th")].map(text);
  const rows = [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map(text));
  return { head, rows };
}

const close = (a: number, b: number, decimals: number) => Math.abs(a - b) <= 0.5 * 10 ** -decimals + 1e-9;

/** Problems with one ranking-like chart table (rank, kecamatan, value) against the comparison. */
function checkRankingTable(doc: Document, id: string, cmp: KecamatanComparison, locale: Locale, where: string): string[] {
  const table = chartTable(doc, id);
  if (!table) return [];
  const problems: string[] = [];
  const byName = new Map(model.kecamatan.map((k) => [k.name[locale], k]));
  for (const [rank, name, value] of table.rows) {
    const k = byName.get(name!);
    if (!k) continue; // the regency's reference row
    const want = cmp.ranks.get(k.code);
    const o = cmp.values.get(k.code);
    if (!want || !o) problems.push(`${where} ${id}: ${name} is listed without a value in ${cmp.year}`);
    else {
      if (Number(rank) !== want.rank) problems.push(`${where} ${id}: ${name} rank ${rank}, module ${want.rank}`);
      if (!close(readNumber(value!, locale), o.value, cmp.indicator.decimals))
        problems.push(`${where} ${id}: ${name} value ${value}, module ${o.value}`);
    }
  }
  return problems;
}

describe("every kecamatan page", () => {
  it("shows each kecamatan's rank and value once: table, profile chart and its sentence agree with the comparison module", () => {
    const problems: string[] = [];
    let checked = 0;
    for (const locale of LOCALES)
      for (const k of model.kecamatan) {
        const where = `${localePrefix(locale)}${pathOf("kecamatan", k.slug)}`;
        const doc = page(locale, pathOf("kecamatan", k.slug));
        const comparisons = comparableIndicators(model);
        // The indicator table: one row per compared indicator.
        const rows = new Map(
          [...doc.querySelectorAll("main table.stack tbody tr")].flatMap((tr) => {
            const link = tr.querySelector("th a")?.getAttribute("href") ?? "";
            const id = /indikator\/([^/]+)\/$/.exec(link)?.[1];
            return id ? [[id, tr] as const] : [];
          }),
        );
        for (const cmp of comparisons) {
          const ind = cmp.indicator;
          const o = cmp.values.get(k.code);
          const rank = cmp.ranks.get(k.code);
          const tr = rows.get(ind.id);
          if (!tr) {
            problems.push(`${where}: no table row for ${ind.id}`);
            continue;
          }
          const [, here, , , among] = [...tr.children].map(text);
          if (o && !shows(here, formatValue(o.value, ind, locale)))
            problems.push(`${where} table ${ind.id}: value "${here}", module ${formatValue(o.value, ind, locale)}`);
          if (rank && !shows(among, rankShort(rank, locale)))
            problems.push(`${where} table ${ind.id}: rank "${among}", module "${rankShort(rank, locale)}"`);
          checked++;
        }
        // The profile chart: its table and the rank lines of its panels.
        const profileId = chartId.profile(k.slug);
        const table = chartTable(doc, profileId);
        if (table) {
          const col = (label: string) => table.head.indexOf(label);
          const names = new Map(comparisons.map((c) => [c.indicator.name[locale], c]));
          for (const row of table.rows) {
            const cmp = names.get(row[0]!);
            if (!cmp) continue;
            const rank = cmp.ranks.get(k.code);
            const rankCell = row[col(table.head[4]!)]!;
            if ((rank?.rank ?? undefined) !== (rankCell ? Number(rankCell) : undefined))
              problems.push(`${where} profile table ${cmp.indicator.id}: rank ${rankCell}, module ${rank?.rank}`);
            if (String(cmp.year) !== row[1])
              problems.push(`${where} profile table ${cmp.indicator.id}: year ${row[1]}, module ${cmp.year}`);
          }
          const svgRanks = [...doc.querySelectorAll(`figure[data-chart="${profileId}"] svg text`)]
            .map(text)
            .filter((s) => /^(peringkat|rank) \d/.test(s));
          const wantRanks = comparisons.flatMap((c) => (c.ranks.get(k.code) ? [norm(rankShort(c.ranks.get(k.code)!, locale))] : []));
          // Plot writes the panels' texts in its own order: compare the ranks drawn as a set of lines.
          if (JSON.stringify(svgRanks.sort()) !== JSON.stringify(wantRanks.sort()))
            problems.push(`${where} profile panels: ${svgRanks.join(" | ")}; module ${wantRanks.join(" | ")}`);
          // The sentence under the chart names each rank with its value.
          const sentence = text(doc.querySelector(`figure[data-chart="${profileId}"] .chart-summary`));
          for (const c of comparisons) {
            const rank = c.ranks.get(k.code);
            const o = c.values.get(k.code);
            if (!rank || !o) continue;
            const part = fill(useTranslations(locale)("chart.profile.part"), {
              rank: formatNumber(rank.rank, locale),
              indicator: midSentence(c.indicator.name[locale]),
              value: formatValue(o.value, c.indicator, locale),
            });
            if (!sentence.includes(norm(part))) problems.push(`${where} profile sentence: no "${norm(part)}" in "${sentence}"`);
          }
        }
      }
    expect(checked).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});

describe("every indicator page", () => {
  it("ranks the kecamatan in one year, with one rank and one value each, in its table, its ranking chart and its map", () => {
    const problems: string[] = [];
    for (const locale of LOCALES)
      for (const ind of model.indicators) {
        const cmp = kecamatanComparison(model, ind.id);
        if (!cmp) continue;
        const where = `${localePrefix(locale)}${pathOf("indicator", ind.id)}`;
        const doc = page(locale, pathOf("indicator", ind.id));
        const slugs = new Map<string, Area>(model.kecamatan.map((k) => [pathOf("kecamatan", k.slug), k]));
        const rows = [...doc.querySelectorAll("main table.stack tbody tr")];
        const shown = rows.flatMap((tr) => {
          const link = tr.querySelector("th a")?.getAttribute("href") ?? "";
          const k = [...slugs].find(([p]) => link.endsWith(p))?.[1];
          return k ? [{ k, cells: [...tr.children].map(text) }] : [];
        });
        if (shown.length !== model.kecamatan.length)
          problems.push(`${where}: table lists ${shown.length} of ${model.kecamatan.length} kecamatan`);
        for (const { k, cells } of shown) {
          const rank = cmp.ranks.get(k.code);
          const o = cmp.values.get(k.code);
          if (String(rank?.rank ?? "–") !== cells[0]) problems.push(`${where} table: ${k.slug} rank ${cells[0]}, module ${rank?.rank}`);
          if (o && !shows(cells[2], formatValue(o.value, ind, locale)))
            problems.push(`${where} table: ${k.slug} value ${cells[2]}, module ${formatValue(o.value, ind, locale)}`);
        }
        if (!text(doc.querySelector("main table.stack caption")).includes(String(cmp.year)))
          problems.push(`${where}: table caption does not name ${cmp.year}`);
        problems.push(
          ...checkRankingTable(doc, chartId.ranking(ind.id), cmp, locale, where),
          ...checkRankingTable(doc, chartId.map(ind.id), cmp, locale, where),
        );
      }
    expect(problems).toEqual([]);
  });
});
