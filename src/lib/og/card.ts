/**
 * A link-preview card (1200 × 630, the size chat apps and social sites show)
 * as an SVG string: the site and regency, the page title, one key number with
 * what it is, and a sample mark when the number is invented. Pure: text in,
 * SVG out; src/lib/charts/png.ts turns it into a PNG with the bundled font, as it does the charts.
 */
export interface Card {
  /** Above the title: "Lentera · Kabupaten Luwu Utara". */
  readonly kicker: string;
  readonly title: string;
  /** The key number in large type, already formatted ("10,74 %"). */
  readonly value?: string | undefined;
  /** What the number is ("Penduduk miskin, Maret 2025"). */
  readonly label?: string | undefined;
  /** The sample-data mark, when the number is invented. */
  readonly sample?: string | undefined;
  /** Bottom line: the site's address. */
  readonly footer: string;
}

export const WIDTH = 1200;
export const HEIGHT = 630;
const MARGIN = 80;
const FONT = "Source Sans 3";
const INK = "#1b1b1b";
const MUTED = "#4a4a4a";
const ACCENT = "#0a58a8";
const SAMPLE = "#8a4300";

const escapeXml = (s: string): string => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Rough advance widths of Source Sans 3 in em, enough to wrap lines without
 * measuring: narrow letters, wide letters, capitals, digits, everything else.
 */
function emWidth(text: string, bold: boolean): number {
  let w = 0;
  for (const c of text) {
    if (/[ilIjtfr.,:;'’!|()\-\s]/.test(c)) w += 0.28;
    else if (/[mwMW]/.test(c)) w += 0.8;
    else if (/[A-Z]/.test(c)) w += 0.6;
    else if (/[0-9]/.test(c)) w += 0.5;
    else w += 0.5;
  }
  return bold ? w * 1.06 : w;
}

/** Splits text into at most `maxLines` lines that fit `width` px at `size`; the last line ends with "…" if cut. */
export function wrap(text: string, size: number, width: number, maxLines: number, bold = false): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (emWidth(next, bold) * size <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (emWidth(`${last}…`, bold) * size > width && last.includes(" ")) last = last.slice(0, last.lastIndexOf(" "));
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

const text = (x: number, y: number, size: number, fill: string, content: string, weight = 400): string =>
  `<text x="${x}" y="${y}" font-family="${FONT}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(content)}</text>`;

export function cardSvg(card: Card): string {
  const inner = WIDTH - 2 * MARGIN;
  const parts: string[] = [
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<rect width="20" height="${HEIGHT}" fill="${ACCENT}"/>`,
    text(MARGIN, 110, 34, ACCENT, card.kicker, 600),
  ];
  const titleSize = card.value ? 58 : 72;
  const titleLines = wrap(card.title, titleSize, inner, card.value ? 2 : 3, true);
  let y = 110 + 30 + titleSize;
  for (const line of titleLines) {
    parts.push(text(MARGIN, y, titleSize, INK, line, 700));
    y += Math.round(titleSize * 1.15);
  }
  if (card.value) {
    y += 70;
    parts.push(text(MARGIN, y, 110, ACCENT, card.value, 700));
    if (card.label) {
      const labelLines = wrap(card.label, 34, inner, 2);
      labelLines.forEach((l, i) => parts.push(text(MARGIN, y + 52 + i * 42, 34, MUTED, l)));
    }
  }
  if (!card.value && card.label) {
    y += 20;
    wrap(card.label, 36, inner, 3).forEach((l, i) => parts.push(text(MARGIN, y + i * 46, 36, MUTED, l)));
  }
  if (card.sample) {
    const w = Math.round(emWidth(card.sample, true) * 30) + 32;
    parts.push(`<rect x="${WIDTH - MARGIN - w}" y="68" width="${w}" height="54" rx="8" fill="none" stroke="${SAMPLE}" stroke-width="3"/>`);
    parts.push(text(WIDTH - MARGIN - w + 16, 105, 30, SAMPLE, card.sample, 700));
  }
  parts.push(text(MARGIN, HEIGHT - 50, 30, MUTED, card.footer));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${parts.join("")}</svg>`;
}
