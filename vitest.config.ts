import { defineConfig } from "vitest/config";
import { PLACE_DATA } from "./test/helpers/place-site.ts";
import SiteSequencer from "./test/helpers/sequencer.ts";

/**
 * Three projects, all run by `npm test`, one after the other:
 * - unit: the data path and its reports, chart specifications and SVG
 *   snapshots, views and sentences, the build script, and the facts of the
 *   bundled data (test/golden/); nothing here needs a built site;
 * - site: suites that read built sites (static HTML checks, the browser
 *   suite). Its global setup starts the builds in the background before the
 *   unit tests run (test/helpers/site-builds.ts), and each site suite waits
 *   for the build it reads.
 * - place: the same site and browser suites (but those about templates) over a second place, an invented
 *   kota made by `npm run new-regency`'s code from test/fixtures/places with
 *   --sample (test/helpers/place-site.global.ts), plus test/place/: proof
 *   that the code serves any kabupaten or kota, not only the bundled one; and
 *   hostile-subpath, over a copy of that place's data with hostile text, built
 *   under a sub-path.
 */
export default defineConfig({
  test: {
    env: { TZ: "UTC", LANG: "C.UTF-8" },
    testTimeout: 30_000,
    sequence: { sequencer: SiteSequencer },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["test/site/**", "test/browser/**", "test/place/**"],
          // The files share one module graph (no file changes another's state: memos are keyed by their input), which halves
          // the project's time: most of it went to importing Plot, d3 and the data path again for every file.
          isolate: false,
          // Not 0: with one worker (a 2-core machine), Vitest runs the files of group 0 after all the other groups.
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: "site",
          include: ["test/site/**/*.test.ts", "test/browser/**/*.test.ts"],
          // The hostile text under a sub-path is built from the second place's data: it runs in "place".
          exclude: ["test/site/hostile-subpath.test.ts"],
          globalSetup: ["test/helpers/build-site.global.ts"],
          setupFiles: ["test/helpers/site-ready.ts"],
          hookTimeout: 900_000,
          // Two suites at a time: a browser suite spends much of its time waiting on Chromium.
          maxWorkers: 2,
          isolate: false,
          sequence: { groupOrder: 2 },
        },
      },
      {
        extends: true,
        test: {
          name: "place",
          // Every site and browser suite that reads the main build, except determinism, which compares it with another build of
          // the bundled data, and the browser suites whose facts belong to the templates and their scripts, not the data: proven once, on
          // the main build (the Tab order and focus styles, the print style sheet and a reader's path through the links, the embed
          // page's frame, the scripts' console with JavaScript on, the data check's page, which runs the same code over whatever
          // files it is given).
          include: ["test/site/**/*.test.ts", "test/browser/**/*.test.ts", "test/place/**/*.test.ts"],
          exclude: [
            "test/site/determinism.test.ts",
            "test/browser/keyboard.test.ts",
            "test/browser/journey.test.ts",
            "test/browser/embed.test.ts",
            "test/browser/pages.test.ts",
            "test/browser/periksa.test.ts",
          ],
          env: { DATA_DIR: PLACE_DATA },
          globalSetup: ["test/helpers/place-site.global.ts"],
          setupFiles: ["test/helpers/site-ready.ts"],
          hookTimeout: 900_000,
          maxWorkers: 2,
          isolate: false,
          sequence: { groupOrder: 3 },
        },
      },
    ],
  },
});
