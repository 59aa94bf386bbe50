/**
 * "Did you mean …?" for rule ids: the ids nearest by edit distance (Damerau–Levenshtein,
 * an adjacent swap counting one), case-insensitive, the nearest first; an id that contains
 * what was typed (or is contained in it) counts as near too.
 */
import { RULES, ruleById } from "../rules/index.js";
import type { Rule } from "./rule.js";
import { nearest } from "./nearest.js";

export { distance, nearest } from "./nearest.js";

/** A rule by id, whatever its case (`Value-Rate-Unit` is value-rate-unit). */
export function findRule(id: string): Rule | undefined {
  return ruleById(id) ?? ruleById(id.trim().toLowerCase());
}

export function suggestRuleIds(typed: string, max = 3): string[] {
  return nearest(typed, RULES.map((r) => r.id), max);
}

/** ` (did you mean a, b?)` / `（是否想写 a、b？）`, or nothing. */
export function didYouMean(typed: string): { zh: string; en: string } {
  const near = suggestRuleIds(typed);
  if (near.length === 0) return { zh: "", en: "" };
  return { zh: `（是否想写 ${near.join("、")}？）`, en: ` (did you mean ${near.join(", ")}?)` };
}
