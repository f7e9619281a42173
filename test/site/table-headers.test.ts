import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, inject, it } from "vitest";
import { sitePages } from "../helpers/site-pages.ts";

/**
 * The action-plan tables (strategy, agency and kecamatan pages, several on one
 * kecamatan page) have two levels of headers: the columns, and the activity
 * that heads each row. Every data cell names both by `headers`, each id it
 * names is a header of the same table with its `scope`, and ids are unique on
 * the page, so a screen reader announces a cell with its column and activity.
 */
const dir = inject("siteDir");
const pages = sitePages(dir).filter((p) => p.kind !== "404");

function problems(file: string): { tables: number; wrong: string[] } {
  const html = readFileSync(join(dir, file), "utf8");
  if (!/<table\b[^>]*class="[^"]*\bactions\b/.test(html)) return { tables: 0, wrong: [] };
  const { document } = parseHTML(html);
  const tables = [...document.querySelectorAll("table.actions")];
  const wrong: string[] = [];
  const count = new Map<string, number>();
  for (const e of document.querySelectorAll("[id]")) count.set(e.id, (count.get(e.id) ?? 0) + 1);
  const dup = new Set(
    tables
      .flatMap((t) => [t, ...t.querySelectorAll("[id]")])
      .map((e) => e.id)
      .filter((id) => count.get(id)! > 1),
  );
  if (dup.size) wrong.push(`${file}: ids of the action tables used more than once on the page: ${[...dup].join(", ")}`);
  for (const table of tables) {
    const where = `${file} #${table.id}`;
    const header = (id: string): Element | undefined => [...table.querySelectorAll("th")].find((th) => th.id === id);
    for (const th of table.querySelectorAll("thead th"))
      if (th.getAttribute("scope") !== "col" || !th.id)
        wrong.push(`${where}: column header "${th.textContent?.trim()}" without scope="col" and an id`);
    for (const tr of table.querySelectorAll("tbody tr, tfoot tr")) {
      const rowHead = tr.querySelector("th");
      if (rowHead?.getAttribute("scope") !== "row" || !rowHead.id)
        wrong.push(`${where}: a row without a row header (th scope="row" with an id)`);
      for (const td of tr.querySelectorAll("td")) {
        if (!td.textContent?.trim()) continue;
        const named = (td.getAttribute("headers") ?? "").split(/\s+/).filter(Boolean).map(header);
        const scopes = named.map((th) => th?.getAttribute("scope"));
        if (named.some((th) => !th))
          wrong.push(`${where}: "${td.textContent.trim().slice(0, 30)}" names a header that is not in its table`);
        else if (!scopes.includes("col") || !scopes.includes("row") || !named.includes(rowHead ?? undefined))
          wrong.push(`${where}: "${td.textContent.trim().slice(0, 30)}" does not name its column and its row header`);
      }
    }
  }
  return { tables: tables.length, wrong };
}

describe("action-plan tables", () => {
  it("associate every data cell with its column and its row header, with ids unique on the page", () => {
    const results = pages.map((p) => problems(p.file));
    // Strategy, agency and kecamatan pages carry them: a run that finds none has lost its subject.
    expect(results.reduce((n, r) => n + r.tables, 0)).toBeGreaterThan(0);
    const wrong = results.flatMap((r) => r.wrong);
    expect(wrong.slice(0, 20), `${wrong.length} problems`).toEqual([]);
  }, 120_000);
});
