/**
 * Comparisons, in one place: which period a series is read in, which year the
 * kecamatan are compared in, their values and ranks, which indicators are
 * counts, and the plain words for a kecamatan beside the regency. Every page,
 * chart, sentence and preview card takes these answers from here, so a number
 * or a rank shown twice is the same number.
 */
export { isCount } from "./counts.ts";
export { comparableIndicators, comparisonYear, kecamatanComparison, type KecamatanComparison } from "./kecamatan.ts";
export { mainGroup, mainSeries, pointsIn, yearValue, type PeriodGroup, type Point } from "./period.ts";
export { latestOf, seriesOf } from "./series.ts";
export { compareToRegency, rankRule, rankSentence, rankShort } from "./phrase.ts";
export { byRank, rankAll, type Rank } from "./rank.ts";
