import { defineConfig } from "vitest/config";

/**
 * Two projects, both run by `npm test`:
 * - unit: the data path, chart specifications and SVG snapshots, formatting;
 * - site: suites that read the built site (static HTML checks, the browser
 *   suite); the bundled data is built once for all of them.
 */
export default defineConfig({
  test: {
    env: { TZ: "UTC", LANG: "C.UTF-8" },
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["test/**/*.test.ts"], exclude: ["test/site/**", "test/browser/**"] },
      },
      {
        extends: true,
        test: {
          name: "site",
          include: ["test/site/**/*.test.ts", "test/browser/**/*.test.ts"],
          globalSetup: ["test/helpers/build-site.global.ts"],
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
