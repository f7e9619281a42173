import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Vitest's order (longest or largest files first), except for the suites that
 * wait for a build made after the main one (site-builds.ts): hostile-subpath,
 * which waits for the hostile build (made last, after the second place's),
 * goes in the middle of its project's suites, so that its wait costs nothing
 * and its own long run overlaps the suites after it instead of ending the run
 * alone; determinism, which waits for wita and takes a second, goes last.
 */
const MIDDLE = "test/site/hostile-subpath.test.ts";
const LAST = "test/site/determinism.test.ts";

export default class SiteSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const is = (s: TestSpecification, f: string): boolean => s.moduleId.endsWith(f);
    const middle = sorted.filter((s) => is(s, MIDDLE));
    const others = sorted.filter((s) => !is(s, MIDDLE) && !is(s, LAST));
    // Halfway through the other suites of its own project (the order holds every project's files).
    const project = middle[0]?.project.name;
    const half = Math.ceil(others.filter((s) => s.project.name === project).length / 2);
    const out: TestSpecification[] = [];
    let seen = 0;
    for (const s of others) {
      if (seen === half && s.project.name === project) out.push(...middle.splice(0));
      out.push(s);
      if (s.project.name === project) seen++;
    }
    return [...out, ...middle, ...sorted.filter((s) => is(s, LAST))];
  }
}
