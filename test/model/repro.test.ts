/**
 * The lost and misplaced cells found by an adversarial test (fixtures/repro, copied from the
 * reproducers' folder with their README's expectations): each holds here.
 */
import { describe, expect, it } from "vitest";
import { check, parse } from "../../src/index.js";
import { fixtureText } from "../support/fixtures.js";

const read = (name: string) => {
  const text = fixtureText(`repro/${name}`);
  return { ...check(text, { path: name }), model: parse(text, { path: name }).document };
};
const ids = (r: ReturnType<typeof read>) => r.diagnostics.map((d) => d.ruleId);
const indicator = (r: ReturnType<typeof read>, name: string) => r.model.projects[0].indicators.find((i) => i.name === name);

describe("lost cells", () => {
  it("a second header row: the first values are read, the others reported", () => {
    const r = read("loss-dup-header-field.txt");
    expect(r.model.projects[0].implementer).toBe("示例区社区卫生服务中心");
    const conflicts = r.diagnostics.filter((d) => d.ruleId === "layout-conflicting-value");
    expect(conflicts.map((d) => d.message)).toEqual([expect.stringContaining("另一个部门"), expect.stringContaining("另一个实施单位")]);
  });

  it("two rows of the same fund label: both amounts kept in sight", () => {
    const r = read("loss-dup-funds-rows.txt");
    expect(r.model.projects[0].funds?.annualTotal).toBe(480000);
    expect(r.diagnostics.filter((d) => d.ruleId === "layout-conflicting-value").map((d) => d.message))
      .toEqual([expect.stringContaining("999,999.00"), expect.stringContaining("888,888.00")]);
  });

  it("three 其他资金 cells: none vanishes", () => {
    const r = read("loss-three-other-funds.txt");
    expect(r.diagnostics.filter((d) => d.ruleId === "layout-conflicting-value")).toHaveLength(1);
  });

  it("a fund label inside an indicator row is reported; the row keeps its indicator and the funds their total", () => {
    const r = read("loss-fund-label-in-indicator-row.txt");
    expect(r.model.projects[0].funds?.annualTotal).toBe(1217200);
    expect(indicator(r, "活动设施完好率")?.value).toMatchObject({ number: 100, unit: "%" });
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ ruleId: "layout-unrecognized-cell", line: 44, message: expect.stringContaining("年度资金总额") }));
  });

  it("an indicator named like a fund field keeps its name and value", () => {
    const r = read("loss-indicator-named-财政资金.txt");
    expect(r.model.projects[0].funds?.annualTotal).toBe(480000);
    expect(r.model.projects[0].indicators.some((i) => i.name === "财政资金" && i.value.kind === "quantitative")).toBe(true);
  });

  it.each(["loss-indicator-named-完成日期.txt", "loss-indicator-named-完成日期-2.txt"])("%s: indicators named like header dates keep their names and values", (name) => {
    const r = read(name);
    const dated = r.model.projects[0].indicators.filter((i) => i.name === "完成日期" || i.name === "开始日期");
    expect(dated.length).toBeGreaterThan(0);
    for (const i of dated) expect(i.value.kind).not.toBe("missing");
    expect(r.model.projects[0].plannedEnd).toBe("2025-12-31");
  });

  it("a stray field label in the goal row does not swallow the goal", () => {
    const r = read("loss-field-label-in-goal-row.txt");
    expect(r.model.projects[0].goals.annual).toMatch(/^全年举办社区健康讲座/);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ ruleId: "layout-unrecognized-cell", message: expect.stringContaining("开始日期") }));
  });

  it("a Markdown table with a repeated date label: the real end date is read, the other value reported", () => {
    const r = read("loss-dup-date-md.txt");
    expect(r.model.projects[0].plannedEnd).toBe("2025-12-31");
    expect(ids(r)).toContain("layout-conflicting-value");
  });

  it("amounts that cannot be read are kept as written, and convert says why", () => {
    const { model } = read("convert-drops-unparsed-amount.txt");
    expect(model.projects[0].funds?.annualTotal).toBeNull();
    expect(model.projects[0].asWritten).toEqual({ annualTotal: "约48万元", annualCarryOver: "详见附件" });
    expect(model.diagnostics.map((d) => d.ruleId)).toEqual(["funds-unit", "funds-unit"]);
  });

  it("dates that cannot be read are kept as written, and convert says why", () => {
    const { model } = read("convert-drops-unparsed-date.txt");
    expect(model.projects[0].asWritten).toMatchObject({ plannedStart: "2025年上半年", plannedEnd: "2025.12" });
    expect(model.diagnostics.map((d) => d.ruleId)).toContain("header-date");
  });

  it("text shaped like a tag is not stripped as HTML", () => {
    expect(read("partial-loss-goal-angle-brackets.txt").model.projects[0].goals.annual).toContain("确保成本A<B且C>D，《规划》<2025版>");
  });
});

