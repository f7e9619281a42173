import type { Model, Observation } from "../data/types.ts";
import { observationsOf } from "../model-index.ts";
import { mainSeries, type PeriodGroup } from "./period.ts";

/**
 * The series of an indicator in an area as every page reads it: its main
 * period, one figure per year, oldest first. "The latest figure" of a series
 * is the last of these, on the home page, the indicator index, the indicator
 * page, the profile facts and the preview cards alike.
 */
export const seriesOf = (model: Model, indicator: string, area: string, group?: PeriodGroup): Observation[] =>
  mainSeries(observationsOf(model, indicator, area), group);

export const latestOf = (model: Model, indicator: string, area: string): Observation | undefined => seriesOf(model, indicator, area).at(-1);
