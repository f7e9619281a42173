import { describe, expect, it } from "vitest";
import { isSafeUrl } from "../../src/lib/markdown/safe-markdown.ts";

describe("links allowed in narrative Markdown", () => {
  it("keeps web, mail, phone, anchor and relative links", () => {
    for (const url of ["https://bps.go.id/x", "http://example.org", "mailto:tkpk@example.org", "tel:+62", "#bagian", "/kecamatan/seko/", "../data/", "data/"])
      expect(isSafeUrl(url), url).toBe(true);
  });
  it("drops script and data links, whatever their case or spacing", () => {
    for (const url of ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>", "vbscript:x", "file:///etc/passwd"])
      expect(isSafeUrl(url), url).toBe(false);
  });
});
