import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderedChart } from "../../src/lib/charts/chart.ts";
import { charts } from "../../src/lib/charts/catalog.ts";
import { chartFile, drawAhead } from "../../src/lib/charts/downloads.ts";
import { stats } from "../../src/lib/charts/stats.ts";
import { trends } from "./cases.ts";

/**
 * The PNG route draws the next charts' PNGs while the build waits for one
 * (downloads.ts), but only charts whose embed page this build rendered: in a
 * warm build the others keep their pages and PNGs from the last build, and
 * drawing them ahead would render their SVG for nothing. Counted by the SVG
 * renders (stats.ts), one per chart and language.
 */
const SITE = "https://lentera.example.org";

describe("PNGs drawn ahead", () => {
  const names = ["LENTERA_IMAGE_CACHE", "LENTERA_CHART_CACHE"] as const;
  const saved = names.map((n) => process.env[n]);
  // Without an image cache drawAhead only notes the chart, so every render counted here is a PNG route's; without a
  // chart cache every SVG asked for is drawn.
  beforeEach(() => names.forEach((n) => delete process.env[n]));
  afterEach(() => names.forEach((n, i) => saved[i] !== undefined && (process.env[n] = saved[i])));

  it("are only those of charts whose embed page was rendered", async () => {
    const model = trends();
    const drawn = charts(model)
      .map((e) => e.id)
      .filter((id) => renderedChart(trends(), id, "id").svg);
    expect(drawn.length).toBeGreaterThanOrEqual(4);
    const [first, second, , fourth] = drawn as [string, string, string, string];

    let before = stats.svg;
    await chartFile(model, first, "id", "png", SITE);
    expect(stats.svg - before).toBe(1);

    drawAhead(model, fourth, "id", SITE);
    before = stats.svg;
    await chartFile(model, second, "id", "png", SITE);
    // Its own and the fourth's, drawn ahead; not the third's, whose pages were not rendered.
    expect(stats.svg - before).toBe(2);
  }, 30_000);
});
