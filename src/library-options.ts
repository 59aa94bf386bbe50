/**
 * The library's options, checked before use (the CLI checks its own): a wrong level, an
 * unknown rule id, a language or profile perfgoal does not have, or an option it does not know
 * is an OptionsError naming the option — never findings that count nowhere or a TypeError
 * from deep inside.
 */
import { z } from "zod";
import { ENCODINGS } from "./read/decode.js";
import { OptionsError } from "./read/errors.js";
import { findRule, nearest, suggestRuleIds } from "./engine/suggest.js";
import { checkRuleOptions } from "./engine/rule-options.js";
import type { Level } from "./engine/config.js";
import type { Lang, OptionValues } from "./engine/rule.js";
import type { Profile } from "./model/taxonomy.js";
import type { EncodingChoice } from "./read/decode.js";

const LEVELS = ["off", "info", "warning", "error"] as const;

const OptionsSchema = z.strictObject({
  path: z.string().optional(),
  encoding: z.enum(ENCODINGS as [EncodingChoice, ...EncodingChoice[]]).optional(),
  lang: z.enum(["zh", "en"]).optional(),
  profile: z.enum(["auto", "current", "legacy"]).optional(),
  levels: z.record(z.string(), z.enum(LEVELS)).optional(),
  ruleOptions: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
});

export interface LibraryOptions {
  path?: string;
  encoding?: EncodingChoice;
  lang?: Lang;
  profile?: Profile;
  levels?: Record<string, Level>;
  /** Options per rule id: `{ "value-satisfaction": { floor: 85 } }`. */
  ruleOptions?: Record<string, OptionValues>;
}

const KNOWN = Object.keys(OptionsSchema.shape);

/** The options as given, checked; rule ids in `levels` as the catalogue spells them. */
export function checkOptions(options: unknown): LibraryOptions {
  if (options === undefined || options === null) return {};
  const parsed = OptionsSchema.safeParse(options);
  if (!parsed.success) throw explain(parsed.error.issues[0], options);
  const { levels, ruleOptions } = parsed.data;
  const out: LibraryOptions = { ...parsed.data };
  if (levels) {
    const canonical: Record<string, Level> = {};
    for (const [id, level] of Object.entries(levels)) canonical[ruleOf("levels", id).id] = level;
    out.levels = canonical;
  }
  if (ruleOptions) {
    const canonical: Record<string, OptionValues> = {};
    for (const [id, given] of Object.entries(ruleOptions)) {
      const rule = ruleOf("ruleOptions", id);
      const checked = checkRuleOptions(rule, given);
      if (!checked.ok) throw new OptionsError(`options.ruleOptions[${JSON.stringify(id)}]${checked.path ? `.${checked.path}` : ""}`, checked.problem.en);
      canonical[rule.id] = checked.options;
    }
    out.ruleOptions = canonical;
  }
  return out;
}

/** The rule an option names, or an OptionsError with the nearest ids. */
function ruleOf(option: string, id: string) {
  const rule = findRule(id);
  if (rule) return rule;
  const near = suggestRuleIds(id);
  throw new OptionsError(`options.${option}[${JSON.stringify(id)}]`, `unknown rule id${near.length ? ` (did you mean ${near.join(", ")}?)` : ""}; RULES lists them`);
}

/** Input that is neither text nor bytes. */
export function checkInput(input: unknown): void {
  if (typeof input !== "string" && !(input instanceof Uint8Array)) {
    throw new OptionsError("input", `expected a string or a Uint8Array (bytes), got ${describe(input)}`);
  }
}

function explain(issue: z.core.$ZodIssue, options: unknown): OptionsError {
  const path = issue.path.map(String);
  const option = `options${path.map((p, i) => (i === 0 ? `.${p}` : `[${JSON.stringify(p)}]`)).join("")}`;
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0];
    const near = nearest(key, KNOWN, 1);
    return new OptionsError(`options.${key}`, `unknown option${near.length ? ` (did you mean ${near[0]}?)` : ""}; options are ${KNOWN.join(", ")}`);
  }
  if (path.length === 0) return new OptionsError("options", `expected an object, got ${describe(options)}`);
  let value: unknown = options;
  for (const p of path) value = (value as Record<string, unknown>)?.[p];
  const expected: Record<string, string> = {
    lang: "zh or en", profile: "auto, current or legacy", encoding: ENCODINGS.join(", "), path: "a string", levels: "an object of rule id → level",
    ruleOptions: "an object of rule id → { option: value }",
  };
  if (path[0] === "levels" && path.length === 2) {
    const near = typeof value === "string" ? nearest(value, LEVELS, 1) : [];
    return new OptionsError(option, `${describe(value)} is not a level; expected off, info, warning or error${near.length ? ` (did you mean ${near[0]}?)` : ""}`);
  }
  return new OptionsError(option, `${describe(value)} is not accepted; expected ${expected[path[0]] ?? issue.message}`);
}

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}
