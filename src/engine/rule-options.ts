/**
 * A rule's options checked against the schema the rule declares (engine/rule.ts): an option the
 * rule does not have, or a value of the wrong type or range, is a problem naming the rule and the
 * option — for the config loader and the library to turn into their own errors. Loads zod: the
 * CLI reaches this module only through config-schema.ts, when there is a config to read.
 */
import { z } from "zod";
import type { OptionValues, Rule, Text } from "./rule.js";
import { nearest } from "./nearest.js";

export type OptionsCheck =
  | { ok: true; options: OptionValues }
  /** `path`: the option (`floor`), or empty when the whole value is wrong. */
  | { ok: false; path: string; problem: Text };

export function checkRuleOptions(rule: Rule, given: unknown): OptionsCheck {
  const spec = rule.options;
  if (!spec) return { ok: false, path: "", problem: { zh: "该规则没有选项", en: "this rule takes no options" } };
  const names = Object.keys(spec.defaults);
  if (typeof given !== "object" || given === null || Array.isArray(given)) {
    return { ok: false, path: "", problem: { zh: `选项应为对象，如 { "${names[0]}": … }`, en: `options are an object, e.g. { "${names[0]}": … }` } };
  }
  for (const key of Object.keys(given)) {
    if (names.includes(key)) continue;
    const near = nearest(key, names, 1);
    return {
      ok: false,
      path: key,
      problem: {
        zh: `未知的选项${near.length ? `（是否想写 ${near[0]}？）` : ""}；该规则的选项：${names.join("、")}`,
        en: `unknown option${near.length ? ` (did you mean ${near[0]}?)` : ""}; the rule's options: ${names.join(", ")}`,
      },
    };
  }
  const parsed = z.object(spec.shape(z)).partial().safeParse(given);
  if (parsed.success) return { ok: true, options: parsed.data };
  const issue = parsed.error.issues[0];
  const value = (given as Record<string, unknown>)[String(issue.path[0])];
  return { ok: false, path: issue.path.map(String).join("."), problem: explainIssue(issue, value) };
}

function explainIssue(issue: z.core.$ZodIssue, value: unknown): Text {
  const got = describe(value);
  if (issue.code === "invalid_type") {
    return { zh: `应为${TYPE_ZH[issue.expected] ?? issue.expected}，实际为 ${got}`, en: `expected ${TYPE_EN[issue.expected] ?? issue.expected}, got ${got}` };
  }
  if (issue.code === "too_small" || issue.code === "too_big") {
    const bound = String(issue.code === "too_small" ? issue.minimum : issue.maximum);
    const inclusive = issue.inclusive !== false;
    return issue.code === "too_small"
      ? { zh: `应${inclusive ? "不小于" : "大于"} ${bound}，实际为 ${got}`, en: `expected ${inclusive ? "at least" : "more than"} ${bound}, got ${got}` }
      : { zh: `应${inclusive ? "不大于" : "小于"} ${bound}，实际为 ${got}`, en: `expected ${inclusive ? "at most" : "less than"} ${bound}, got ${got}` };
  }
  return { zh: `${issue.message}（实际为 ${got}）`, en: `${issue.message} (got ${got})` };
}

const TYPE_ZH: Record<string, string> = { number: "数字", string: "字符串", boolean: "true 或 false", array: "数组", object: "对象" };
const TYPE_EN: Record<string, string> = { number: "a number", string: "a string", boolean: "true or false", array: "an array", object: "an object" };

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  return typeof value === "object" ? "an object" : String(value);
}
