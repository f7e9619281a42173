import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, inject, it } from "vitest";
import { chartPath, fileName } from "../../src/lib/charts/files.ts";
import { chartId } from "../../src/lib/charts/ids.ts";
import type { Locale } from "../../src/lib/data/types.ts";
import { href, localePrefix, pathOf } from "../../src/lib/routing/paths.ts";
import { releaseAnchor } from "../../src/lib/site/views/updates.ts";
import { PLACE_RELEASES, PLACE_REVISION } from "../helpers/place-releases.ts";

/**
 * The test kota's pinned chart versions, read from its build: two releases
 * with the kota's poverty rate of 2025 revised between them
 * (place-releases.ts). The pinned page of release 1 keeps the old value and
 * says it was later revised; the live page shows the new value and lists
 * both pinned versions; a chart the revision did not touch has no second copy.
 */
const dir = inject("siteDir");
const [first, second] = PLACE_RELEASES;
const { revised } = PLACE_REVISION;
const p0 = chartId.trend(revised.indicator);
const doc = (locale: Locale, path: string): Document =>
  parseHTML(readFileSync(join(dir, localePrefix(locale), path, "index.html"), "utf8")).document;
const main = (d: Document): string => d.querySelector("main")?.textContent?.replace(/\s+/g, " ") ?? "";
/** The chart's table cells as the page shows them. */
const cells = (d: Document): string[] =>
  [...d.querySelectorAll("figure table td, figure table th")].map((c) => c.textContent?.trim() ?? "");
const idValue = (v: string): string => v.replace(".", ",");

describe("the pinned page of release 1", () => {
  const d = doc("id", chartPath(p0, first.version));

  it("keeps the value it had, not the revised one", () => {
    expect(cells(d)).toContain(idValue(revised.old));
    expect(cells(d)).not.toContain(idValue(revised.new));
  });

  it("says which release it shows, links to the latest version and says it was later revised", () => {
    expect(main(d)).toContain(`data rilis ${first.version} (1 Juni 2026)`);
    expect(d.querySelector('.chart-pinned a[data-kind="latest"]')?.getAttribute("href")).toBe(href("id", chartPath(p0)));
    expect(d.querySelector(".chart-pinned-revised")?.textContent).toContain(`direvisi pada rilis ${second.version}`);
    expect(d.querySelector('.chart-pinned-revised a[data-kind="change"]')?.getAttribute("href")).toBe(
      `${href("id", pathOf("updates"))}#${releaseAnchor(second.version)}`,
    );
  });

  it("offers its own files, named with the version, holding the old value", () => {
    const csv = join(dir, chartPath(p0, first.version), fileName(p0, "id", "csv", first.version));
    expect(readFileSync(csv, "utf8")).toContain(revised.old);
  });
});

describe("the live chart page after release 2", () => {
  const d = doc("en", chartPath(p0));

  it("shows the new value", () => {
    expect(cells(d)).toContain(revised.new);
    expect(cells(d)).not.toContain(revised.old);
  });

  it("says in which release its data last changed and lists both pinned versions", () => {
    expect(d.querySelector(".chart-versions")?.textContent).toContain(`last changed in release ${second.version}`);
    expect([...d.querySelectorAll(".chart-versions li a")].map((a) => a.getAttribute("href"))).toEqual([
      href("en", chartPath(p0, second.version)),
      href("en", chartPath(p0, first.version)),
    ]);
  });

  it("offers the pinned address of release 2 in its citations and embed code, beside the live one", () => {
    expect(d.querySelector("#cite-apa-tetap")?.textContent).toContain(`${href("en", chartPath(p0, second.version))}`);
    expect(d.querySelector("#embed-code-tetap")?.textContent).toContain(`${href("en", chartPath(p0, second.version))}embed/`);
    expect(d.querySelector("#cite-apa")?.textContent).toContain(href("en", chartPath(p0)));
  });
});

describe("a chart the revision did not touch", () => {
  /** The charts pinned in a release: the folders under its pinned chart pages. */
  const pinnedIn = (version: string): string[] => readdirSync(join(dir, dirname(chartPath("any", version))));

  it("is not copied again, and its live page cites its release 1 copy", () => {
    const again = new Set(pinnedIn(second.version));
    const id = pinnedIn(first.version).find((c) => !again.has(c) && existsSync(join(dir, chartPath(c))));
    expect(id).toBeDefined();
    const d = doc("id", chartPath(id!));
    expect(d.querySelector(".chart-versions")?.textContent).toContain(`terakhir berubah pada rilis ${first.version}`);
    expect(d.querySelector("#cite-id-tetap")?.textContent).toContain(href("id", chartPath(id!, first.version)));
  });
});
