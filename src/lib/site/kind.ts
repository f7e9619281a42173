import { useTranslations } from "../../i18n/index.ts";
import type { Indicator, Locale, Observation } from "../data/types.ts";

/**
 * What kind of number a value is, said on every figure and table that shows it:
 * a statistical estimate, an administrative count, a census count, a
 * geographic measure, or sample data. Sample overrides the indicator's kind,
 * because an invented number is first of all invented; provisional and
 * estimate statuses are added after it.
 */
export function kindLabel(indicator: Pick<Indicator, "kind">, status: Observation["status"] | undefined, locale: Locale): string {
  const t = useTranslations(locale);
  if (status === "sample") return t("kind.sample");
  const kind = t(`kind.${indicator.kind}`);
  return status === "provisional" ? `${kind} · ${t("status.provisional")}` : kind;
}

/** True when any of the observations is sample data, so the figure or table needs the sample mark. */
export const anySample = (rows: readonly Pick<Observation, "status">[]): boolean => rows.some((o) => o.status === "sample");
