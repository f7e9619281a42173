import { describe, expect, inject, it } from "vitest";
import { builtFiles, references, unresolved } from "../helpers/links.ts";

/**
 * The one check of the links of the main build: every address in every HTML,
 * CSS and XML file (links, assets, canonical and alternate addresses, preview
 * images, form actions, the sitemap) resolves to a file of the build,
 * fragment included; nothing is loaded from another origin, and links leave
 * the site only for http(s) or mailto addresses. (The sub-path build checks
 * only that its addresses carry the sub-path: hostile-subpath.test.ts.)
 */
const dir = inject("siteDir");

describe("links and assets of the main build", () => {
  it("all resolve, fragments included, and leave the site only for http(s) or mailto", () => {
    const problems = unresolved(dir, "/", "http://localhost:4321");
    expect(problems.slice(0, 50), `${problems.length} problems`).toEqual([]);
  });

  it("were all read: every page's links, the stylesheets' assets, the sitemap's addresses", () => {
    const files = builtFiles(dir);
    const kinds = new Set(
      files.filter((f) => /\.(html|css|xml)$/.test(f)).flatMap((f) => references(dir, f).map((r) => `${f.split(".").pop()} ${r.kind}`)),
    );
    expect([...kinds].sort()).toEqual(expect.arrayContaining(["html asset", "html link", "html meta", "xml sitemap"]));
  });
});
