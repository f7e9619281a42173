import { describe, expect, it } from "vitest";
import { chartState } from "../../src/lib/charts/catalog.ts";
import { citations } from "../../src/lib/charts/citation.ts";
import { chartId } from "../../src/lib/charts/ids.ts";
import { chartFile } from "../../src/lib/charts/downloads.ts";
import { chartPageView } from "../../src/lib/charts/page.ts";
import { chartHashes, NO_PINNING, pinCharts, type Pinning } from "../../src/lib/charts/pinned.ts";
import { pinnedChartRoutes, pinnedFileRoutes } from "../../src/lib/charts/routes.ts";
import { chartVersions, liveVersion, pinnedIn, revisedBy, type ReleaseHashes } from "../../src/lib/charts/versions.ts";
import type { Model } from "../../src/lib/data/types.ts";
import { poverty } from "./cases.ts";
import { makeModel } from "./model.ts";

/**
 * Pinned chart versions: which release freezes a copy of which chart
 * (versions.ts, pure), and what the pinned and the live chart pages say
 * about them (page.ts), over small models built in code. Every number is invented.
 */
const release = (version: string, date: string, hashes: Record<string, string>): ReleaseHashes => ({
  release: { version, date },
  hashes: new Map(Object.entries(hashes)),
});

describe("the version list of each chart", () => {
  const r1 = release("2026.1", "2026-03-01", { a: "h1", b: "h2" });

  it("pins every chart in the first release", () => {
    expect(Object.fromEntries(chartVersions([r1]))).toEqual({
      a: [{ version: "2026.1", date: "2026-03-01", hash: "h1" }],
      b: [{ version: "2026.1", date: "2026-03-01", hash: "h2" }],
    });
  });

  it("does not copy a chart whose data did not change, and gives a changed chart a new version", () => {
    const versions = chartVersions([r1, release("2026.2", "2026-08-01", { a: "h1", b: "h3" })]);
    expect(versions.get("a")!.map((v) => v.version)).toEqual(["2026.1"]);
    expect(versions.get("b")!.map((v) => v.version)).toEqual(["2026.1", "2026.2"]);
    expect(pinnedIn(versions, "2026.2")).toEqual(["b"]);
  });

  it("gives a chart that left a release and came back a new version, and one that appears later its first", () => {
    const versions = chartVersions([
      r1,
      release("2026.2", "2026-08-01", { b: "h2" }),
      release("2027.1", "2027-03-01", { a: "h1", b: "h2", c: "h4" }),
    ]);
    expect(versions.get("a")!.map((v) => v.version)).toEqual(["2026.1", "2027.1"]);
    expect(versions.get("b")!.map((v) => v.version)).toEqual(["2026.1"]);
    expect(versions.get("c")!.map((v) => v.version)).toEqual(["2027.1"]);
  });

  it("names the release that later revised a version", () => {
    const list = chartVersions([r1, release("2026.2", "2026-08-01", { a: "h9" })]).get("a")!;
    expect(revisedBy(list, "2026.1")?.version).toBe("2026.2");
    expect(revisedBy(list, "2026.2")).toBeUndefined();
  });

  it("offers the live chart's pinned version only when its current data are those of the latest release", () => {
    const list = chartVersions([r1]).get("a")!;
    expect(liveVersion(list, "h1", "h1")?.version).toBe("2026.1");
    expect(liveVersion(list, "h1", "changed")).toBeUndefined();
    expect(liveVersion(undefined, undefined, "new chart")).toBeUndefined();
  });
});

/** The poverty rate and a second indicator; `p0` of 2024 as given, so a revision changes one chart only. */
const place = (p0: number): Model =>
  makeModel({
    indicators: [{ id: "p0" }, { id: "tpt" }],
    observations: [
      { area: "73.22", indicator: "p0", year: 2023, value: 12.66, period: "march" },
      { area: "73.22", indicator: "p0", year: 2024, value: p0, period: "march" },
      { area: "73.22", indicator: "tpt", year: 2023, value: 4.1 },
      { area: "73.22", indicator: "tpt", year: 2024, value: 3.9 },
    ],
  });

