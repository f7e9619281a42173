/**
 * Stable chart ids: the contract between the chart catalogue, which builds a
 * chart for every id that has data, and the pages, which place figures by id.
 * An id is part of a permalink (/grafik/<id>/), so it never changes once
 * published; it is made from data ids and slugs only.
 *
 * Where each chart appears:
 * - trend(ind):        regency series of an indicator over the years, targets marked, province and
 *                      country as comparison lines where they exist. Home (p0, p1, kemiskinan-ekstrem),
 *                      strategy pages (the strategy's indicators), indicator pages.
 * - ranking(ind):      the 15 kecamatan as sorted bars for the latest year, regency value as a reference
 *                      line. Indicator pages of kecamatan indicators.
 * - map(ind):          choropleth of a kecamatan indicator, latest year, each kecamatan a link. Indicator
 *                      pages; map(headline kecamatan indicator) on the home page.
 * - actionsMap(str):   kecamatan shaded by the number of actions of a strategy located there. Strategy pages;
 *                      actionsMap() without a strategy (all actions) on the home page.
 * - locator(slug):     the regency with one kecamatan highlighted. Kecamatan pages.
 * - profile(slug):     the kecamatan indicators as small multiples of ranked bars, this kecamatan highlighted,
 *                      regency value marked. Kecamatan pages.
 * - kecamatanTrends(slug): small multiples, one panel per indicator with at least two years of values for the
 *                      kecamatan, its series against the regency's (not for counts). Kecamatan pages.
 * - budgetByStrategy():  plan budget per strategy, stacked by funding source. Home.
 * - budgetByAgency(str): plan budget per agency (for one strategy, or all when omitted). Strategy pages.
 * - budgetByFunding(str): plan budget per funding source. Strategy pages.
 * - realisation(str):  realised against planned budget and output, per action of a strategy. Strategy pages.
 * - agencyBudget(agency): an agency's budget and realisation per strategy. Agency pages.
 */
export const chartId = {
  trend: (indicator: string): string => `tren-${indicator}`,
  ranking: (indicator: string): string => `peringkat-${indicator}`,
  map: (indicator: string): string => `peta-${indicator}`,
  actionsMap: (strategy?: string): string => (strategy ? `peta-aksi-${strategy}` : "peta-aksi"),
  locator: (kecamatanSlug: string): string => `lokasi-${kecamatanSlug}`,
  profile: (kecamatanSlug: string): string => `profil-${kecamatanSlug}`,
  kecamatanTrends: (kecamatanSlug: string): string => `tren-kecamatan-${kecamatanSlug}`,
  budgetByStrategy: (): string => "anggaran-per-strategi",
  budgetByAgency: (strategy?: string): string => (strategy ? `anggaran-per-opd-${strategy}` : "anggaran-per-opd"),
  budgetByFunding: (strategy?: string): string => (strategy ? `anggaran-per-sumber-dana-${strategy}` : "anggaran-per-sumber-dana"),
  realisation: (strategy?: string): string => (strategy ? `realisasi-${strategy}` : "realisasi"),
  agencyBudget: (agency: string): string => `anggaran-opd-${agency}`,
} as const;
