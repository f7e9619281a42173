import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The browser suites share one built site (see test/browser/setup.ts); unit suites run in parallel.
    testTimeout: 30_000,
    hookTimeout: 300_000,
    env: { TZ: "UTC", LANG: "C.UTF-8" },
  },
});
