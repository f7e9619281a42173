import { formatDate } from "../format.ts";
import { SMALL, WIDTH, wrap } from "./layout.ts";
import { TOKENS, resolveColors } from "./palette.ts";
import { TABULAR_CSS } from "./svg.ts";
import { formatAccessed, texts } from "./state/common.ts";
import type { ChartState } from "./types.ts";

/**
 * The chart as a file that stands alone: the inline SVG wrapped with its
 * title, subtitle, the sample-data mark, the source line, the notes and the
 * address of its page, on a white background, colours resolved (there is no
 * page CSS around a downloaded file) and the project's font named first, the
 * one the PNG is drawn with.
 */
export const STANDALONE_FONT = "Source Sans 3";
const PAD = 16;
const TITLE = 22;
const SUB = 15;

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

interface Line {
  readonly text: string;
  readonly size: number;
  readonly weight?: number;
  readonly fill?: string;
}

function block(lines: readonly Line[], y0: number): { svg: string; height: number } {
  let y = y0;
  const out: string[] = [];
  for (const l of lines) {
    y += l.size * 1.3;
    out.push(
      `<text x="${PAD}" y="${y.toFixed(1)}" font-size="${l.size}"${l.weight ? ` font-weight="${l.weight}"` : ""}${l.fill ? ` fill="${l.fill}"` : ""}>${esc(l.text)}</text>`,
    );
  }
  return { svg: out.join(""), height: y - y0 };
}

/** The source line as plain text: "Sumber: Benuanews, “…” (Juli 2024); …; diakses 28 November 2026." */
export function sourceText(state: ChartState): string {
  const { t, f } = texts(state.locale);
  const parts = state.sources.map((s) => `${s.publisher}, “${s.title}”${s.published ? ` (${formatDate(s.published, state.locale)})` : ""}`);
  const shown = parts.length > 4 ? [...parts.slice(0, 3), f("chart.sources.more", { n: parts.length - 3 })] : parts;
  const accessed = formatAccessed(state.sources, state.locale);
  return `${t("chart.source")}: ${shown.join("; ")}${accessed ? `; ${f("chart.accessed", { date: accessed })}` : ""}.`;
}

export function standaloneSvg(state: ChartState, inlineSvg: string, pageUrl: string): string {
  const { t } = texts(state.locale);
  const width = WIDTH + 2 * PAD;
  const textWidth = WIDTH;
  const head: Line[] = [
    ...wrap(state.title, textWidth, TITLE).map((text) => ({ text, size: TITLE, weight: 700 })),
    ...wrap(state.subtitle, textWidth, SUB).map((text) => ({ text, size: SUB, fill: TOKENS.muted.light })),
    ...(state.sample
      ? wrap(`${t("sample.badge").toUpperCase()}: ${t("chart.sample.figure")}`, textWidth, SUB).map((text) => ({
          text,
          size: SUB,
          weight: 700,
          fill: TOKENS.sample.light,
        }))
      : []),
  ];
  const top = block(head, PAD - 4);
  const match = /^<svg\b([^>]*)>([\s\S]*)<\/svg>$/.exec(inlineSvg);
  if (!match) throw new Error("standaloneSvg: the chart is not an <svg> element");
  const attrs = match[1]!;
  const [, , , vh] = (/viewBox="([^"]+)"/.exec(attrs)?.[1] ?? `0 0 ${WIDTH} 300`).split(/\s+/).map(Number) as [
    number,
    number,
    number,
    number,
  ];
  const keep = [...attrs.matchAll(/\s(fill|font-size|text-anchor)="([^"]*)"/g)].map((m) => ` ${m[1]}="${m[2]}"`).join("");
  const chartY = PAD + top.height + 10;
  const foot: Line[] = [
    ...wrap(sourceText(state), textWidth, SMALL).map((text) => ({ text, size: SMALL, fill: TOKENS.muted.light })),
    ...state.notes.flatMap((n) => wrap(n, textWidth, SMALL).map((text) => ({ text, size: SMALL, fill: TOKENS.muted.light }))),
    { text: `${pageUrl} · Lentera`, size: SMALL, fill: TOKENS.main.light },
  ];
  const bottom = block(foot, chartY + vh + 6);
  const height = Math.ceil(chartY + vh + 6 + bottom.height + PAD);
  // Links inside a downloaded file would point nowhere: keep the shapes, drop the <a>.
  const inner = match[2]!.replace(/<a\b[^>]*>/g, "").replace(/<\/a>/g, "");
  return resolveColors(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="'${STANDALONE_FONT}', 'Source Sans Pro', sans-serif" role="img" aria-labelledby="t d">` +
      `<title id="t">${esc(state.title)}</title><desc id="d">${esc(state.sentence)}</desc>` +
      // The one rule the drawing needs from a stylesheet (there is no page around a downloaded file): tabular figures.
      `<style>${TABULAR_CSS}</style>` +
      `<rect width="${width}" height="${height}" fill="${TOKENS.bg.light}"/>` +
      `<g fill="${TOKENS.fg.light}" text-anchor="start">${top.svg}</g>` +
      `<g transform="translate(${PAD},${chartY.toFixed(1)})"${keep}>${inner}</g>` +
      `<g fill="${TOKENS.fg.light}" text-anchor="start">${bottom.svg}</g>` +
      `</svg>\n`,
  );
}
