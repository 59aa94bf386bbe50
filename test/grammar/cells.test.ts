import { describe, expect, it } from "vitest";
import { parseValue } from "../../grammar/value.js";
import { parseAmount, formatYuan } from "../../grammar/money.js";
import { parseDate } from "../../grammar/date.js";
import { classifyCell } from "../../grammar/cell-kinds.js";

describe("indicator values (format.md §4)", () => {
  it.each([
    ["≥4.00(次)", "≥", 4, "次"],
    ["=100.00 (%)", "=", 100, "%"],
    ["<5.00(%)", "<", 5, "%"],
    ["=5.00(名/场)", "=", 5, "名/场"],
    ["＝100（％）", "=", 100, "%"],
    ["≧95", "≥", 95, null],
    [">=400", "≥", 400, null],
    ["<=475", "≤", 475, null],
    ["＞3", ">", 3, null],
    ["≦2", "≤", 2, null],
    ["≥90%", "≥", 90, "%"],
    ["≤120万元", "≤", 120, "万元"],
    ["2km", null, 2, "km"],
    ["12000(次)", null, 12000, "次"],
    ["985米", null, 985, "米"],
    ["不低于95%", "≥", 95, "%"],
    ["90%以上", "≥", 90, "%"],
    ["1,200(人次)", null, 1200, "人次"],
  ])("%s", (text, operator, number, unit) => {
    expect(parseValue(text)).toEqual({ kind: "quantitative", operator, number, unit, text });
  });

  it.each(["提升", "及时", "建立健全", "控制在预算内", "明显改善", "优良", "达标", "≥**(人)", "XX"])("%s is qualitative", (text) => {
    expect(parseValue(text)).toEqual({ kind: "qualitative", text });
  });

  it("a blank value is missing", () => {
    expect(parseValue(" ")).toEqual({ kind: "missing" });
  });
});

describe("money in fen", () => {
  it.each([
    ["1,217,200.00", "元", 121720000],
    ["0.00", "元", 0],
    ["125.6000", "万元", 125600000],
    ["25.100000", "万元", 25100000],
    [" 250万", "元", 250000000],
    ["３００元", "万元", 30000],
    ["-10.50", "元", -1050],
  ] as const)("%s (%s) = %i fen", (text, unit, fen) => {
    expect(parseAmount(text, unit)?.fen).toBe(fen);
  });

  it("refuses what is not a whole number of fen", () => {
    expect(parseAmount("0.005", "元")).toBeUndefined();
    expect(parseAmount("1.0000001", "万元")).toBeUndefined();
    expect(parseAmount("十万", "元")).toBeUndefined();
  });

  it("formats fen as 元", () => {
    expect(formatYuan(121720000)).toBe("1,217,200.00");
    expect(formatYuan(-5)).toBe("-0.05");
  });
});

describe("dates", () => {
  it.each([["2024-01-01", "2024-01-01"], ["2024/1/1", "2024-01-01"], ["2024.01.01", "2024-01-01"], ["2024年1月1日", "2024-01-01"], ["2024-02-29", "2024-02-29"]])("%s", (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });
  it("refuses impossible dates", () => {
    expect(parseDate("2023-02-29")).toBeUndefined();
    expect(parseDate("2024-13-01")).toBeUndefined();
  });
});

describe("cells classified by content", () => {
  it.each([
    ["## 财政项目支出绩效目标申报表", "formTitle"],
    ["# 某区2024年度项目绩效目标汇总表", "heading"],
    ["某区2024年度项目绩效目标汇总表", "heading"],
    ["（2024年度）", "year"],
    ["项目名称", "field"],
    ["项目资金（万元）", "fundsSection"],
    ["其中：当年财政拨款", "fundLabel"],
    ["项目 绩效 目标", "goalSection"],
    ["年度总体目标", "goalHeading"],
    ["绩效 指标", "indicatorSection"],
    ["年度(/项目)指标值", "indicatorHeading"],
    ["满意度指 标", "level1"],
    ["经济成本", "level2"],
    ["1,217,200.00", "amount"],
    ["2024年1月1日", "date"],
    ["≥4.00(次)", "value"],
    ["课题调研完成率", "text"],
  ])("%s is %s", (text, kind) => {
    expect(classifyCell(text).kind).toBe(kind);
  });
});
