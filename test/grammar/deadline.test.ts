/** Deadlines as values (grammar/deadline.ts), the accepted words, and the value parser's properties. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseValue, parseQuantitative, isQualitativePhrase, looksLikeValue, valueInYear, type IndicatorValue } from "../../grammar/value.js";
import { parse } from "../../src/index.js";
import { CLEAN, setLine } from "../support/declaration.js";

describe("a deadline is its own kind of value, with an ISO date or period", () => {
  it.each([
    // a full date
    ["2024年12月31日前", "≤", "2024-12-31"],
    ["2024年12月31日之前", "≤", "2024-12-31"],
    ["2024-12-31", null, "2024-12-31"],
    ["2024/6/30前", "≤", "2024-06-30"],
    ["2024.12.31", null, "2024-12-31"],
    ["截至2024年12月31日", "≤", "2024-12-31"],
    ["≤2024-12-31", "≤", "2024-12-31"],
    ["<=2024-12-31", "≤", "2024-12-31"],
    ["２０２４－１２－３１", null, "2024-12-31"],
    ["于2024年12月31日前完成", "≤", "2024-12-31"],
    ["2024 年 12 月 31 日前", "≤", "2024-12-31"],
    // a month of a year
    ["2024年12月", null, "2024-12"],
    ["2024年12月底前", "≤", "2024-12"],
    ["2024年6月份", null, "2024-06"],
    ["2024-12", null, "2024-12"],
    ["2024.06", null, "2024-06"],
    // a year, its end, its halves and quarters
    ["2024年", null, "2024"],
    ["2024年度", null, "2024"],
    ["2024年底前", "≤", "2024-12"],
    ["2024年末", null, "2024-12"],
    ["2024年内", "≤", "2024"],
    ["2024年上半年", null, "2024-H1"],
    ["2024年第四季度", null, "2024-Q4"],
    ["2024年四季度", null, "2024-Q4"],
    ["2024年Q4", null, "2024-Q4"],
    // without a year: ISO's --MM and --MM-DD, Q and H
    ["6月底前", "≤", "--06"],
    ["12月底前完成", "≤", "--12"],
    ["十二月底前", "≤", "--12"],
    ["6月前", "≤", "--06"],
    ["6月份", null, "--06"],
    ["9月中旬", null, "--09"],
    ["12月", null, "--12"],
    ["11月30日前", "≤", "--11-30"],
    ["2月29日前", "≤", "--02-29"],
    ["当年12月底前", "≤", "--12"],
    ["第三季度", null, "Q3"],
    ["三季度", null, "Q3"],
    ["第3季度末", null, "Q3"],
    ["Q3", null, "Q3"],
    ["上半年", null, "H1"],
    ["下半年", null, "H2"],
    ["年底前", "≤", "--12"],
    ["年底", null, "--12"],
    ["年内", "≤", "--12"],
    ["年内完成", "≤", "--12"],
    ["年度内", "≤", "--12"],
    ["年中", null, "--06"],
  ])("%s", (text, operator, date) => {
    expect(parseValue(text)).toEqual({ kind: "deadline", operator, date, text: text.trim() });
  });

  it.each([
    // durations and counts stay numbers
    ["≤12月", "quantitative"],
    ["≥6月", "quantitative"],
    ["6月内", "quantitative"],
    ["20年", "quantitative"],
    ["1000年", "quantitative"],
    ["2024.6", "quantitative"],
    ["≥260.00(天)", "quantitative"],
    // not a date
    ["13月底前", "qualitative"],
    ["valueOf", "qualitative"],
    ["constructor", "qualitative"],
    ["2024年2月30日", "qualitative"],
    ["第五季度", "qualitative"],
    ["全年", "qualitative"],
  ])("%s is %s, not a deadline", (text, kind) => {
    expect(parseValue(text).kind).toBe(kind);
  });

  it("`6月底前` is not the number 6 with the unit 月底前", () => {
    expect(parseQuantitative("6月底前")).toBeUndefined();
  });

  it("a duration within a time has the operator ≤", () => {
    expect(parseValue("30日内")).toMatchObject({ kind: "quantitative", operator: "≤", number: 30, unit: "日" });
    expect(parseValue("3个工作日内")).toMatchObject({ kind: "quantitative", operator: "≤", number: 3, unit: "个工作日" });
    expect(parseValue("6月内")).toMatchObject({ kind: "quantitative", operator: "≤", number: 6, unit: "月" });
  });

  it("takes the table's year where it has none", () => {
    const inYear = (text: string, year: number | null) => (valueInYear(parseValue(text), year) as Extract<IndicatorValue, { kind: "deadline" }>).date;
    expect(inYear("6月底前", 2024)).toBe("2024-06");
    expect(inYear("11月30日前", 2024)).toBe("2024-11-30");
    expect(inYear("第三季度", 2024)).toBe("2024-Q3");
    expect(inYear("上半年", 2025)).toBe("2025-H1");
    expect(inYear("年底前", 2024)).toBe("2024-12");
    expect(inYear("2023年12月", 2024)).toBe("2023-12");
    expect(inYear("2月29日前", 2023)).toBe("--02-29"); // no such day that year: left as written
    expect(inYear("6月底前", null)).toBe("--06");
  });

  it("reads as a value cell", () => {
    for (const text of ["2024年12月31日前", "第三季度", "6月底前", "上半年"]) expect(looksLikeValue(text)).toBe(true);
  });
});

describe("rates per mille and per 100,000", () => {
  it.each([
    ["≤5‰", "‰"],
    ["≤5(‰)", "‰"],
    ["≤10(/10万)", "/10万"],
    ["≤10/10万", "/10万"],
    ["≤200(1/10万)", "1/10万"],
    ["≤15/万人", "/万人"],
    ["≤3例/10万", "例/10万"],
  ])("%s has the unit %s", (text, unit) => {
    expect(parseValue(text)).toMatchObject({ kind: "quantitative", unit });
  });

  it("a fraction is no rate per a power of ten", () => {
    expect(parseValue("完成1/2").kind).toBe("qualitative");
    expect(parseValue("≥1/3").kind).toBe("qualitative");
  });
});

describe("values a reviewer accepts without a figure", () => {
  it.each([
    "可控", "风险可控", "总体可控", "在可控范围内", "合规", "依法合规", "合法合规", "合理", "科学合理",
    "零投诉", "零事故", "零差错", "应保尽保", "应补尽补", "应收尽收", "中长期", "长期", "全年", "常年", "全覆盖",
    "按月", "每季度", "定期", "齐全", "次年3月底前", "开学前", "汛期前", "2024年1-6月", "每月1次", "每年两次", "1:15", "≤1：2",
    "AAAA", "A级", "二级以上", "三星级", "较上年提高5%", "同比增长10%以上", "不低于上年", "与上年持平", "当日办结",
    "项目周期内", "规定时限内", "一年", "半年", "三个月内", "随时", "T+1", "2024.1-2024.12", "2024-2025",
  ])("%s", (text) => {
    expect(isQualitativePhrase(text)).toBe(true);
  });

  it.each(["按合同约定", "90%-95%", "1-2", "2024年2月30日", "2024年2月30日前", "13月底前", "岳阳县农业农村局2022年乡村振兴衔接资金项目绩效目标（续表）", "— 2 —"])("%s is not one", (text) => {
    expect(parseValue(text).kind).toBe("qualitative");
    expect(isQualitativePhrase(text)).toBe(false);
  });
});

describe("the value parser (properties)", () => {
  const runs = Number(process.env.PERFGOAL_FC_RUNS ?? 300);
  const options = { numRuns: runs, seed: 20241128 };
  const pieces = fc.constantFrom(
    "≥", "≤", "=", "<", ">", "＞", "≧", "2024", "年", "12", "月", "31", "日", "前", "底", "第", "三", "季度", "上半年", "内", "以内",
    "完成", "(", ")", "（", "）", "%", "‰", "/10万", "万元", "次", "人", ".", "-", "/", " ", "不低于", "以上", "十二", "Q3", "**", "X",
  );
  const texts = fc.oneof(fc.string({ maxLength: 30 }), fc.array(pieces, { maxLength: 8 }).map((p) => p.join("")));

  it("never throws, and gives exactly one kind", () => {
    fc.assert(fc.property(texts, (text) => {
      const value = parseValue(text);
      expect(["quantitative", "deadline", "qualitative", "missing"]).toContain(value.kind);
    }), options);
  });

  it("a deadline never also parses as a number", () => {
    fc.assert(fc.property(texts, (text) => {
      if (parseValue(text).kind === "deadline") expect(parseQuantitative(text)).toBeUndefined();
    }), options);
  });

  it("a deadline's date is ISO 8601 (or its forms without a year), and a year makes it whole", () => {
    const ISO = /^(?:\d{4}(?:-\d{2}(?:-\d{2})?|-Q[1-4]|-H[12])?|--\d{2}(?:-\d{2})?|Q[1-4]|H[12])$/;
    fc.assert(fc.property(texts, fc.integer({ min: 1990, max: 2099 }), (text, year) => {
      const value = parseValue(text);
      if (value.kind !== "deadline") return;
      expect(value.date).toMatch(ISO);
      const dated = valueInYear(value, year) as typeof value;
      if (!dated.date.startsWith("--02-29")) expect(dated.date).toMatch(/^\d{4}/);
    }), options);
  });
});

describe("a deadline in the model", () => {
  it("takes the table's year, and a deadline written before its name is still the value", () => {
    const text = setLine(CLEAN, 17, "\t时效指标\t6月底前\t活动完成时间");
    const indicator = parse(text).document.projects[0].indicators.find((i) => i.line === 17);
    expect([indicator?.name, indicator?.value]).toEqual(["活动完成时间", { kind: "deadline", operator: "≤", date: "2024-06", text: "6月底前" }]);
  });
});
