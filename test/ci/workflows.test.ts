import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "../helpers/fixtures.ts";

/**
 * The publishing workflows staff rely on (GitHub Actions, GitLab CI) run the
 * README's own commands: they install with `npm ci`, check the data with
 * `npm run check:data` (failing the run on errors) and build with
 * `npm run build`; the published build takes its public address and sub-path
 * from the Pages settings, and every proposed change gets a preview.
 */
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");
const readme = read("README.md");
/** The build cache folder the README documents (scripts/lib/build-site.ts). */
const CACHE = ".lentera/cache";

/** The commands of the README's set-up block: `npm ci && npm run build`, `npm test`. */
const setup = /```sh\n([\s\S]*?)```/.exec(readme)![1]!;
const buildCommands = setup
  .split("\n")[0]!
  .replace(/#.*/, "")
  .split("&&")
  .map((c) => c.trim())
  .filter(Boolean);

type Step = { run?: string; uses?: string; if?: string; env?: Record<string, string>; id?: string; with?: Record<string, unknown> };

describe("the GitHub workflow", () => {
  const wf = parse(read(".github/workflows/site.yml")) as {
    on: Record<string, unknown>;
    jobs: Record<string, { steps: Step[]; needs?: string; if?: string }>;
  };
  const steps = wf.jobs.build!.steps;
  const runs = steps.map((s) => s.run ?? "").join("\n");

  it("runs on pull requests and on the main branch", () => {
    expect(Object.keys(wf.on)).toEqual(expect.arrayContaining(["pull_request", "push"]));
  });
  it("installs and builds with the README's commands, and checks the data before building", () => {
    for (const c of [...buildCommands, "npm run check:data"]) expect(runs).toContain(c);
    const at = (c: string) => steps.findIndex((s) => s.run?.includes(c));
    expect(at("check:data")).toBeLessThan(at("npm run build"));
    expect(steps.find((s) => s.run?.includes("check:data"))!.run).toContain("GITHUB_STEP_SUMMARY");
  });
  it("builds with the Pages address and sub-path, offers a preview on pull requests and deploys the main branch", () => {
    const build = steps.find((s) => s.run?.includes("npm run build"))!;
    expect(build.env?.SITE_URL).toContain("steps.pages.outputs");
    expect(build.env?.BASE_PATH).toContain("steps.pages.outputs.base_path");
    // A pull request's ref is refs/pull/<n>/merge: only main is published, anything else is a preview.
    expect(steps.find((s) => s.uses?.startsWith("actions/upload-artifact"))?.if).toBe("github.ref != 'refs/heads/main'");
    expect(wf.jobs.deploy!.if).toBe("github.ref == 'refs/heads/main'");
    expect(wf.jobs.deploy!.needs).toBe("build");
    expect(wf.jobs.deploy!.steps.some((s) => s.uses?.startsWith("actions/deploy-pages"))).toBe(true);
  });
  it("restores the build cache before building and saves it after, falling back to any branch's", () => {
    const at = steps.findIndex((s) => s.uses?.startsWith("actions/cache") && s.with?.path === CACHE);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(steps.findIndex((s) => s.run?.includes("npm run build")));
    const { key, "restore-keys": restore } = steps[at]!.with as { key: string; "restore-keys": string };
    // A key per run (a saved cache is never overwritten), restored by its prefix.
    expect(key).toContain("github.sha");
    const prefixes = restore.trim().split("\n");
    expect(prefixes.every((p) => key.startsWith(p.trim()))).toBe(true);
  });
});

describe("the GitLab pipeline", () => {
  type Cache = { key?: unknown; fallback_keys?: string[]; paths?: string[] };
  const ci = parse(read(".gitlab-ci.yml")) as Record<string, { script?: string[]; artifacts?: { paths?: string[] }; cache?: Cache[] }> & {
    before_script: string[];
  };
  it("installs with npm ci, checks the data, builds a preview and publishes the default branch to Pages", () => {
    expect(ci.before_script.join("\n")).toContain("npm ci");
    expect(ci["periksa-data"]!.script).toContain("npm run check:data");
    expect(ci.pratinjau!.script).toContain("npm run build");
    expect(ci.pages!.script!.join("\n")).toContain("npm run build");
    expect(ci.pages!.script!.join("\n")).toContain("CI_PAGES_URL");
    expect(ci.pages!.artifacts!.paths).toEqual(["public/"]);
  });
  it("restores and saves the build cache in both jobs that build", () => {
    for (const job of [ci.pratinjau!, ci.pages!]) {
      const build = job.cache?.find((c) => c.paths?.includes(`${CACHE}/`));
      expect(build?.key).toContain("CI_COMMIT_REF_SLUG");
      expect(build?.fallback_keys).toEqual(["lentera-build-$CI_DEFAULT_BRANCH"]);
      expect(job.cache?.some((c) => c.paths?.includes(".npm/"))).toBe(true);
    }
  });
});