describe("pinning the charts of two releases with a revised value", async () => {
  const models: Record<string, Model> = { "2026.1": place(11.24), "2026.2": place(11.31) };
  const pinning: Pinning = await pinCharts(
    [
      { version: "2026.1", date: "2026-03-01" },
      { version: "2026.2", date: "2026-08-01" },
    ],
    async (v) => models[v]!,
  );
  const p0 = chartId.trend("p0");
  const tpt = chartId.trend("tpt");
  const site = "https://lentera.example/";
  const changes = (_: string, version: string) => `/pembaruan/#rilis-${version}`;

  it("copies the revised chart again and the unchanged one not", () => {
    expect(pinning.versions.get(p0)!.map((v) => v.version)).toEqual(["2026.1", "2026.2"]);
    expect(pinning.versions.get(tpt)!.map((v) => v.version)).toEqual(["2026.1"]);
    expect(pinning.pinned.get("2026.2")).toEqual([p0]);
  });

  it("routes a page and three files per pinned chart and language, with the version in the file names", () => {
    const pages = pinnedChartRoutes(pinning).map((r) => `${r.params.locale ?? "id"} ${r.params.version} ${r.params.id}`);
    expect(pages.filter((p) => p.startsWith("id "))).toEqual([
      ...pinning.pinned.get("2026.1")!.map((id) => `id 2026.1 ${id}`),
      `id 2026.2 ${p0}`,
    ]);
    expect(
      pinnedFileRoutes(pinning)
        .filter((r) => r.params.version === "2026.2" && r.props.locale === "en")
        .map((r) => r.params.file),
    ).toEqual(["csv", "svg", "png"].map((kind) => `lentera-tren-p0-2026.2-en.${kind}`));
  });

  it("keeps the first release's pinned figure and files the same when a later release revises it", async () => {
    const alone = await pinCharts([{ version: "2026.1", date: "2026-03-01" }], async (v) => models[v]!);
    for (const locale of ["id", "en"] as const) {
      // The page's figure, definitions, sources, citations and downloads; only its notice may add that a later release revised it.
      const page = (p: Pinning) => {
        const { notice: _notice, ...rest } = chartPageView(p.model("2026.1"), p0, locale, site, {
          pinning: p,
          current: models["2026.2"]!,
          release: p.releases[0]!,
          changes,
        });
        return JSON.stringify({ rest, state: chartState(p.model("2026.1"), p0, locale) });
      };
      expect(page(pinning)).toBe(page(alone));
      for (const kind of ["csv", "svg"] as const) {
        const file = async (p: Pinning) =>
          (await chartFile(p.model("2026.1"), p0, locale, kind, site, { version: "2026.1", order: p.pinned.get("2026.1") ?? [] })).body;
        expect(await file(pinning)).toBe(await file(alone));
      }
    }
  });

  it("the pinned page of the first release shows its old value, says which release it is, links to the latest and to the revision", () => {
    const r1 = pinning.releases[0]!;
    const view = chartPageView(pinning.model("2026.1"), p0, "id", site, { pinning, current: models["2026.2"]!, release: r1, changes });
    expect(chartState(pinning.model("2026.1"), p0, "id").table.rows.some((r) => Object.values(r.cells).includes(11.24))).toBe(true);
    expect(view.url).toBe("https://lentera.example/rilis/2026.1/grafik/tren-p0/");
    expect(view.notice?.text).toBe("Halaman ini menampilkan grafik dengan data rilis 2026.1 (1 Maret 2026) dan tidak akan berubah.");
    expect(view.notice?.latest).toEqual({ href: "/grafik/tren-p0/", label: "Lihat versi terbaru" });
    expect(view.notice?.revised).toEqual({
      text: "Data grafik ini kemudian direvisi pada rilis 2026.2 (1 Agustus 2026).",
      change: { href: "/pembaruan/#rilis-2026.2", label: "Lihat perubahannya" },
    });
    expect(view.downloads.map((d) => d.href)).toContain("/rilis/2026.1/grafik/tren-p0/lentera-tren-p0-2026.1-id.csv");
    expect(view.citations.indonesian).toContain("[grafik, rilis 2026.1]. Lentera. https://lentera.example/rilis/2026.1/grafik/tren-p0/");
  });

  it("a pinned page whose chart is still current has no revision line", () => {
    const view = chartPageView(pinning.model("2026.1"), tpt, "en", site, {
      pinning,
      current: models["2026.2"]!,
      release: pinning.releases[0]!,
    });
    expect(view.notice?.revised).toBeUndefined();
    expect(view.notice?.latest).toEqual({ href: "/en/grafik/tren-tpt/", label: "See the latest version" });
    expect(view.subject?.href).toBe("/en/indikator/tpt/");
  });

  it("a pinned page whose chart is no longer published says so and leads to the list of charts", () => {
    const view = chartPageView(pinning.model("2026.1"), tpt, "id", site, { pinning, current: makeModel(), release: pinning.releases[0]! });
    expect(view.notice?.gone).toBe("Grafik ini tidak lagi diterbitkan dengan data terkini.");
    expect(view.notice?.latest).toEqual({ href: "/grafik/", label: "Semua grafik" });
    // Its indicator is gone from the site too: named, not linked.
    expect(view.subject).toBeUndefined();
    expect(view.definitions.map((d) => d.href)).toEqual([undefined]);
  });

  it("the live page says in which release its data last changed, lists the pinned versions and offers the pinned address beside the live one", () => {
    const view = chartPageView(models["2026.2"]!, p0, "en", site, { pinning, current: models["2026.2"]! });
    expect(view.history?.status).toBe("This chart's data last changed in release 2026.2 (1 August 2026).");
    expect(view.history?.versions).toEqual([
      { href: "/en/rilis/2026.2/grafik/tren-p0/", label: "Release 2026.2, 1 August 2026" },
      { href: "/en/rilis/2026.1/grafik/tren-p0/", label: "Release 2026.1, 1 March 2026" },
    ]);
    expect(view.fixed?.url).toBe("https://lentera.example/en/rilis/2026.2/grafik/tren-p0/");
    expect(view.fixed?.citations.apa).toContain(
      "(Version 2026.2) [Chart]. Lentera. Retrieved 1 August 2026, from https://lentera.example/en/rilis/2026.2/grafik/tren-p0/",
    );
    expect(view.fixed?.snippet).toContain('src="https://lentera.example/en/rilis/2026.2/grafik/tren-p0/embed/"');
    expect(view.citations.apa).toContain("from https://lentera.example/en/grafik/tren-p0/");
    expect(view.snippet).toContain('src="https://lentera.example/en/grafik/tren-p0/embed/"');
  });

  it("the live page of data changed since the latest release says so and offers only the live address", () => {
    const view = chartPageView(place(11.5), p0, "id", site, { pinning, current: place(11.5) });
    expect(view.history?.status).toBe("Data terkini grafik ini belum dirilis: alamat tetapnya ada setelah rilis berikutnya.");
    expect(view.history?.versions).toHaveLength(2);
    expect(view.fixed).toBeUndefined();
  });

  it("without any release the live page says the data are not yet released", () => {
    const m = place(11.24);
    const view = chartPageView(m, p0, "id", site, { pinning: NO_PINNING, current: m });
    expect(view.history).toEqual({
      title: "Versi grafik ini",
      status: "Data situs ini belum dirilis: grafik ini belum punya alamat tetap.",
      listLabel: "Versi tetap, masing-masing dengan data rilisnya:",
      versions: [],
    });
    expect(view.fixed).toBeUndefined();
  });

  it("hashes a chart by its data: the same data in another model object give the same hash", () => {
    expect(chartHashes(place(11.24)).get(p0)).toBe(chartHashes(models["2026.1"]!).get(p0));
    expect(chartHashes(place(11.24)).get(p0)).not.toBe(chartHashes(models["2026.2"]!).get(p0));
  });
});

