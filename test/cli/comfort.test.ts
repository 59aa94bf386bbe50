/**
 * Issue 11, reading comfort and inputs: one language per run, rule-id suggestions, folders as
 * inputs, and --quiet with --max-warnings.
 */
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { perfgoal } from "../support/cli.js";
import { CLEAN } from "../support/declaration.js";
import { SEED } from "../support/fixtures.js";
import { tempDir } from "../support/temp.js";
import { RULES } from "../../src/rules/index.js";
import { distance, suggestRuleIds } from "../../src/engine/suggest.js";
import { sourceIn } from "../../src/engine/rule.js";

const CHINESE_PUNCTUATION = /[，。：；！？（）“”‘’、《》〔〕【】]/;

describe("one language per run", () => {
  const dir = tempDir();
  const fifo = join(dir, "fifo");
  execFileSync("mkfifo", [fifo]);
  writeFileSync(join(dir, "a.bin"), Buffer.from([0, 1, 2, 3]));
  const bad = ["missing.txt", `${SEED}/x`, fifo, join(dir, "a.bin"), "none/*.txt"];

  it("Chinese: reasons, help and errors have no English words", () => {
    const run = perfgoal(["check", ...bad, SEED, "--format", "json"]);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/no such|not a|binary|matches|cannot|byte\(s\)/);
    expect(run.stderr).toContain("找不到该文件");
    expect(JSON.parse(run.stdout).files[0].error).toBe("找不到该文件");
    const help = perfgoal(["check", "--help"]);
    expect(help.stdout).toMatch(/^用法： perfgoal check/);
    expect(help.stdout).toContain("选项：");
    expect(help.stdout).toContain("退出码");
    expect(help.stdout).not.toMatch(/Usage|Options:|display help|output the version|Examples/);
    const top = perfgoal(["--help"]);
    expect(top.stdout).toContain("命令：");
    expect(top.stdout).not.toMatch(/Commands:|display help/);
    for (const rule of RULES) {
      expect(rule.docs.source).not.toMatch(/our reading/);
    }
    const explain = perfgoal(["explain", "header-year"]);
    expect(explain.stdout).toContain("本工具的理解");
    expect(explain.stdout).not.toContain("our reading");
  });

  it("English: no Chinese punctuation in perfgoal's own words, no (s) plurals", () => {
    const run = perfgoal(["check", ...bad, SEED, "--lang", "en"]);
    expect(run.stderr).not.toMatch(CHINESE_PUNCTUATION);
    expect(run.stdout).not.toContain("(s)");
    expect(run.stdout).toMatch(/6 files: 4 errors, 13 warnings, 10 info, 5 files could not be read/);
    const help = perfgoal(["check", "--help", "--lang", "en"]);
    expect(help.stdout).not.toMatch(CHINESE_PUNCTUATION);
    for (const rule of RULES) {
      const words = [rule.docs.summary.en, rule.docs.why.en, sourceIn(rule.docs, "en"), ...Object.values(rule.messages).map((m) => m.en)];
      for (const text of words) expect(`${rule.id}: ${text}`).not.toMatch(CHINESE_PUNCTUATION);
    }
    const explain = perfgoal(["explain", "header-year", "--lang", "en"]);
    expect(explain.stdout).toContain("Source: our reading");
  });
});

describe("rule-id suggestions", () => {
  it("by edit distance, the nearest first, case-insensitive", () => {
    expect(distance("goal-vauge", "goal-vague")).toBe(1);
    expect(suggestRuleIds("goal-vauge")[0]).toBe("goal-vague");
    expect(suggestRuleIds("GOAL-VAUGE")[0]).toBe("goal-vague");
    expect(suggestRuleIds("funds-anual-sum")).toEqual(["funds-annual-sum"]);
    expect(suggestRuleIds("value-rate")[0]).toBe("value-rate-unit");
    expect(suggestRuleIds("completely-unrelated-words")).toEqual([]);
  });

  it("for explain, --rule and the config file; ids in any case are accepted", () => {
    expect(perfgoal(["explain", "goal-vauge", "--lang", "en"]).stderr).toContain("(did you mean goal-vague?)");
    expect(perfgoal(["check", SEED, "--rule", "value-rate-unti=off"]).stderr).toContain("（是否想写 value-rate-unit？）");
    const dir = tempDir();
    writeFileSync(join(dir, "perfgoal.config.json"), JSON.stringify({ rules: { "indicator-duplicat": "off" } }));
    expect(perfgoal(["check", SEED, "--config", join(dir, "perfgoal.config.json"), "--lang", "en"]).stderr).toContain("did you mean indicator-duplicate?");
    const json = (args: string[]) => JSON.parse(perfgoal(["check", SEED, "--format", "json", ...args]).stdout).files[0];
    expect(json(["--rule", "VALUE-RATE-UNIT=OFF"]).errorCount).toBe(3);
    expect(perfgoal(["explain", "Value-Rate-Unit"]).code).toBe(0);
  });
});

describe("folders as inputs", () => {
  it("are searched for declaration files, not in node_modules or .git, less --ignore-pattern", () => {
    const dir = tempDir();
    const root = join(dir, "申报 表");
    for (const sub of ["sub", "node_modules/pkg", ".git", "old"]) mkdirSync(join(root, sub), { recursive: true });
    const seed = readFileSync(SEED);
    for (const file of ["a.txt", "sub/b.TXT", "sub/c.md", "node_modules/pkg/d.txt", ".git/e.txt", "old/f.txt", "notes.json", "sub/g.csv"]) writeFileSync(join(root, file), file.endsWith(".csv") ? "id,name\n1,x\n" : seed);
    const paths = (args: string[]) => JSON.parse(perfgoal(["check", ...args, "--format", "json"], { cwd: dir }).stdout).files.map((f: { path: string }) => f.path);
    expect(paths(["申报 表"])).toEqual(["申报 表/a.txt", "申报 表/old/f.txt", "申报 表/sub/b.TXT", "申报 表/sub/c.md", "申报 表/sub/g.csv"]);
    expect(paths(["申报 表/", "--ignore-pattern", "申报 表/old/**", "--ignore-pattern", "**/*.csv"])).toEqual(["申报 表/a.txt", "申报 表/sub/b.TXT", "申报 表/sub/c.md"]);
    // a glob never walks into node_modules
    expect(paths(["申报 表/**/*.txt"])).toEqual(["申报 表/a.txt", "申报 表/old/f.txt"]);
    // a named file is read even when ignored or inside node_modules
    expect(paths(["申报 表/node_modules/pkg/d.txt", "--ignore-pattern", "**/d.txt"])).toEqual(["申报 表/node_modules/pkg/d.txt"]);
    const empty = join(dir, "empty");
    mkdirSync(empty);
    const run = perfgoal(["check", empty]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("文件夹中没有申报表文件");
  });
});

describe("--quiet --max-warnings 0", () => {
  it("the warnings still count, though --quiet does not show them", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "w.txt"), CLEAN.replace("≥3000(人次)", "3000(人次)")); // one warning, no error
    const run = perfgoal(["check", join(dir, "w.txt"), "--quiet", "--max-warnings", "0", "--format", "json"]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).files[0].diagnostics).toEqual([]);
    expect(run.stderr).toContain("警告数 1 超过 --max-warnings 0");
  });
});