describe("misplaced cells", () => {
  it("a 指标性质 column is the indicator's nature, not its value", () => {
    const r = read("misplace-col-nature.txt");
    for (const i of r.model.projects[0].indicators) {
      expect(i.value.kind).not.toBe("missing");
      if (i.name !== "健康教育长效机制") expect(i.nature).toBe("正向");
    }
    expect(r.errorCount + r.warningCount).toBe(0);
  });

  it("a 计量单位 column before the value joins the value", () => {
    const r = read("misplace-col-unit-before-value.txt");
    expect(indicator(r, "单场讲座成本")?.value).toMatchObject({ operator: "≤", number: 20000, unit: "元" });
    expect(indicator(r, "健康教育长效机制")?.value).toEqual({ kind: "qualitative", text: "建立健全" });
    expect(r.errorCount + r.warningCount).toBe(0);
  });

  it.each(["misplace-col-weight.txt", "misplace-col-remark.txt", "misplace-col-all.txt"])("%s: headings of extra columns are no indicators, and the columns become fields", (name) => {
    const r = read(name);
    expect(r.model.projects[0].indicators).toHaveLength(8);
    // The weights these reproducers carry (8 × 10, one row without) are the table's own defect.
    expect(r.diagnostics.filter((d) => d.severity === "error" && d.ruleId !== "indicator-weights-sum")).toEqual([]);
    expect(ids(r)).not.toContain("layout-unrecognized-cell");
  });

  it("the weights read from the 权重 column are checked: 8 × 10 is 80; a row without one is said once", () => {
    const weights = (name: string) => read(name).diagnostics.filter((d) => d.ruleId === "indicator-weights-sum").map((d) => [d.line, d.message]);
    expect(weights("misplace-col-weight.txt")).toEqual([[17, expect.stringContaining("权重合计为80")]]);
    expect(weights("misplace-col-all.txt")).toEqual([[23, expect.stringContaining("1个三级指标没有填写权重（第23行）")]]);
  });

  it("all extra columns: weight, nature, unit and remark of each indicator", () => {
    expect(indicator(read("misplace-col-all.txt"), "单场讲座成本")).toMatchObject({
      value: { operator: "≤", number: 20000, unit: "元" }, nature: "正向", weight: 10, other: { 备注: "无" },
    });
  });

  it.each([
    ["misplace-footnote.txt", "footnote"], ["misplace-signatures.txt", "signature"], ["misplace-signatures-split.txt", "signature"],
  ])("%s: rows that are not data are kept as notes, never indicators", (name, kind) => {
    const r = read(name);
    expect(r.model.projects[0].indicators).toHaveLength(8);
    expect(r.model.projects[0].notes?.map((n) => n.kind)).toContain(kind);
    expect(ids(r)).not.toContain("layout-unrecognized-cell");
  });

  it.each(["misplace-page-footer-plain.txt", "misplace-page-footer-mid-indicators.txt"])("%s: page marks and a continued title do not break the table", (name) => {
    const r = read(name);
    expect(r.model.projects).toHaveLength(1);
    expect(r.model.projects[0].indicators).toHaveLength(8);
    expect(r.errorCount + r.warningCount).toBe(0);
  });

  it.each(["misplace-ind-name-has-form-title.txt", "misplace-goal-short-mentions-form-title.txt"])("%s: the form title inside a cell starts no table", (name) => {
    expect(read(name).model.projects).toHaveLength(1);
  });

  it("indicator names that equal labels keep their names", () => {
    const names = read("misplace-ind-name-is-goal-section.txt").model.projects[0].indicators.map((i) => i.name);
    expect(names).toContain("绩效目标");
    expect(names).not.toContain(null);
  });

  it.each(["misplace-goal-text-shifted.txt", "misplace-shift-leading-remove-seed.txt"])("%s: a goal shifted one column is the annual goal", (name) => {
    const r = read(name);
    expect(r.model.projects[0].goals.annual).not.toBeNull();
    expect(ids(r)).not.toContain("goal-missing");
  });

  it("a | inside a tab-separated cell is part of the cell", () => {
    expect(read("misplace-pipe-in-cell.txt").model.projects[0].implementer).toBe("示例区|社区卫生服务中心");
  });

  it("an escaped \\| in a Markdown table is a | in the cell", () => {
    const r = read("misplace-md-escaped-pipe.txt");
    expect(r.model.projects[0].indicators.some((i) => i.name?.includes("|"))).toBe(true);
    expect(ids(r)).not.toContain("layout-unrecognized-cell");
  });

  it("text after the goal row is kept apart from the goal", () => {
    const r = read("misplace-trailing-text-after-goal.txt");
    expect(r.model.projects[0].goals.annual).not.toContain("附件");
    expect(r.model.projects[0].notes?.map((n) => n.kind)).toContain("attachment");
  });
});
