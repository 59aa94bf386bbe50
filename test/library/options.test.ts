/** Issue 11, defect 5: the library checks its options and names the one it cannot take. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { check, parse, OptionsError } from "../../src/index.js";
import { SEED } from "../support/fixtures.js";
import { CLEAN } from "../support/declaration.js";

const text = readFileSync(SEED, "utf8");

function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("did not throw");
}

describe("check() and parse() options", () => {
  it("a level that is not one (warn) names the option and the nearest level", () => {
    const error = thrown(() => check(text, { levels: { "goal-vague": "warn" as never } }));
    expect(error).toBeInstanceOf(OptionsError);
    expect(error.message).toBe('perfgoal: options.levels["goal-vague"]: "warn" is not a level; expected off, info, warning or error (did you mean warning?)');
    expect((error as OptionsError).option).toBe('options.levels["goal-vague"]');
  });

  it("an unknown rule id is refused with the nearest ids; ids are case-insensitive", () => {
    const error = thrown(() => check(text, { levels: { "goal-vage": "off" } }));
    expect(error.message).toBe('perfgoal: options.levels["goal-vage"]: unknown rule id (did you mean goal-vague?); RULES lists them');
    const upper = check(text, { levels: { "VALUE-RATE-UNIT": "off" } });
    expect(upper.diagnostics.some((d) => d.ruleId === "value-rate-unit")).toBe(false);
    expect(upper.errorCount).toBe(check(text).errorCount - 1);
  });

  it("a language or profile perfgoal does not have, an unknown option, input that is not text", () => {
    expect(thrown(() => check(text, { lang: "fr" as never })).message).toBe('perfgoal: options.lang: "fr" is not accepted; expected zh or en');
    expect(thrown(() => parse(text, { lang: "fr" as never }))).toBeInstanceOf(OptionsError);
    expect(thrown(() => check(text, { profile: "2015" as never })).message).toBe('perfgoal: options.profile: "2015" is not accepted; expected auto, current or legacy');
    expect(thrown(() => check(text, { langs: "en" } as never)).message).toMatch(/^perfgoal: options\.langs: unknown option \(did you mean lang\?\)/);
    expect(thrown(() => check(text, { encoding: "latin1" as never })).message).toContain("options.encoding");
    expect(thrown(() => check(42 as never)).message).toBe("perfgoal: input: expected a string or a Uint8Array (bytes), got number 42");
    expect(thrown(() => parse(text, { levels: {} } as never)).message).toContain("options.levels: is an option of check(), not parse()");
  });

  it("valid options work as before", () => {
    const result = check(text, { lang: "en", profile: "current", levels: { "value-rate-unit": "warning" }, path: "a.txt", encoding: "auto" });
    expect(result.diagnostics.find((d) => d.ruleId === "value-rate-unit")?.severity).toBe("warning");
    expect(parse(text, { lang: "en" }).document.projects).toHaveLength(3);
  });
});

// Issue 10: check() takes rule options as the config file does, checked against the rule's schema.
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
