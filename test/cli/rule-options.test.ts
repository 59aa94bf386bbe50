/** Issue 10: rule options in perfgoal.config.json, as ESLint takes them; checked per rule, shown by explain. */
import { describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { perfgoal } from "../support/cli.js";
import { tempDir } from "../support/temp.js";
import { CLEAN } from "../support/declaration.js";

const dir = tempDir();
const input = join(dir, "a.txt");
writeFileSync(input, CLEAN); // 服务对象满意度 ≥90(%)

function withConfig(rules: unknown, lang = "en") {
  const config = join(dir, "perfgoal.config.json");
  writeFileSync(config, JSON.stringify({ rules }));
  return perfgoal(["check", input, "--config", config, "--format", "json", "--lang", lang]);
}

const satisfaction = (run: { stdout: string }) =>
  JSON.parse(run.stdout).files[0].diagnostics.filter((d: { ruleId: string }) => d.ruleId === "value-satisfaction");

describe("rule options in the config", () => {
  it("the plain level and [level] leave the default floor (80)", () => {
    expect(satisfaction(withConfig({ "value-satisfaction": "warning" }))).toEqual([]);
    expect(satisfaction(withConfig({ "value-satisfaction": ["warning"] }))).toEqual([]);
  });

  it("[level, { floor }] sets the floor, and the level too", () => {
    const found = satisfaction(withConfig({ "value-satisfaction": ["error", { floor: 95 }] }));
    expect(found.map((d: { severity: string; message: string }) => [d.severity, d.message])).toEqual([
      ["error", "the satisfaction target of \"服务对象满意度\", ≥90(%), is below 95%"],
    ]);
    expect(satisfaction(withConfig({ "Value-Satisfaction": ["warning", { floor: 90 }] }))).toEqual([]);
  });

  it("--rule changes the level and keeps the options", () => {
    const config = join(dir, "floor.json");
    writeFileSync(config, JSON.stringify({ rules: { "value-satisfaction": ["warning", { floor: 95 }] } }));
    const run = perfgoal(["check", input, "--config", config, "--format", "json", "--rule", "value-satisfaction=info"]);
    expect(satisfaction(run).map((d: { severity: string }) => d.severity)).toEqual(["info"]);
  });

  it.each([
    [{ "value-satisfaction": ["warning", { flor: 85 }] }, "rules.value-satisfaction.flor: unknown option (did you mean floor?); the rule's options: floor"],
    [{ "value-satisfaction": ["warning", { floor: "85" }] }, "rules.value-satisfaction.floor: expected a number, got \"85\""],
    [{ "value-satisfaction": ["warning", { floor: 120 }] }, "rules.value-satisfaction.floor: expected at most 100, got 120"],
    [{ "value-unparsed": ["warning", { floor: 85 }] }, "rules.value-unparsed: this rule takes no options"],
    [{ "value-satisfaction": ["loud", { floor: 85 }] }, "rules.value-satisfaction: expected \"off\", \"info\", \"warning\" or \"error\", or [level, { options }]"],
    [{ "value-satisfaction": ["warning", 85] }, "rules.value-satisfaction: expected \"off\", \"info\", \"warning\" or \"error\", or [level, { options }]"],
  ])("%j is a config error naming the rule (exit 2, no stack trace)", (rules, reason) => {
    const run = withConfig(rules);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`perfgoal: config ${join(dir, "perfgoal.config.json")}: ${reason}\n`);
  });

  it("says it in Chinese too", () => {
    const run = withConfig({ "value-satisfaction": ["warning", { floor: "85" }] }, "zh");
    expect(run.stderr).toContain("rules.value-satisfaction.floor：应为数字，实际为 \"85\"");
  });
});

describe("explain shows a rule's options", () => {
  it("with its default, what it sets and how a config sets it", () => {
    const zh = perfgoal(["explain", "value-satisfaction"]).stdout;
    expect(zh).toContain("选项：\n  floor（默认 80）：满意度目标的下限（%）");
    expect(zh).toContain('"rules": {"value-satisfaction":["warning",{"floor":80}]}');
    const en = perfgoal(["explain", "value-satisfaction", "--lang", "en"]).stdout;
    expect(en).toContain("Options:\n  floor (default 80): the lowest satisfaction target (%) not reported. 80 is a convention");
    expect(perfgoal(["explain", "value-unparsed"]).stdout).not.toContain("选项");
  });
});
