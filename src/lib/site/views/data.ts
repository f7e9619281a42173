import { useTranslations } from "../../../i18n/index.ts";
import { placeWords, type PlaceWords } from "../../place.ts";
import type { Locale, Model } from "../../data/types.ts";
import { formatDate, formatNumber } from "../../format.ts";
import { csvPath, jsonPath } from "../export.ts";
import { fill } from "../../../i18n/fill.ts";
import type { RawFiles } from "../model.ts";
import { home, sampleNotice, type Crumb } from "./common.ts";
import { pathOf, releaseZipPath } from "../../routing/paths.ts";
import { NO_RELEASES, type ReleaseHistory } from "../../releases/history.ts";
import { releaseStatus } from "./updates.ts";

/** The data page: every table to download, the catalogue, the boundaries, the licences. */
export interface DataView {
  /** Words for the place ({place}, {placeWord}, {PlaceWord}), for the UI strings that speak of it. */
  readonly place: PlaceWords;
  readonly title: string;
  readonly description: string;
  readonly crumbs: readonly Crumb[];
  readonly tables: readonly {
    readonly name: string;
    readonly title: string;
    readonly rows: string;
    readonly sample: string | undefined;
    readonly csv: string;
    readonly json: string;
    readonly fields: readonly { readonly name: string; readonly type: string; readonly description: string }[];
  }[];
  readonly catalogue: string;
  readonly geo: string | undefined;
  readonly geoLicence: string | undefined;
  readonly sampleNotice: string | undefined;
  /** The credit line of the boundaries, from the settings. */
  readonly boundaryCredit: string | undefined;
  /** Where the data stands against its releases, and each release's zip, newest first. */
  readonly release: {
    readonly status: string;
    readonly zips: readonly { readonly label: string; readonly path: string }[];
    readonly updates: string;
  };
}

export function dataView(model: Model, files: RawFiles, locale: Locale, releases: ReleaseHistory = NO_RELEASES): DataView {
  const t = useTranslations(locale);
  const folder = pathOf("data");
  const tables = model.tables.map((tb) => {
    const sample = tb.rows.filter((r) => r.status === "sample" || r.data_status === "sample").length;
    return {
      name: tb.name,
      title: tb.title,
      rows: formatNumber(tb.rows.length, locale),
      sampleRows: sample,
      sample: sample ? fill(t("data.sampleRows"), { n: formatNumber(sample, locale) }) : undefined,
      csv: csvPath(tb),
      json: jsonPath(tb),
      fields: tb.fields,
    };
  });
  return {
    place: placeWords(model, locale),
    title: t("data.title"),
    description: fill(t("data.description"), { regency: model.regency.name[locale] }),
    crumbs: [home(locale)],
    tables,
    catalogue: `${folder}${files.catalogue}`,
    geo: files.geo && `${folder}${files.geo}`,
    geoLicence: files.geoLicence && `${folder}${files.geoLicence}`,
    sampleNotice: sampleNotice(
      model,
      locale,
      tables.some((tb) => tb.sampleRows > 0),
    ),
    boundaryCredit: model.settings.boundaryCredit?.[locale],
    release: {
      status: releaseStatus(releases, locale),
      zips: [...releases.entries].reverse().map(({ release: r }) => ({
        label: `${fill(t("updates.release"), { version: r.version })} (${formatDate(r.date, locale)})`,
        path: releaseZipPath(r.version),
      })),
      updates: pathOf("updates"),
    },
  };
}
