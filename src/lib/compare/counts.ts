import type { Unit } from "../data/types.ts";

/**
 * Counts (people, houses, families, area) add up: the regency figure is the
 * sum of its kecamatan, so it is no yardstick for one kecamatan. It is not
 * drawn as a reference line, and a kecamatan is described as a share of it
 * rather than a multiple. Rates and averages are compared directly. Which
 * units add up is the catalogue's (`additive` in the categories of
 * `indicators.unit`).
 */
export const isCount = (unit: Unit): boolean => unit.additive;
