/**
 * String post-processing of the SVG that Plot writes, so that the markup is
 * allowed by the site's Content-Security-Policy, deterministic whatever the
 * order charts are rendered in, small, and unique when several charts share a
 * page. Pure functions on strings; render.ts applies them in order.
 */

/**
 * Plot asks for tabular figures (numbers in a column line up) by writing
 * font-variant="tabular-nums" on axis and text groups, but that is not a value
 * the SVG font-variant attribute allows. render.ts replaces the attribute by
 * this class, and the stylesheet gives the class tabular figures: charts.css on
 * the pages, TABULAR_CSS in the <style> of the standalone file.
 */
export const TABULAR_CLASS = "chart-tnum";
export const TABULAR_CSS = `.${TABULAR_CLASS}{font-variant-numeric:tabular-nums}`;

/** Plot's own <style> element and every style="" attribute: the CSP forbids both; charts.css carries the rules. */
export function stripStyles(svg: string): string {
  return svg.replace(/<style>[\s\S]*?<\/style>/g, "").replace(/\sstyle="[^"]*"/g, "");
}

/**
 * Plot labels mark groups for screen readers (aria-label="line") and, with the
 * ariaLabel channel, each shape. Inside an svg with role="img" none is read;
 * in a map (role="group") only its links are, and ARIA forbids a name on a
 * plain <g> or <path>. So a shape's label moves to the <a> around it, which
 * needs it, and every other aria attribute below the root goes.
 */
export function stripGroupAria(svg: string): string {
  return svg
    .replace(
      /<a\b([^>]*)><(path|circle|rect|text)\b([^>]*?)\saria-label="([^"]*)"/g,
      (_, a: string, tag: string, attrs: string, label: string) => `<a${a} aria-label="${label}"><${tag}${attrs}`,
    )
    .replace(/<(?!a\b|svg\b)([a-zA-Z]+)\b([^>]*)>/g, (m, tag: string, attrs: string) =>
      attrs.includes("aria-") ? `<${tag}${attrs.replace(/\saria-[a-z]+="[^"]*"/g, "")}>` : m,
    );
}

/**
 * Plot numbers clip paths and patterns with global counters (plot-clip-7), so
 * the same chart would differ between builds that render in another order.
 * Every id becomes `<prefix>-<n>`, numbered in document order, and every
 * reference to it follows.
 */
export function renumberIds(svg: string, prefix: string): string {
  const ids = new Map<string, string>();
  for (const m of svg.matchAll(/\sid="([^"]+)"/g)) if (!ids.has(m[1]!)) ids.set(m[1]!, `${prefix}-${ids.size + 1}`);
  if (!ids.size) return svg;
  return svg
    .replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${ids.get(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (m, id: string) => (ids.has(id) ? `url(#${ids.get(id)})` : m))
    .replace(/href="#([^"]+)"/g, (m, id: string) => (ids.has(id) ? `href="#${ids.get(id)}"` : m));
}

const GEOMETRY = /\s(d|transform|x|y|x1|x2|y1|y2|cx|cy|r|width|height|points|viewBox|dx|dy|stroke-width)="([^"]*)"/g;

/** One decimal is a tenth of a pixel at the design width: invisible, and it halves the bytes of paths. */
export function roundNumber(value: number): string {
  const r = Math.round(value * 10) / 10;
  return Object.is(r, -0) ? "0" : String(r);
}

/** Rounds every number in geometry attributes (never in text, where numbers are data). */
export function roundGeometry(svg: string): string {
  return svg.replace(
    GEOMETRY,
    (_, name: string, value: string) =>
      ` ${name}="${value.replace(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?(?![\d.]|em)/gi, (n) => roundNumber(Number(n)))}"`,
  );
}

/** Writes tenths of a pixel as a short number: 12 -> "1.2", -5 -> "-.5", 30 -> "3". */
function tenths(n: number): string {
  const sign = n < 0 ? "-" : "";
  const a = Math.abs(n);
  const whole = Math.floor(a / 10);
  const frac = a % 10;
  return `${sign}${whole || !frac ? whole : ""}${frac ? `.${frac}` : ""}`;
}

/** Joins path numbers with as few separators as SVG allows: "1.2-3.4.5". */
function joinNumbers(numbers: readonly string[]): string {
  let out = "";
  let last = "";
  for (const n of numbers) {
    const bare = n.startsWith("-") || (n.startsWith(".") && last.includes("."));
    out += out && !bare ? `,${n}` : n;
    last = n;
  }
  return out;
}

