import { useTranslations } from "../../i18n/index.ts";
import type { Locale, Model } from "../data/types.ts";
import { formatNumber, formatRupiahShort, formatValue } from "../format.ts";
import { fill } from "../../i18n/fill.ts";
import { actionsOfAgency, actionsOfStrategy } from "../site/query.ts";
import type { PageRoute } from "../site/routes.ts";
import { statusFlag, when } from "../site/sentences.ts";
import { actionTotals } from "../site/views/actions.ts";
import { regencySeries } from "../site/views/common.ts";
import { homeView } from "../site/views/home.ts";
import { agencyIndexView, indicatorIndexView, kecamatanIndexView, strategyIndexView } from "../site/views/indexes.ts";
import { kecamatanView } from "../site/views/kecamatan.ts";
import { methodView } from "../site/views/method.ts";
import { aboutView, searchView } from "../site/views/pages.ts";
import type { Card } from "./card.ts";

/**
 * What the preview card of each page says: the page's own title (from the
 * same view the page renders) and, where the page has one, its key number.
 */
export function ogCard(model: Model, route: PageRoute, locale: Locale, footer: string): Card {
  const t = useTranslations(locale);
  const regency = model.regency.name[locale];
  const base = { kicker: fill(t("og.kicker"), { site: t("site.name"), regency }), footer };
  const sample = t("sample.badge");
  const plan = (actions: Parameters<typeof actionTotals>[0]) => {
    const totals = actionTotals(actions);
    return { value: formatRupiahShort(totals.budget, locale), label: fill(t("og.planBudget"), { year: model.settings.planYear, n: formatNumber(totals.count, locale) }), sample: totals.sample ? sample : undefined };
  };
  switch (route.kind) {
    case "home": {
      const v = homeView(model, locale);
      return { ...base, title: v.title, value: v.figure?.value, label: v.figure?.label };
    }
    case "strategy-index":
      return { ...base, title: strategyIndexView(model, locale).title, ...plan(model.actions) };
    case "strategy":
      return { ...base, title: model.strategyById[route.id!]!.name[locale], ...plan(actionsOfStrategy(model, route.id!)) };
    case "kecamatan-index":
      return { ...base, title: kecamatanIndexView(model, locale).title, value: formatNumber(model.kecamatan.length, locale), label: t("og.kecamatanCount") };
    case "kecamatan": {
      const area = model.areaBySlug[route.id!]!;
      const villages = area.desa === undefined && area.kelurahan === undefined ? undefined : (area.desa ?? 0) + (area.kelurahan ?? 0);
      return { ...base, title: kecamatanView(model, route.id!, locale).title, value: villages === undefined ? undefined : formatNumber(villages, locale), label: villages === undefined ? undefined : t("og.villages") };
    }
    case "indicator-index":
      return { ...base, title: indicatorIndexView(model, locale).title, label: indicatorIndexView(model, locale).description };
    case "indicator": {
      const ind = model.indicatorById[route.id!]!;
      const last = regencySeries(model, ind.id).at(-1);
      return {
        ...base,
        title: ind.name[locale],
        value: last && formatValue(last.value, ind, locale),
        label: last && `${regency}, ${when(last, locale)}${statusFlag(last.status, locale)}`,
        sample: last?.status === "sample" ? sample : undefined,
      };
    }
    case "agency-index":
      return { ...base, title: agencyIndexView(model, locale).title, ...plan(model.actions) };
    case "agency": {
      const a = model.agencyById[route.id!]!;
      return { ...base, title: a.name[locale], ...plan(actionsOfAgency(model, a.id)) };
    }
    case "data":
      return { ...base, title: t("data.title"), label: t("data.intro") };
    case "method":
      return { ...base, title: methodView(model, locale).title, label: methodView(model, locale).description };
    case "about":
      return { ...base, title: aboutView(model, locale).title, label: t("site.tagline") };
    case "search":
      return { ...base, title: searchView(model, locale).title, label: t("search.intro") };
  }
}

