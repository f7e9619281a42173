import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { loadRegency } from "../../src/lib/data/load.ts";
import { memorySource } from "../../src/lib/data/files.ts";
import { formatReport } from "../../src/lib/data/report.ts";
import { pathOf } from "../../src/lib/routing/paths.ts";
import { watchPage } from "../helpers/browser.ts";
import { siteBrowser } from "../helpers/site-browser.ts";

/**
 * The data check in the browser (/periksa/): a staff member chooses a CSV file
 * and gets the report `npm run check:data` prints for the same files, with the
 * outcome on the report element (data-check-result). The expected report is
 * computed here in Node by the CLI's own functions on the same files: the ones
 * the site publishes under /data/, with the chosen file in place of its
 * published copy. Every request the page makes is recorded: none may leave the
 * site's origin. One page load per case.
 */
const dir = inject("siteDir");
const site = siteBrowser(dir);
const LABEL = "data";

/** The published data files, as the page fetches them: every file of the catalogue that the site publishes. */
function published(): Record<string, Uint8Array> {
  const folder = join(dir, pathOf("data"));
  const catalogue = readFileSync(join(folder, "datapackage.json"));
  const files: Record<string, Uint8Array> = { "datapackage.json": catalogue };
  for (const r of (JSON.parse(catalogue.toString("utf8")) as { resources: { path: string }[] }).resources)
    if (existsSync(join(folder, r.path))) files[r.path] = readFileSync(join(folder, r.path));
  return files;
}

/**
 * What the CLI says about the published files with `file` replaced: its outcome, its report as the page shows it (which
 * sends the reader to the full report below it, not to a command), and the full report (`--verbose`) when it says more.
 */
async function cli(name: string, bytes: Uint8Array): Promise<{ outcome: string; text: string; full: string | null }> {
  const r = await loadRegency(memorySource({ ...published(), [name]: bytes }, LABEL));
  const full = formatReport(r, LABEL, { verbose: true });
  return {
    outcome: !r.ok ? "errors" : r.warnings.length ? "warnings" : "ok",
    text: formatReport(r, LABEL, { fullReport: "below" }),
    full: full === formatReport(r, LABEL) ? null : full,
  };
}

/** The published observations with a decimal comma in the first decimal value (written "11,25", quoted, as a spreadsheet would). */
function withDecimalComma(csv: string): string {
  const lines = csv.split("\r\n");
  const header = lines[0]!.replace(/^\uFEFF/, "").split(",");
  const col = header.indexOf("value");
  expect(col, "observations.csv has a value column").toBeGreaterThanOrEqual(0);
  // A row whose cells up to the value hold no quotes, so splitting at commas finds the value (later cells may be quoted).
  const plainUpTo = (l: string) =>
    !l
      .split(",")
      .slice(0, col + 1)
      .join(",")
      .includes('"');
  const row = lines.findIndex((l, i) => i > 0 && plainUpTo(l) && /^\d+\.\d+$/.test(l.split(",")[col] ?? ""));
  expect(row, "a row with a decimal value").toBeGreaterThan(0);
  const cells = lines[row]!.split(",");
  cells[col] = `"${cells[col]!.replace(".", ",")}"`;
  lines[row] = cells.join(",");
  return lines.join("\r\n");
}

/** Opens the checker (then cuts the network when `offline`), chooses `file`, and returns the report element's outcome and text, and every address requested. */
async function check(
  path: string,
  file: { name: string; bytes: Uint8Array },
  offline = false,
): Promise<{ outcome: string | null; text: string; full: string | null; requests: string[]; problems: string[] }> {
  const page: Page = await site.browser.newPage();
  const requests: string[] = [];
  page.on("request", (r) => void requests.push(r.url()));
  const problems = watchPage(page, site.server.origin);
  try {
    // Offline once loaded: the published files are fetched when the page loads, and kept.
    await page.goto(`${site.server.origin}${path}`, { waitUntil: offline ? "networkidle" : "load" });
    if (offline) await page.context().setOffline(true);
    await page
      .locator("[data-checker] input[type=file]")
      .setInputFiles({ name: file.name, mimeType: "text/csv", buffer: Buffer.from(file.bytes) });
    const report = page.locator("[data-report][data-check-result]");
    await report.waitFor({ state: "visible", timeout: 30_000 });
    const outcome = await report.getAttribute("data-check-result");
    const text = await report.evaluate((el) => el.textContent ?? "");
    const details = page.locator("[data-report-full]");
    const full = (await details.isHidden()) ? null : await details.locator("pre").evaluate((el) => el.textContent ?? "");
    problems.stop();
    const found = [...problems.console, ...problems.failed, ...problems.foreign, ...problems.dialogs];
    return { outcome, text, full, requests, problems: found };
  } finally {
    await page.close();
  }
}

describe("the data check in the browser", () => {
  const observations = (): { path: string; text: string } => {
    const catalogue = JSON.parse(readFileSync(join(dir, pathOf("data"), "datapackage.json"), "utf8")) as {
      resources: { name: string; path: string }[];
    };
    const path = catalogue.resources.find((r) => r.name === "observations")!.path;
    return { path, text: readFileSync(join(dir, pathOf("data"), path), "utf8") };
  };

  it("reports a decimal comma as the CLI does, with errors on the report, and asks nothing of another origin", async () => {
    const { path, text } = observations();
    const bytes = new TextEncoder().encode(withDecimalComma(text));
    const expected = await cli(path, bytes);
    expect(expected.outcome).toBe("errors");
    const got = await check(`/${pathOf("check")}`, { name: path.split("/").pop()!, bytes });
    expect(got.problems).toEqual([]);
    expect(got.outcome).toBe("errors");
    expect(got.text).toBe(expected.text);
    expect(got.full).toBe(expected.full);
    expect(got.text).not.toContain("npm run");
    expect(got.text).toMatch(/Harus berupa angka[\s\S]*Must be a number/);
    expect(got.requests.length).toBeGreaterThan(0);
    expect(got.requests.filter((u) => !u.startsWith(`${site.server.origin}/`))).toEqual([]);
  }, 60_000);

  it("passes a good file as the CLI does (ok or warnings), on the English page, offline once loaded", async () => {
    const { path, text } = observations();
    const bytes = new TextEncoder().encode(text);
    const expected = await cli(path, bytes);
    expect(expected.outcome).not.toBe("errors");
    const got = await check(`/en/${pathOf("check")}`, { name: path.split("/").pop()!, bytes }, true);
    expect(got.problems).toEqual([]);
    expect(got.outcome).toBe(expected.outcome);
    expect(got.text).toBe(expected.text);
    expect(got.full).toBe(expected.full);
    // A short report never sends a reader in the browser to a command they cannot run.
    expect(got.text).not.toContain("npm run");
    expect(got.requests.filter((u) => !u.startsWith(`${site.server.origin}/`))).toEqual([]);
  }, 60_000);
});
