/** Issue 10: check() takes rule options as the config file does, checked against the rule's schema. */
import { describe, expect, it } from "vitest";
import { check, parse, OptionsError } from "../../src/index.js";
import { CLEAN } from "../support/declaration.js";

function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("did not throw");
}

const satisfaction = (options: Parameters<typeof check>[1]) =>
  check(CLEAN, options).diagnostics.filter((d) => d.ruleId === "value-satisfaction").map((d) => d.message);

describe("check({ ruleOptions })", () => {
  it("sets a rule's options; the defaults stand otherwise", () => {
    expect(satisfaction({})).toEqual([]);
    expect(satisfaction({ ruleOptions: { "value-satisfaction": { floor: 95 } } })).toEqual(["满意度指标“服务对象满意度”的目标≥90(%)低于95%"]);
    expect(satisfaction({ ruleOptions: { "VALUE-SATISFACTION": {} } })).toEqual([]);
  });

  it("refuses an option the rule does not have, or a wrong value, naming both", () => {
    let error = thrown(() => check(CLEAN, { ruleOptions: { "value-satisfaction": { flor: 85 } } }));
    expect(error).toBeInstanceOf(OptionsError);
    expect(error.message).toBe('perfgoal: options.ruleOptions["value-satisfaction"].flor: unknown option (did you mean floor?); the rule\'s options: floor');
    error = thrown(() => check(CLEAN, { ruleOptions: { "value-satisfaction": { floor: -1 } } }));
    expect(error.message).toBe('perfgoal: options.ruleOptions["value-satisfaction"].floor: expected at least 0, got -1');
    error = thrown(() => check(CLEAN, { ruleOptions: { "value-satisfacton": { floor: 85 } } }));
    expect(error.message).toContain('options.ruleOptions["value-satisfacton"]: unknown rule id (did you mean value-satisfaction');
  });

  it("is an option of check(), not parse()", () => {
    expect(thrown(() => parse(CLEAN, { ruleOptions: {} } as never)).message).toContain("options.ruleOptions: is an option of check(), not parse()");
  });
});