describe("the citation of a pinned version", () => {
  it("names the release in the Indonesian style, APA and BibTeX, at its pinned address", () => {
    const m = poverty();
    const url = "https://lentera.example/rilis/2026.1/grafik/tren-p0/";
    const c = citations(m, chartState(m, chartId.trend("p0"), "id"), url, "2026-03-01", "2026.1");
    expect(c.indonesian).toBe(
      `TKPK Kabupaten Luwu Utara. 2026. “Persentase penduduk miskin, Luwu Utara” [grafik, rilis 2026.1]. Lentera. ${url} (diakses 1 Maret 2026). Data: Badan Pusat Statistik (BPS), dikutip dari Penerbit A.`,
    );
    expect(c.apa).toBe(
      `TKPK Kabupaten Luwu Utara. (2026). Persentase penduduk miskin, Luwu Utara (Versi 2026.1) [Grafik]. Lentera. Diakses 1 Maret 2026, dari ${url}`,
    );
    expect(c.bibtex.split("\n").slice(0, 5)).toEqual([
      "@misc{lentera-tren-p0-2026.1,",
      "  author = {{TKPK Kabupaten Luwu Utara}},",
      "  title = {{Persentase penduduk miskin, Luwu Utara}},",
      "  year = {2026},",
      "  version = {2026.1},",
    ]);
  });
});
