import { built } from "./site-builds.ts";

/**
 * Setup file of the "site" test project: every site and browser suite reads
 * the main build, so each waits here until it is written (and fails with the
 * build's output when it could not be).
 */
await built("main");
