/**
 * Which framework a table is judged by (src/model/framework.ts), and the categories of older
 * forms and other regions as every layout family reads them.
 */
import { describe, expect, it } from "vitest";
import { CLEAN, setLine } from "../support/declaration.js";
import { FORM_2011, FORM_2015, MIXED_FORMS, SYNONYMS } from "../support/frameworks.js";
import { oneCellPerLine, spaceSeparated } from "../support/families.js";
import { model } from "../support/run.js";
import { judge } from "../../src/model/framework.js";

const project = (text: string) => model(text).projects[0];

describe("the framework a table is judged by", () => {
  it("auto: the table's own labelled categories decide", () => {
    expect(judge(project(CLEAN), "auto")).toMatchObject({ framework: "current", how: "detected" });
    expect(judge(project(FORM_2015), "auto")).toMatchObject({ framework: "legacy", how: "detected", legacySign: { line: 13, level2: "成本指标" } });
    expect(judge(project(FORM_2011), "auto")).toMatchObject({ framework: "legacy", how: "detected" });
    expect(judge(project(MIXED_FORMS), "auto")).toMatchObject({ framework: "current", how: "uncertain" });
  });

  it("a forced profile is the framework, whatever the table shows", () => {
    expect(judge(project(FORM_2015), "current")).toEqual({ framework: "current", how: "forced" });
    expect(judge(project(CLEAN), "legacy")).toEqual({ framework: "legacy", how: "forced" });
  });

  it("成本 printed as a 一级 without a 二级 is the current form's", () => {
    const costLevel1 = project(setLine(MIXED_FORMS, 13, "成本指标\t\t项目总成本\t≤300000(元)"));
    expect(costLevel1.indicators[0]).toMatchObject({ level1: "成本指标", placement: "content" });
    expect(judge(costLevel1, "auto")).toMatchObject({ framework: "current", how: "uncertain" });
  });
});

describe("categories of older forms and other regions, in every family", () => {
  const families = [["tab text", (t: string) => t], ["one cell per line", oneCellPerLine], ["cells between spaces", spaceSeparated]] as const;

  it.each(families)("%s: a 一级 printed again as its own 二级, and the name after it", (_, write) => {
    const last = project(write(SYNONYMS[3].text)).indicators.at(-1)!;
    expect([last.level1, last.level2, last.name]).toEqual(["满意度指标", "满意度指标", "服务对象满意度"]);
  });

  it.each(families)("%s: 成本 under 产出 in a 2015-form table", (_, write) => {
    const cost = project(write(FORM_2015)).indicators.find((i) => i.name === "项目总成本")!;
    expect([cost.level1, cost.level2]).toEqual(["产出指标", "成本指标"]);
  });
});
