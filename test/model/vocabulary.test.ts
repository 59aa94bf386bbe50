/** Other regions' and generations' forms: their titles, labels, columns and rows that are not data. */
import { describe, expect, it } from "vitest";
import { check, parse } from "../../src/index.js";

const model = (text: string) => parse(text).document;
const first = (text: string) => model(text).projects[0];

describe("titles", () => {
  it.each([
    ["2023年项目支出绩效目标申报表", 2023],
    ["部门预算项目绩效目标申报表(2023年度)", 2023],
    ["绩效目标申报表(基础设施建设类)", null],
    ["项目支出绩效目标表（ 2019 年度）", 2019],
  ])("%s starts a table (year %s)", (title, year) => {
    const p = first(`${title}\n项目名称\t测试\n年度资金总额\t10.00\n`);
    expect(p.title).toBe(title);
    expect(p.year).toBe(year);
  });

  it("a cell that only mentions the form is no title", () => {
    const { projects } = model("项目名称\t测试\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t时效指标\t绩效目标申报表编报及时率\t=100%\n");
    expect(projects).toHaveLength(1);
    expect(projects[0].indicators[0].name).toBe("绩效目标申报表编报及时率");
  });
});

describe("labels of other forms", () => {
  const text = [
    "项目支出名称\t乡村公路日常养护\t预算部门\t示例县交通运输局",
    "单位名称\t示例县公路养护中心\t项目负责人及电话\t张三 13800000000",
    "资金情况（万元）\t年度资金总额：\t350\t其中：财政拨款\t300\t上年结转\t50",
    "总体目标\t三年内全县乡村公路优良率达到85%",
    "年度目标\t全年养护乡村公路350公里",
    "一级指标\t二级指标\t三级指标\t指标值",
    "产出指标\t数量指标\t养护里程\t≥350公里",
    "\t进度指标\t养护任务完成时间\t2024年12月底前",
    "效果指标\t社会效益指标\t群众出行满意度提升\t明显提升",
    "满意度指标\t社会公众或服务对象满意度指标\t沿线群众满意度\t≥90%",
  ].join("\n");

  it("read into the same fields", () => {
    const p = first(text);
    expect(p).toMatchObject({
      name: "乡村公路日常养护", department: "示例县交通运输局", implementer: "示例县公路养护中心", contact: "张三 13800000000",
      goals: { overall: "三年内全县乡村公路优良率达到85%", annual: "全年养护乡村公路350公里" },
    });
    expect(p.funds).toMatchObject({ unit: "万元", annualTotal: 3_500_000, annualAppropriation: 3_000_000, annualCarryOver: 500_000 });
    expect(p.indicators.map((i) => [i.level1, i.level2])).toEqual([
      ["产出指标", "数量指标"], ["产出指标", "时效指标"], ["效益指标", "社会效益指标"], ["满意度指标", "服务对象满意度指标"],
    ]);
  });

  it("a field the form does not print is not reported missing", () => {
    const ids = check(text).diagnostics.map((d) => d.ruleId);
    expect(ids).not.toContain("header-required");
    expect(ids).not.toContain("layout-unrecognized-cell");
  });

  it("a label and its value in one cell", () => {
    const p = first("项目名称：乡村公路日常养护\t主管部门：示例县交通运输局\n年度资金总额：350.00\t其中：财政拨款：350.00\n年度目标：完成养护\n");
    expect(p).toMatchObject({ name: "乡村公路日常养护", department: "示例县交通运输局", goals: { annual: "完成养护" } });
    expect(p.funds).toMatchObject({ annualTotal: 350, annualAppropriation: 350 });
  });
});

describe("indicator columns of other forms", () => {
  it("mid-term and annual values side by side, and goals side by side", () => {
    const p = first([
      "项目名称\t测试",
      "\t中期目标\t年度目标",
      "项目 绩效 目标\t三年完成改造100公里\t本年完成改造40公里",
      "一级指标\t二级指标\t三级指标\t中期指标值\t年度指标值",
      "产出指标\t数量指标\t改造里程\t≥100公里\t≥40公里",
    ].join("\n"));
    expect(p.goals).toEqual({ overall: "三年完成改造100公里", annual: "本年完成改造40公里" });
    expect(p.indicators[0]).toMatchObject({
      value: { operator: "≥", number: 40, unit: "公里" },
      longTermValue: { operator: "≥", number: 100, unit: "公里" },
    });
  });

  it("operator, number and unit in three columns", () => {
    const p = first("项目名称\t测试\n一级指标\t二级指标\t三级指标\t运算符\t数值\t计量单位\n产出指标\t数量指标\t培训人次\t≥\t200\t人次\n");
    expect(p.indicators[0].value).toMatchObject({ kind: "quantitative", operator: "≥", number: 200, unit: "人次" });
  });

  it("指标方向性, 绩效标准 and 指标值说明 are kept under their headings", () => {
    const p = first("项目名称\t测试\n一级指标\t二级指标\t三级指标\t指标值\t指标方向性\t绩效标准\t指标值说明\n产出指标\t数量指标\t培训人次\t≥200人次\t正向\t达到得满分\t按签到表统计\n");
    expect(p.indicators[0]).toMatchObject({ direction: "正向", other: { 绩效标准: "达到得满分", 指标值说明: "按签到表统计" } });
  });
});

describe("rows that are not data", () => {
  it.each([
    ["财政部门审核意见\t同意", "approval"],
    ["主管部门审核意见：同意申报", "approval"],
    ["注：指标值请填写数字", "footnote"],
    ["填报人：张三\t联系电话：021-1234", "signature"],
    ["单位负责人：李四", "signature"],
    ["附件：测算依据", "attachment"],
  ])("%s is a note of kind %s", (row, kind) => {
    const p = first(`项目名称\t测试\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训人次\t≥200人次\n${row}\n`);
    expect(p.indicators).toHaveLength(1);
    expect(p.notes?.[0].kind).toBe(kind);
  });

  it.each(["第 1 页 共 3 页", "- 1 -", "财政项目支出绩效目标申报表（续）"])("%s between indicator rows is a page mark", (mark) => {
    const text = `项目名称\t测试\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训人次\t≥200人次\n${mark}\n\t质量指标\t合格率\t≥95%\n`;
    const document = model(text);
    expect(document.projects).toHaveLength(1);
    expect(document.projects[0].indicators.map((i) => i.level2)).toEqual(["数量指标", "质量指标"]);
    expect(document.diagnostics).toEqual([]);
  });
});
