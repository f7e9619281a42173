import { useTranslations } from "../../i18n/index.ts";
import type { Locale, Model } from "../data/types.ts";
import { formatNumber, formatRupiahShort, formatValue } from "../format.ts";
import { fill } from "../../i18n/fill.ts";
import { actionsOfAgency, actionsOfStrategy } from "../site/query.ts";
import type { PageRoute } from "../routing/routes.ts";
import { pageView } from "../routing/views.ts";
import { statusFlag, when } from "../site/sentences.ts";
import { actionTotals } from "../site/views/actions.ts";
import { regencySeries } from "../site/views/common.ts";
import type { Card } from "./card.ts";
import { placeWords } from "../place.ts";

/**
 * What the preview card of each page says: the page's own title (from the
 * same view the page renders) and, where the page has one, its key number.
 */
export function ogCard(model: Model, route: PageRoute, locale: Locale, footer: string): Card {
  const t = useTranslations(locale);
  const regency = model.regency.name[locale];
  const page = pageView(model, route, locale);
  const base = { kicker: fill(t("og.kicker"), { site: t("site.name"), ...placeWords(model, locale) }), footer, title: page.view.title };
  const sample = t("sample.badge");
  const plan = (actions: Parameters<typeof actionTotals>[0]) => {
    const totals = actionTotals(actions);
    return {
      value: formatRupiahShort(totals.budget, locale),
      label: fill(t("og.planBudget"), { year: model.settings.planYear, n: formatNumber(totals.count, locale) }),
      sample: totals.sample ? sample : undefined,
    };
  };
  switch (page.kind) {
    case "home":
      return { ...base, value: page.view.figure?.value, label: page.view.figure?.label };
    case "strategy-index":
    case "agency-index":
      return { ...base, ...plan(model.actions) };
    case "strategy":
      return { ...base, ...plan(actionsOfStrategy(model, route.id!)) };
    case "agency":
      return { ...base, ...plan(actionsOfAgency(model, route.id!)) };
    case "kecamatan-index":
      return { ...base, value: formatNumber(model.kecamatan.length, locale), label: t("og.kecamatanCount") };
    case "kecamatan": {
      const area = model.areaBySlug[route.id!]!;
      const villages = area.desa === undefined && area.kelurahan === undefined ? undefined : (area.desa ?? 0) + (area.kelurahan ?? 0);
      return {
        ...base,
        value: villages === undefined ? undefined : formatNumber(villages, locale),
        label: villages === undefined ? undefined : t("og.villages"),
      };
    }
    case "indicator": {
      const ind = model.indicatorById[route.id!]!;
      const last = regencySeries(model, ind.id).at(-1);
      return {
        ...base,
        value: last && formatValue(last.value, ind, locale),
        label: last && `${regency}, ${when(last, locale)}${statusFlag(last.status, locale)}`,
        sample: last?.status === "sample" ? sample : undefined,
      };
    }
    case "indicator-index":
    case "method":
    case "check":
    case "guide":
    case "updates":
      return { ...base, label: page.view.description };
    case "data":
      return { ...base, label: t("data.intro") };
    case "about":
      return { ...base, label: t("site.tagline") };
    case "search":
      return { ...base, label: t("search.intro") };
  }
}
