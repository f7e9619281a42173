import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HtmlValidate, type Message } from "html-validate";
import { describe, expect, inject, it } from "vitest";
import config from "../../.htmlvalidate.mjs";
import { mapLimit } from "../helpers/browser.ts";
import { sitePages, sweep } from "../helpers/site-pages.ts";

/**
 * The pages of the built site are valid HTML by html-validate's recommended
 * rules (the exceptions, with their reasons, are in .htmlvalidate.mjs): every
 * page, except that of the embed pages and the English chart pages (on a
 * second place, of all its chart pages), one per chart kind is (site-pages.ts,
 * `sweep`).
 */
const dir = inject("siteDir");
const pages = sweep(sitePages(dir), inject("secondPlace"));
const validator = new HtmlValidate(config);

describe("HTML validity", () => {
  it("validates every page (embed and English chart pages: one of each chart kind)", async () => {
    expect(pages.length).toBeGreaterThan(0);
    const problems = await mapLimit(pages, 4, async (p) => {
      const report = await validator.validateString(readFileSync(join(dir, p.file), "utf8"), p.file);
      return report.results.flatMap((r) => r.messages.map((m: Message) => `${p.file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    });
    const all = problems.flat();
    expect(all.slice(0, 40), `${all.length} problems`).toEqual([]);
  }, 600_000);
});
