/** A table read without confidence is one finding, and the rules that need what is missing stay silent. */
import { describe, expect, it } from "vitest";
import { check } from "../../src/index.js";
import { CLEAN } from "../support/declaration.js";

const head = CLEAN.split("\n").slice(0, 12).join("\n") + "\n";

describe("a misread is one finding, never a flood", () => {
  it("indicator names and values on rows of their own", () => {
    const split = ["项目总成本", "≤300000(元)", "社区服务活动场次", "≥24(次)", "服务居民人次", "≥3000(人次)", "活动验收合格率", "=100(%)"];
    const { diagnostics } = check(head + split.map((t) => `\t\t${t}`).join("\n") + "\n");
    expect(diagnostics.filter((d) => d.severity !== "info").map((d) => d.ruleId)).toEqual(["layout-unreadable"]);
  });

  it("header labels with their values on other rows", () => {
    const lines = ["# 财政项目支出绩效目标申报表", "项目名称\t", "\t社区服务经费", "主管部门\t", "\t某区民政局", "实施单位\t", "\t某中心", "计划开始日期\t", "\t2024-01-01"];
    const { diagnostics } = check(lines.join("\n") + "\n" + CLEAN.split("\n").slice(5).join("\n"));
    const ids = diagnostics.map((d) => d.ruleId);
    expect(ids).toContain("layout-unreadable");
    expect(ids).not.toContain("header-required");
  });

  it("a clean table is read with confidence", () => {
    expect(check(CLEAN).diagnostics).toEqual([]);
  });
});
