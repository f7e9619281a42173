import { readdir } from "node:fs/promises";
import { inline, phrase } from "../../src/i18n/check/index.ts";
import { imageCounts } from "../../src/lib/charts/image-cache.ts";
import { rendered } from "../../src/lib/site/rendered.ts";
import type { Text } from "../../src/lib/data/types.ts";
import { formatNumber } from "../../src/lib/format.ts";

/**
 * What `npm run build` prints while it works: each stage on a line of its own
 * ("[2/4] ..."), and during the pages stage a running count of the pages and
 * images in the folder being built (the staging folder, which starts as a copy
 * of the last site: a page whose key is unchanged stays, one missing is copied
 * in from the cache, a new one is written over the old) and of those rendered
 * and drawn anew. On a terminal the count is one line that updates in place; in
 * a log (CI) a line every half minute.
 */
export const STAGES = ["validate", "pages", "search", "swap"] as const;
export type Stage = (typeof STAGES)[number];

export interface Progress {
  stage(stage: Stage, values?: { folder: string }): void;
  /** Counts the pages and images in `folder` until `stop()`. */
  watch(folder: string): { stop: () => Promise<void> };
}

const TITLES: Readonly<Record<Stage, (folder: string) => Text>> = {
  validate: () => phrase("build.stage.validate"),
  pages: () => phrase("build.stage.pages"),
  search: () => phrase("build.stage.search"),
  swap: (folder) => phrase("build.stage.swap", { folder }),
};

interface Counts {
  pages: number;
  images: number;
}

/** A count as each language writes it: 1.079 pages in Indonesian, 1,079 in English. */
const count = (n: number): Text => ({ id: formatNumber(n, "id"), en: formatNumber(n, "en") });

async function countFiles(folder: string): Promise<Counts> {
  const c = { pages: 0, images: 0 };
  let names: string[];
  try {
    names = await readdir(folder, { recursive: true });
  } catch {
    return c;
  }
  for (const n of names) {
    if (n.endsWith(".html")) c.pages++;
    else if (n.endsWith(".png") || n.endsWith(".svg")) c.images++;
  }
  return c;
}

export function progress(out: NodeJS.WriteStream = process.stdout): Progress {
  const tty = out.isTTY === true;
  const say = (line: string): boolean => out.write(`${line}\n`);
  const line = (c: Counts): string =>
    inline(
      phrase("build.progress", {
        // A page is counted as rendered a moment before Astro writes it: never show fewer pages than rendered.
        pages: count(Math.max(c.pages, rendered.pages)),
        rendered: count(rendered.pages),
        images: count(c.images),
        drawn: count(imageCounts.drawn),
      }),
    );
  return {
    stage(stage, values = { folder: "" }) {
      const i = STAGES.indexOf(stage) + 1;
      say(`[${i}/${STAGES.length}] ${inline(TITLES[stage](values.folder))}`);
    },
    watch(folder) {
      let stopped = false;
      let last = "";
      let lastPrinted = performance.now();
      const tick = async (): Promise<void> => {
        const t0 = performance.now();
        const text = `  ${line(await countFiles(folder))}`;
        // Counting takes time on a large site: wait at least ten times as long as it took.
        const wait = Math.max(tty ? 1000 : 30_000, 10 * (performance.now() - t0));
        if (tty && text !== last) out.write(`\r\x1b[K${text}`);
        else if (!tty && text !== last && performance.now() - lastPrinted >= 30_000) {
          say(text);
          lastPrinted = performance.now();
        }
        last = text;
        if (!stopped) timer = setTimeout(() => void (running = tick()), wait);
      };
      let timer: NodeJS.Timeout = setTimeout(() => void (running = tick()), tty ? 1000 : 30_000);
      let running: Promise<void> = Promise.resolve();
      return {
        async stop() {
          stopped = true;
          clearTimeout(timer);
          await running;
          const text = `  ${line(await countFiles(folder))}`;
          if (tty) out.write(`\r\x1b[K${text}\n`);
          else say(text);
        },
      };
    },
  };
}

/** Prints nothing: for tests and callers that report on their own. */
export const silent: Progress = { stage: () => undefined, watch: () => ({ stop: async () => undefined }) };