/**
 * A path of straight lines (M, L, Z only: every line, area outline and map
 * area Plot draws) rewritten with relative moves between points rounded to a
 * tenth of a pixel, dropping points that do not move. Map areas shrink to
 * about half. Other paths are left to roundGeometry.
 */
export function compactPath(d: string): string {
  if (!/^[MLZ\d.,\s+\-e]*$/.test(d)) return d;
  const out: string[] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let pending: string[] = [];
  const flush = (): void => {
    if (pending.length) out.push(`l${joinNumbers(pending)}`);
    pending = [];
  };
  for (const [, cmd, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    const nums = (args!.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? []).map((n) => Math.round(Number(n) * 10));
    if (cmd === "Z") {
      flush();
      out.push("z");
      x = startX;
      y = startY;
      continue;
    }
    for (let i = 0; i + 1 < nums.length; i += 2) {
      const nx = nums[i]!;
      const ny = nums[i + 1]!;
      if (cmd === "M" && i === 0) {
        flush();
        out.push(`M${joinNumbers([tenths(nx), tenths(ny)])}`);
        startX = nx;
        startY = ny;
      } else if (nx !== x || ny !== y) pending.push(tenths(nx - x), tenths(ny - y));
      x = nx;
      y = ny;
    }
  }
  flush();
  return out.join("");
}

export function compactPaths(svg: string): string {
  return svg.replace(/\sd="([^"]*)"/g, (_, d: string) => ` d="${compactPath(d)}"`);
}

export interface RootAttributes {
  readonly className: string;
  readonly role: "img" | "group";
  readonly labelledBy?: string;
  readonly describedBy?: string;
  readonly label?: string;
  readonly xmlns?: boolean;
}

const escapeAttr = (s: string): string => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Replaces the root <svg …> tag: keeps the drawing defaults Plot sets, adds the class and the accessible name. */
export function setRoot(svg: string, a: RootAttributes): string {
  return svg.replace(/^<svg\b([^>]*)>/, (_, attrs: string) => {
    const keep = [...attrs.matchAll(/\s(viewBox|width|height|fill|font-size|font-family|text-anchor)="([^"]*)"/g)]
      .sort((x, y) => ORDER.indexOf(x[1]!) - ORDER.indexOf(y[1]!))
      .map((m) => ` ${m[1]}="${m[2]}"`)
      .join("");
    const extra = [
      a.xmlns ? ` xmlns="http://www.w3.org/2000/svg"` : "",
      ` class="${a.className}"`,
      ` role="${a.role}"`,
      a.labelledBy ? ` aria-labelledby="${a.labelledBy}"` : "",
      a.label ? ` aria-label="${escapeAttr(a.label)}"` : "",
      a.describedBy ? ` aria-describedby="${a.describedBy}"` : "",
    ].join("");
    return `<svg${extra}${keep}>`;
  });
}
const ORDER = ["viewBox", "width", "height", "fill", "font-size", "font-family", "text-anchor"];

/**
 * linkedom writes attribute values with only `"` escaped; text from the data
 * (a kecamatan name in a link's accessible name) could then hold a raw `<` or
 * `&`, which an XML reader of the standalone SVG rejects and which is
 * ambiguous in HTML. Every value is escaped fully.
 */
export function escapeAttributes(svg: string): string {
  return svg.replace(
    /(\s[\w:-]+)="([^"]*)"/g,
    (_, name: string, value: string) => `${name}="${escapeAttr(value.replace(/&quot;/g, '"'))}"`,
  );
}

/** All the steps, in order. */
export function postProcess(svg: string, prefix: string, root: RootAttributes): string {
  let out = stripGroupAria(escapeAttributes(stripStyles(svg)));
  out = renumberIds(out, prefix);
  out = compactPaths(out);
  out = roundGeometry(out);
  return setRoot(out, root);
}

/**
 * Makes every id of an already processed SVG unique again when the same chart
 * appears twice on one page: ids and references that start with `prefix-`
 * get a suffix.
 */
export function suffixIds(html: string, prefix: string, suffix: string): string {
  const p = prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return html.replace(
    new RegExp(`(id="|url\\(#|href="#|aria-labelledby="|aria-describedby="|for=")(${p}[^"\\s)]*)`, "g"),
    (_, a: string, id: string) => `${a}${id}${suffix}`,
  );
}
