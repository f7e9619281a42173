import { useTranslations } from "../../i18n/index.ts";
import { fill } from "../../i18n/fill.ts";
import type { Locale, Model } from "../data/types.ts";
import type { ReleaseHistory } from "../releases/history.ts";
import { feedPath, fileHref, pageUrl, pathOf, releaseZipPath } from "../routing/paths.ts";
import { buildDate } from "../charts/dates.ts";
import { releaseAnchor, updatesView } from "./views/updates.ts";

/**
 * The Atom feed of releases (RFC 4287), one per language beside the page of
 * updates, so that newsrooms can subscribe: one entry per release, newest
 * first, its id the release's address on the page of updates (stable: it
 * is made of the version), its dates the release date, its summary the note
 * and the counts of what changed.
 */
const escape = (s: string): string => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
const stamp = (date: string) => `${date}T00:00:00Z`;

export function feedXml(model: Model, history: ReleaseHistory, locale: Locale, site: URL | string, base?: string): string {
  const t = useTranslations(locale);
  const page = pageUrl(locale, pathOf("updates"), site, base);
  const view = updatesView(model, history, locale);
  const newest = history.entries.at(-1)?.release.date;
  const entries = view.releases.map((r) => {
    const url = `${page}#${releaseAnchor(r.version)}`;
    const summary = [r.note, r.summary, ...r.counts].join(" ");
    return [
      "<entry>",
      `<title>${escape(fill(t("feed.entry"), { version: r.version, kind: r.kind }))}</title>`,
      `<id>${escape(url)}</id>`,
      `<link rel="alternate" type="text/html" href="${escape(url)}"/>`,
      `<link rel="enclosure" type="application/zip" href="${escape(new URL(fileHref(releaseZipPath(r.version), base), site).href)}"/>`,
      `<published>${stamp(r.isoDate)}</published>`,
      `<updated>${stamp(r.isoDate)}</updated>`,
      `<summary>${escape(summary)}</summary>`,
      "</entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `<title>${escape(fill(t("feed.title"), { regency: model.regency.name[locale] }))}</title>`,
    `<subtitle>${escape(view.description)}</subtitle>`,
    `<id>${escape(page)}</id>`,
    `<link rel="self" type="application/atom+xml" href="${escape(new URL(fileHref(feedPath(locale), base), site).href)}"/>`,
    `<link rel="alternate" type="text/html" href="${escape(page)}"/>`,
    // Without a release, the feed's date is the build date (from the data, never the clock).
    `<updated>${stamp(newest ?? buildDate(model))}</updated>`,
    `<author><name>${escape(model.settings.publisher[locale])}</name></author>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
