/** Every rule against its passing and failing cases: rule id, line, column (and severity). */
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/rules/index.js";
import { findings } from "../support/run.js";
import { columnOf } from "../support/declaration.js";
import { checkRuleOptions } from "../../src/engine/rule-options.js";
import type { Rule } from "../../src/engine/rule.js";
import { CASES } from "./cases.js";

/** A case's options, checked as the config loader checks them. */
function ruleOptions(rule: Rule, options: Record<string, unknown> | undefined) {
  if (options === undefined) return undefined;
  const checked = checkRuleOptions(rule, options);
  if (!checked.ok) throw new Error(`${rule.id}: ${checked.path} ${checked.problem.en}`);
  return { [rule.id]: checked.options };
}

describe.each(RULES.map((rule) => [rule.id, rule] as const))("%s", (id, rule) => {
  const cases = CASES[id];

  it("has at least one passing and one failing case", () => {
    expect(cases, `no cases for ${id}`).toBeDefined();
    expect(cases.valid.length).toBeGreaterThan(0);
    expect(cases.invalid.length).toBeGreaterThan(0);
  });

  for (const valid of cases?.valid ?? []) {
    it(`passes: ${valid.name}`, () => {
      expect(findings(valid.text, { rule: id, profile: valid.profile, ruleOptions: ruleOptions(rule, valid.options) })).toEqual([]);
    });
  }

  for (const invalid of cases?.invalid ?? []) {
    it(`fails: ${invalid.name}`, () => {
      const found = findings(invalid.text, { rule: id, profile: invalid.profile, ruleOptions: ruleOptions(rule, invalid.options) });
      expect(found.map((d) => [d.line, d.column])).toEqual(
        invalid.errors.map((e) => [
          e.line,
          typeof e.column === "string" && e.line !== null ? columnOf(invalid.text, e.line, e.column) : e.column,
        ]),
      );
      invalid.errors.forEach((expected, i) => {
        expect(found[i].ruleId).toBe(id);
        if (expected.severity) expect(found[i].severity).toBe(expected.severity);
        if (expected.message) expect(found[i].message).toContain(expected.message);
      });
    });
  }
});
