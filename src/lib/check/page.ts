import { fill } from "../../i18n/fill.ts";
import { checkSource } from "./run.ts";
import { cataloguePaths, overlaySource, placeFile } from "./source.ts";

/**
 * The checker page in the browser (src/components/pages/CheckPage.astro):
 * on load it fetches the site's published data files from its own origin and
 * keeps them, so it works offline afterwards; the files chosen or dropped are
 * checked together with them, and the report is shown as the CLI prints it.
 * The words come from the page (data-msg-* attributes), in its language.
 */
const root = document.querySelector<HTMLElement>("[data-checker]");
if (root) start(root);

function start(root: HTMLElement): void {
  const folder = root.dataset.folder!;
  const label = root.dataset.label!;
  const files = JSON.parse(root.dataset.files!) as string[];
  const words = (key: string, values: Record<string, string> = {}): string => fill(root.dataset[key] ?? "", values);
  const input = root.querySelector<HTMLInputElement>("input[type=file]")!;
  const zone = root.querySelector<HTMLElement>("[data-drop]")!;
  const status = root.querySelector<HTMLElement>("[data-status]")!;
  const report = root.querySelector<HTMLElement>("[data-report]")!;
  const full = root.querySelector<HTMLDetailsElement>("[data-report-full]")!;
  root.hidden = false;

  status.textContent = words("msgLoading");
  const published = loadPublished(folder, files);
  published.then(
    () => (status.textContent = words("msgReady")),
    (e: Error) => (status.textContent = words("msgFailed", { file: e.message })),
  );

  let run = 0;
  async function check(list: FileList | null): Promise<void> {
    if (!list?.length) return;
    const mine = ++run;
    const chosen = [...list];
    // Cleared, so that choosing the same file again after fixing it checks it again.
    input.value = "";
    const ignored = chosen.filter((f) => /\.md$/i.test(f.name)).map((f) => f.name);
    const used = chosen.filter((f) => !/\.md$/i.test(f.name));
    report.hidden = true;
    full.hidden = true;
    report.removeAttribute("data-check-result");
    status.textContent = words("msgRunning", { files: chosen.map((f) => f.name).join(", ") });
    const bytes = new Map(await Promise.all(used.map(async (f) => [f.name, new Uint8Array(await f.arrayBuffer())] as const)));
    let base: Map<string, Uint8Array>;
    try {
      base = await published;
    } catch {
      return; // The status already says which published file could not be loaded.
    }
    const catalogue = bytes.get("datapackage.json") ?? base.get("datapackage.json");
    const paths = catalogue ? cataloguePaths(new TextDecoder().decode(catalogue)) : [];
    const placed = new Map([...bytes].map(([name, b]) => [placeFile(name, paths), b]));
    const result = await checkSource(overlaySource(base, placed, label));
    if (mine !== run) return;
    report.textContent = result.text;
    report.dataset.checkResult = result.outcome;
    report.hidden = false;
    full.querySelector("pre")!.textContent = result.full ?? "";
    full.hidden = result.full === undefined;
    const done = words("msgDone", { files: [...placed.keys()].map((p) => `${label}/${p}`).join(", ") || "-" });
    status.textContent = ignored.length ? `${done} ${words("msgIgnored", { files: ignored.join(", ") })}` : done;
  }

  input.addEventListener("change", () => void check(input.files));
  zone.addEventListener("dragover", (e) => {
    e.preventDefault();
    zone.toggleAttribute("data-over", true);
  });
  zone.addEventListener("dragleave", () => zone.toggleAttribute("data-over", false));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.toggleAttribute("data-over", false);
    void check(e.dataTransfer?.files ?? null);
  });
}

/** Fetches every published file once, from this site only; rejects with the path of a file that failed. */
async function loadPublished(folder: string, files: readonly string[]): Promise<Map<string, Uint8Array>> {
  const entries = await Promise.all(
    files.map(async (path) => {
      const res = await fetch(`${folder}${path}`, { credentials: "same-origin" }).catch(() => undefined);
      if (!res?.ok) throw new Error(`${folder}${path}`);
      return [path, new Uint8Array(await res.arrayBuffer())] as const;
    }),
  );
  return new Map(entries);
}
