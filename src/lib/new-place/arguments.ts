import { parseArgs } from "node:util";
import { PLACE_KINDS, type PlaceKind } from "../data/catalogue.ts";
import { msg } from "../data/messages.ts";
import { error, type Problem } from "../data/problems.ts";

export interface Arguments {
  code: string;
  name: string;
  kind: PlaceKind;
  province: string;
  provinceEn?: string;
  boundaries: string;
  outline?: string;
  boundariesSource?: { title: string; url?: string };
  out: string;
  sample: boolean;
  planYear?: number;
}

const OPTIONS = {
  code: { type: "string" },
  name: { type: "string" },
  kind: { type: "string" },
  province: { type: "string" },
  "province-en": { type: "string" },
  "province-code": { type: "string" },
  boundaries: { type: "string" },
  outline: { type: "string" },
  "boundaries-source": { type: "string" },
  "boundaries-url": { type: "string" },
  out: { type: "string" },
  sample: { type: "boolean" },
  "plan-year": { type: "string" },
} as const;

const REQUIRED = ["code", "name", "kind", "province", "boundaries", "out"] as const;
const where = { file: "npm run new-regency" };

/** Reads the command line of `npm run new-regency`; every problem at once. */
export function parseArguments(argv: readonly string[]): { args?: Arguments; problems: Problem[] } {
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (e) {
    return { problems: [error(where, msg("newPlace.argument.unknown", { detail: (e as Error).message }))] };
  }
  const str = (k: keyof typeof OPTIONS) => (typeof values[k] === "string" ? (values[k] as string).trim() : undefined);
  const problems: Problem[] = [];
  for (const name of REQUIRED) if (!str(name)) problems.push(error(where, msg("newPlace.argument", { name })));
  const code = str("code");
  if (code && !/^\d{2}\.\d{2}$/.test(code)) problems.push(error({ ...where, value: code }, msg("newPlace.code", { value: code })));
  const kind = str("kind");
  if (kind && !(PLACE_KINDS as readonly string[]).includes(kind))
    problems.push(error({ ...where, value: kind }, msg("newPlace.kind", { value: kind })));
  const provinceCode = str("province-code");
  if (provinceCode && code && provinceCode !== code.slice(0, 2))
    problems.push(error({ ...where, value: provinceCode }, msg("newPlace.province", { value: provinceCode, code })));
  const planYear = str("plan-year");
  if (planYear && !/^(19|20|21)\d{2}$/.test(planYear))
    problems.push(error({ ...where, value: planYear }, msg("newPlace.planYear", { value: planYear })));
  if (problems.length) return { problems };
  const sourceTitle = str("boundaries-source");
  const url = str("boundaries-url");
  return {
    args: {
      code: code!,
      name: str("name")!,
      kind: kind as PlaceKind,
      province: str("province")!,
      provinceEn: str("province-en"),
      boundaries: str("boundaries")!,
      outline: str("outline"),
      boundariesSource: sourceTitle || url ? { title: sourceTitle ?? url!, url } : undefined,
      out: str("out")!,
      sample: values.sample === true,
      planYear: planYear ? Number(planYear) : undefined,
    },
    problems,
  };
}
