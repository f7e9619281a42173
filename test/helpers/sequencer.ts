import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Vitest's order (longest or largest files first), except that the suites
 * which wait for a build made after the main one (site-builds.ts: wita,
 * hostile) come last, so no worker sits idle waiting for them while other
 * suites could run.
 */
const LATE = ["test/site/determinism.test.ts", "test/site/hostile-subpath.test.ts"];

export default class SiteSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const late = (s: TestSpecification): number => LATE.findIndex((f) => s.moduleId.endsWith(f));
    return [...sorted.filter((s) => late(s) < 0), ...sorted.filter((s) => late(s) >= 0).sort((a, b) => late(a) - late(b))];
  }
}
