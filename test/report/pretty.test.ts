/**
 * Issue 11, defect 7 and the 80-column bullet: the pretty report counts per table (never per
 * name), groups findings under their table, shows a row once for several findings on it,
 * fits the terminal width with rule ids whole, and grows linearly.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { checkText } from "../../src/pipeline.js";
import { RULES } from "../../src/rules/index.js";
import { renderPretty } from "../../src/report/pretty.js";
import { displayWidth } from "../../src/report/width.js";
import { wrap } from "../../src/report/wrap.js";
import type { Diagnostic } from "../../src/model/schema.js";
import type { FileResult, ReportContext } from "../../src/report/model.js";
import { rulesTable } from "../../src/cli/catalogue.js";
import { SEED } from "../support/fixtures.js";

const seed = readFileSync(SEED, "utf8");
const context: ReportContext = { lang: "zh", color: false, rules: RULES, cwd: "/", width: 80 };

function result(text: string, path = "a.txt"): FileResult {
  const checked = checkText(text, { path, encoding: "utf-8" });
  return { path, encoding: "utf-8", text, projects: checked.projects, diagnostics: checked.diagnostics };
}

/** The summary rows (name, errors, warnings). */
function summary(out: string): string[][] {
  const lines = out.split("\n");
  const start = lines.findIndex((l) => l.includes("─")) + 1;
  const rows: string[][] = [];
  for (let i = start; lines[i]?.trim(); i++) {
    const cells = lines[i].trim().split(/\s{2,}/);
    rows.push([cells[0], cells.at(-2)!, cells.at(-1)!]);
  }
  return rows;
}

describe("pretty, per table", () => {
  it("three copies of the sample: each 党建经费 row shows its own findings (2 errors, 7 warnings; + project-duplicate after the first)", () => {
    const one = summary(renderPretty([result(seed)], context));
    expect(one).toEqual([["党建经费", "2", "7"], ["专户项目经费", "2", "3"], ["生活驿站运行经费", "0", "3"]]);
    const r = result(`${seed}\n${seed}\n${seed}`);
    const three = summary(renderPretty([r], context));
    expect(three).toHaveLength(9);
    expect(three.filter((row) => row[0] === "党建经费")).toEqual([["党建经费", "2", "7"], ["党建经费", "2", "8"], ["党建经费", "2", "8"]]);
    expect(r.diagnostics.filter((d) => d.ruleId === "project-duplicate" && d.project === "党建经费")).toHaveLength(2);
  });

  it("findings are grouped under their table, and a row with several findings is shown once", () => {
    const out = renderPretty([result(seed)], context);
    const titles = out.split("\n").filter((l) => /^ {2}\S.*（第 \d+–\d+ 行）$/.test(l));
    expect(titles).toEqual(["  党建经费（第 5–79 行）", "  专户项目经费（第 81–119 行）", "  生活驿站运行经费（第 121–171 行）"].map((t) => expect.stringMatching(new RegExp(`^${t.replace(/[()（）]/g, ".").replace(/\d+/g, "\\d+")}$`))));
    const rows36 = out.split("\n").filter((l) => /^ +36 │/.test(l));
    expect(rows36).toHaveLength(1);
    expect(out).toContain("36:3    警告");
    expect(out).toContain("36:3    错误");
  });
});

describe("pretty at 80 columns", () => {
  const long = seed.replace("党建经费", "上海市奉贤区西渡街道社区党群服务中心二〇二四年度基层党建与区域化党建工作专项经费");

  it.each([["zh", 80], ["en", 80], ["zh", 100]] as const)("%s, %i columns: no line is wider, every rule id is whole", (lang, width) => {
    const r = result(long);
    const out = renderPretty([r], { ...context, lang, width });
    for (const line of out.split("\n")) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
    const text = out.split("\n");
    for (const d of r.diagnostics) expect(text.some((l) => new RegExp(`(^|\\s)${d.ruleId}$`).test(l)), d.ruleId).toBe(true);
    expect(out).toContain(lang === "zh" ? "上海市奉贤区西渡街道" : "上海市奉贤区西渡街道");
  });

  it("wrap folds Chinese between characters, keeps Latin words and never starts a line with closing punctuation", () => {
    expect(wrap("一二三四五六", 6)).toEqual(["一二三", "四五六"]);
    expect(wrap("the rule id stays whole", 10)).toEqual(["the rule", "id stays", "whole"]);
    expect(wrap("一二，三四", 4)).toEqual(["一", "二，", "三四"]);
  });

  it("perfgoal rules fits 80 columns, without a separator per row", () => {
    for (const lang of ["zh", "en"] as const) {
      const table = rulesTable(lang, 80);
      for (const line of table.trimEnd().split("\n")) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
      expect(table).not.toMatch(/[─┼├]/);
      for (const rule of RULES) expect(table).toContain(rule.id);
    }
  });
});

describe("pretty grows linearly", () => {
  /** n tables of the same name, 10 findings each (the old summary was n × all findings). */
  function synthetic(n: number): FileResult {
    const projects = [], diagnostics: Diagnostic[] = [];
    for (let p = 0; p < n; p++) {
      projects.push({ name: "党建经费", annualFen: 100, counts: { 成本指标: 1, 产出指标: 1, 效益指标: 1, 满意度指标: 1 }, lines: { start: p * 20 + 1, end: p * 20 + 19 } });
      for (let k = 0; k < 10; k++) diagnostics.push({ ruleId: "value-rate-unit", severity: "error", message: "比率类指标的计量单位应为%", line: p * 20 + 2 + k, column: 1, project: "党建经费" });
    }
    return { path: "a.txt", encoding: "utf-8", projects, diagnostics };
  }
  const time = (n: number) => {
    const r = synthetic(n);
    let best = Infinity;
    for (let i = 0; i < 2; i++) {
      const start = performance.now();
      renderPretty([r], context);
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };

  it("4 times the tables take well under 16 times as long", () => {
    time(200); // warm up
    const small = time(1000), large = time(4000);
    expect(large / small).toBeLessThan(8);
  });
});
