/**
 * The sample read as seed-expected.md says it must be: every project field, all seven fund
 * amounts, the goal texts, and all 54 + 3 + 11 indicators with their categories and values.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parse } from "../../src/index.js";
import { SEED } from "../support/fixtures.js";

const { document } = parse(readFileSync(SEED), { path: "fixtures/seed/000_f9c598031c2c4aa2.txt" });
const [t1, t2, t3] = document.projects;

const COMMON = {
  title: "财政项目支出绩效目标申报表",
  year: 2024,
  nature: "其他经常性项目",
  category: "特定目标类",
  department: "上海市奉贤区人民政府西渡街道办事处",
  implementer: "上海市奉贤区西渡街道社区党群服务中心",
  plannedStart: "2024-01-01",
  plannedEnd: "2024-12-31",
};

/** [line, level1, level2, name, operator or kind, number or text, unit] per indicator. */
type Row = [number, string, string, string, string, number | string | null, string | null];
const rows = (project: typeof t1): Row[] => project.indicators.map((i) => {
  const v = i.value;
  if (v.kind === "quantitative") return [i.line, i.level1!, i.level2!, i.name!, v.operator ?? "none", v.number, v.unit];
  if (v.kind === "qualitative") return [i.line, i.level1!, i.level2!, i.name!, "qualitative", v.text, null];
  return [i.line, i.level1!, i.level2!, i.name!, "missing", null, null];
});

