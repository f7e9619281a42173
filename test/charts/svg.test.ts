import { describe, expect, it } from "vitest";
import {
  compactPath,
  escapeAttributes,
  postProcess,
  stripGroupAria,
  renumberIds,
  roundGeometry,
  stripStyles,
  suffixIds,
} from "../../src/lib/charts/svg.ts";

describe("SVG post-processing", () => {
  it("removes Plot's <style> and every style attribute (the CSP forbids both)", () => {
    const svg =
      '<svg class="plot-d6a7b5"><style>:where(.plot-d6a7b5) { display: block; }</style><g style="color: red" fill="none"><text style="x">a</text></g></svg>';
    expect(stripStyles(svg)).toBe('<svg class="plot-d6a7b5"><g fill="none"><text>a</text></g></svg>');
  });

  it("renumbers generated ids per SVG, with their references, whatever Plot's global counters said", () => {
    const a = '<svg><clipPath id="plot-clip-7"><rect/></clipPath><g clip-path="url(#plot-clip-7)"></g><use href="#plot-clip-7"/></svg>';
    const b = '<svg><clipPath id="plot-clip-42"><rect/></clipPath><g clip-path="url(#plot-clip-42)"></g><use href="#plot-clip-42"/></svg>';
    expect(renumberIds(a, "g-x")).toBe(
      '<svg><clipPath id="g-x-1"><rect/></clipPath><g clip-path="url(#g-x-1)"></g><use href="#g-x-1"/></svg>',
    );
    expect(renumberIds(b, "g-x")).toBe(renumberIds(a, "g-x"));
  });

  it("rounds geometry to a tenth of a pixel but never numbers in text", () => {
    expect(roundGeometry('<text transform="translate(40.04999,228.33333)" y="0.32em">11.24567</text>')).toBe(
      '<text transform="translate(40,228.3)" y="0.32em">11.24567</text>',
    );
    expect(roundGeometry('<line x1="-0.04" x2="1e-12" y1="3.96"/>')).toBe('<line x1="0" x2="0" y1="4"/>');
  });

  it("writes straight-line paths with short relative moves and drops points that do not move", () => {
    expect(compactPath("M10,20L10.04,20.01L15.5,20L15.5,25Z")).toBe("M10,20l5.5,0,0,5z");
    // Halves round up (towards +∞), as Math.round does: -1.25 becomes -1.2.
    expect(compactPath("M0,0L-1.25,2.5L-1.25,2.5L0.5,0.5Z M3,3L4,4Z")).toBe("M0,0l-1.2,2.5,1.7-2zM3,3l1,1z");
    expect(compactPath("M0,0C1,1,2,2,3,3")).toBe("M0,0C1,1,2,2,3,3");
  });

  it("gives the root its class, role and accessible name, keeping Plot's drawing defaults", () => {
    const out = postProcess(
      '<svg viewBox="0 0 10 10" class="plot-d6a7b5" fill="currentColor" width="10" height="10"><g aria-label="line"><path d="M0,0L1,1"/></g></svg>',
      "g-t",
      {
        className: "chart-svg",
        role: "img",
        labelledBy: "g-t-title",
        describedBy: "g-t-desc",
      },
    );
    expect(out).toBe(
      '<svg class="chart-svg" role="img" aria-labelledby="g-t-title" aria-describedby="g-t-desc" viewBox="0 0 10 10" width="10" height="10" fill="currentColor"><g><path d="M0,0l1,1"/></g></svg>',
    );
  });

  it("escapes every attribute value, so text from the data cannot break the markup or an XML reader", () => {
    const raw = '<svg><a href="/k/" aria-label="<script>alert(&quot;x&quot;)</script> & \' >"><text>&lt;b&gt;</text></a></svg>';
    expect(escapeAttributes(raw)).toBe(
      '<svg><a href="/k/" aria-label="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; \' &gt;"><text>&lt;b&gt;</text></a></svg>',
    );
  });

  it("keeps ARIA names only where ARIA allows them: on links, never on plain shapes or groups", () => {
    const map =
      '<svg><g aria-label="geo" fill="red"><a href="/k/a/"><path aria-label="Seko: 34 %" d="M0,0"/></a><path aria-label="Masamba" d="M1,1"/></g><g aria-hidden="true"><text>x</text></g></svg>';
    expect(stripGroupAria(map)).toBe(
      '<svg><g fill="red"><a href="/k/a/" aria-label="Seko: 34 %"><path d="M0,0"/></a><path d="M1,1"/></g><g><text>x</text></g></svg>',
    );
  });

  it("makes ids unique again when a chart appears twice on a page", () => {
    const html =
      '<h2 id="g-a-title">T</h2><svg aria-labelledby="g-a-title"><clipPath id="g-a-1"/><g clip-path="url(#g-a-1)"/></svg><p id="g-ab-desc"></p>';
    expect(suffixIds(html, "g-a-", "-2")).toBe(
      '<h2 id="g-a-title-2">T</h2><svg aria-labelledby="g-a-title-2"><clipPath id="g-a-1-2"/><g clip-path="url(#g-a-1-2)"/></svg><p id="g-ab-desc"></p>',
    );
  });
});