describe("the sample (seed-expected.md)", () => {
  it("has the document title, encoding and three projects", () => {
    expect(document.title).toBe("上海市奉贤区西渡街道社区党群服务中心2024年度项目绩效目标汇总表");
    expect(document.encoding).toBe("utf-8");
    expect(document.projects.map((p) => p.name)).toEqual(["党建经费", "专户项目经费", "生活驿站运行经费"]);
    expect(document.diagnostics).toEqual([]);
  });

  it("reads the header of every table", () => {
    for (const project of document.projects) expect(project).toMatchObject(COMMON);
  });

  it("reads all seven fund amounts, blank left group as null", () => {
    const blank = { unit: "元", projectTotal: null, projectFiscal: null, projectOther: null };
    expect(t1.funds).toEqual({ ...blank, annualTotal: 1217200, annualAppropriation: 1217200, annualCarryOver: 0, annualOther: 0 });
    expect(t2.funds).toEqual({ ...blank, annualTotal: 100000, annualAppropriation: 0, annualCarryOver: 0, annualOther: 100000 });
    expect(t3.funds).toEqual({ ...blank, annualTotal: 296000, annualAppropriation: 296000, annualCarryOver: 0, annualOther: 0 });
  });

  it("reads the goals, with HTML stripped", () => {
    expect(t1.goals.overall).toBeNull();
    expect(t1.goals.annual).toMatch(/^做好社区、农村、园区、企业党员活动工作，/);
    expect(t1.goals.annual).toMatch(/选调生课题调研全年至少完成1个课题调研。$/);
    expect(t1.goals.annual).not.toContain("<p>");
    expect(t2.goals).toEqual({ overall: null, annual: "完成2024年专户项目工作。" });
    expect(t3.goals.overall).toBeNull();
    expect(t3.goals.annual).toMatch(/^为了能让西渡街道生活驿站能正常运作/);
  });

  it("gives each table its lines", () => {
    expect(document.projects.map((p) => p.lines)).toEqual([{ start: 5, end: 79 }, { start: 81, end: 97 }, { start: 99, end: 124 }]);
  });

  it("reads table 1: 54 indicators, 53 with a value, in their blocks", () => {
    const r = rows(t1);
    expect(r).toHaveLength(54);
    expect(r.filter((x) => x[4] !== "missing")).toHaveLength(53);
    const block = (level2: string) => r.filter((x) => x[2] === level2).map((x) => x[0]);
    const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
    expect(block("经济成本指标")).toEqual([21]);
    expect(block("数量指标")).toEqual(range(22, 38));
    expect(block("质量指标")).toEqual(range(43, 47));
    expect(block("时效指标")).toEqual(range(48, 57));
    expect(block("经济效益指标")).toEqual([58, 59]);
    expect(block("社会效益指标")).toEqual([...range(60, 64), ...range(66, 75)]);
    expect(block("可持续影响指标")).toEqual([76, 77, 78]);
    expect(block("服务对象满意度指标")).toEqual([79]);
    const level1 = Object.fromEntries(r.map((x) => [x[2], x[1]]));
    expect(level1).toEqual({
      经济成本指标: "成本指标", 数量指标: "产出指标", 质量指标: "产出指标", 时效指标: "产出指标",
      经济效益指标: "效益指标", 社会效益指标: "效益指标", 可持续影响指标: "效益指标", 服务对象满意度指标: "满意度指标",
    });
  });

  it("reads table 1's values exactly", () => {
    const byLine = new Map(rows(t1).map((x) => [x[0], x.slice(3)]));
    expect(byLine.get(21)).toEqual(["成本控制率", "qualitative", "控制在预算内", null]);
    expect(byLine.get(22)).toEqual(["举办基层党建大型活动场次", "≥", 4, "次"]);
    expect(byLine.get(28)).toEqual(["班子成员学习学时", "≥", 56, "学时"]);
    expect(byLine.get(33)).toEqual(["“两新”党组织活动数量", "≥", 110, "次"]);
    expect(byLine.get(34)).toEqual(["“两新”党组织补贴发放单位(人数)", "≥", 50, "家"]);
    expect(byLine.get(36)).toEqual(["课题调研完成率", "≥", 1, "个"]);
    expect(byLine.get(37)).toEqual(["活动工作人员配置标准", "=", 5, "名/场"]);
    expect(byLine.get(38)).toEqual(["活动完成率", "=", 100, "%"]);
    expect(byLine.get(47)).toEqual(["课题调研质量", "≥", 90, "%"]);
    expect(byLine.get(55)).toEqual(["“两新”党组织活动开展及时性", "qualitative", "及时", null]);
    expect(byLine.get(56)).toEqual(["补贴发放及时性", "qualitative", "及时", null]);
    expect(byLine.get(57)).toEqual(["课题调研完成率", "=", 100, "%"]);
    expect(byLine.get(58)).toEqual(["促进经济、社会发展", "missing", null, null]);
    expect(byLine.get(59)).toEqual(["促进产业、企业高质量发展", "qualitative", "提升", null]);
    expect(byLine.get(63)).toEqual(["区域化党建活动参与人数", "≥", 3000, "人次"]);
    expect(byLine.get(76)).toEqual(["长效管理机制健全性", "qualitative", "建立健全", null]);
    expect(byLine.get(79)).toEqual(["参与活动对象满意度", "≥", 90, "%"]);
  });

  it("counts operators and units as format.md §4 says", () => {
    const quantitative = document.projects.flatMap((p) => p.indicators).map((i) => i.value).filter((v) => v.kind === "quantitative");
    const count = (key: "operator" | "unit") => quantitative.reduce<Record<string, number>>((acc, v) => {
      const k = String(v[key]);
      acc[k] = (acc[k] ?? 0) + 1;
      return acc;
    }, {});
    expect(count("operator")).toEqual({ "≥": 32, "=": 20, "<": 1 });
    expect(count("unit")).toEqual({ "%": 30, 次: 10, 家: 3, 学时: 2, 人: 2, 个: 2, 人次: 2, "名/场": 1, 天: 1 });
  });

  it("reads table 2", () => {
    expect(rows(t2)).toEqual([
      [95, "产出指标", "数量指标", "工作完成率", "=", 100, "%"],
      [96, "产出指标", "质量指标", "工作达标率", "=", 100, "%"],
      [97, "效益指标", "可持续影响指标", "长效管理机制健全性", "qualitative", "建立健全", null],
    ]);
  });

  it("reads table 3", () => {
    expect(rows(t3)).toEqual([
      [113, "成本指标", "经济成本指标", "成本控制率", "qualitative", "控制在预算内", null],
      [114, "产出指标", "数量指标", "设施维修完成率", "=", 100, "%"],
      [115, "产出指标", "质量指标", "设施维修质量达标率", "=", 100, "%"],
      [116, "产出指标", "时效指标", "设施维修完成及时性", "qualitative", "及时", null],
      [117, "效益指标", "社会效益指标", "有责投诉率", "<", 5, "%"],
      [118, "效益指标", "社会效益指标", "公益慈善活动参与率", "≥", 90, "%"],
      [119, "效益指标", "社会效益指标", "生活驿站全年开放天数", "≥", 260, "天"],
      [120, "效益指标", "社会效益指标", "提升服务党员群众意识", "qualitative", "提升", null],
      [122, "效益指标", "社会效益指标", "设施正常使用率", "=", 100, "%"],
      [123, "效益指标", "可持续影响指标", "长效管理机制健全性", "qualitative", "建立健全", null],
      [124, "满意度指标", "服务对象满意度指标", "群众满意度", "≥", 90, "%"],
    ]);
  });

  it("matches the golden model", async () => {
    await expect(JSON.stringify(document, null, 2)).toMatchFileSnapshot("../golden/seed.model.json");
  });
});
