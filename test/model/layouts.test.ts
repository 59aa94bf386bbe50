/** Layouts the sample does not show (format.md §5), and the reading guarantee on every fixture. */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/index.js";
import { buildDocument } from "../../src/model/builder/index.js";
import { checkDocument, checkText } from "../../src/pipeline.js";
import { allFixtures, fixtureBytes, fixtureText } from "../support/fixtures.js";

const projectsOf = (name: string) => parse(fixtureBytes(name), { path: name }).document.projects;
const categories = (name: string, project = 0) =>
  projectsOf(name)[project].indicators.map((i) => `${i.line} ${i.level1}/${i.level2} ${i.name}`);

describe("layouts", () => {
  it("full-width and ASCII operators, glued units, 万元 with 4–6 decimals and other date forms", () => {
    const [p] = projectsOf("layouts/fullwidth-wanyuan.txt");
    expect(p.funds).toEqual({
      unit: "万元", projectTotal: 2500000, projectFiscal: 2500000, projectOther: 0,
      annualTotal: 1256000, annualAppropriation: 1005000, annualCarryOver: 251000, annualOther: 0,
    });
    expect([p.plannedStart, p.plannedEnd, p.year]).toEqual(["2025-01-01", "2025-12-31", 2025]);
    expect(p.goals.overall).toBe("全周期完成辖区道路养护。");
    const values = p.indicators.map((i) => (i.value.kind === "quantitative" ? [i.value.operator, i.value.number, i.value.unit] : i.value.kind));
    expect(values).toEqual([
      ["≤", 120, "万元"], ["≥", 400, "公里"], [null, 12000, "次"], [null, 2, "km"], ["=", 100, "%"], ["≥", 95, "%"],
      ["≥", 90, "%"], ["≤", 5, "%"], ["<", 3, "%"], ["≥", 10, "%"], ["≥", 90, "%"],
    ]);
    expect(p.indicators[0].level2).toBe("经济成本指标");
  });

  it("five columns with a section-label column, a page break shifting a row, and a blank line", () => {
    expect(categories("layouts/five-column.txt")).toEqual([
      "13 成本指标/经济成本指标 人均补贴标准",
      "14 产出指标/数量指标 补贴发放人数",
      "15 产出指标/数量指标 上门服务次数",
      "16 产出指标/质量指标 补贴发放准确率",
      "18 产出指标/质量指标 服务质量抽查合格率",
      "19 产出指标/时效指标 补贴按月发放及时率",
      "20 效益指标/社会效益指标 老人生活质量",
      "21 效益指标/可持续影响指标 养老服务长效机制",
      "22 满意度指标/服务对象满意度指标 老人满意度",
    ]);
    expect(projectsOf("layouts/five-column.txt")[0].goals.annual).toMatch(/^为辖区80周岁以上老人/);
  });

  it("eight columns of merged cells", () => {
    const [p] = projectsOf("layouts/eight-column.txt");
    expect([p.name, p.implementer, p.plannedStart, p.funds?.annualTotal]).toEqual(["图书馆阅读推广", "某区图书馆", "2024-01-01", 150000]);
    expect(p.goals).toEqual({ overall: "全周期推广全民阅读。", annual: "全年举办阅读推广活动不少于50场，参与读者不少于5000人次。" });
    expect(categories("layouts/eight-column.txt")).toEqual([
      "15 成本指标/经济成本指标 单场活动成本",
      "16 产出指标/数量指标 阅读推广活动场次",
      "17 产出指标/数量指标 参与读者人次",
      "18 产出指标/质量指标 活动方案审核通过率",
      "19 产出指标/时效指标 活动按计划完成率",
      "20 效益指标/社会效益指标 读者阅读参与率",
      "21 满意度指标/服务对象满意度指标 读者满意度",
    ]);
  });

  it("labels mid-block, wrapped over two lines, without 指标, with spaces inside", () => {
    expect(categories("layouts/mid-block-labels.txt")).toEqual([
      "13 成本指标/经济成本指标 活动预算执行成本",
      "14 成本指标/经济成本指标 活动场地租赁成本",
      "15 产出指标/数量指标 文化活动场次",
      "16 产出指标/数量指标 参与居民人次",
      "17 产出指标/数量指标 培训讲座次数",
      "18 产出指标/质量指标 活动方案审核合格率",
      "19 产出指标/质量指标 活动安全事故发生率",
      "20 产出指标/时效指标 活动按期举办率",
      "21 产出指标/时效指标 活动信息及时发布率",
      "22 效益指标/社会效益指标 居民文化活动参与覆盖率",
      "23 效益指标/社会效益指标 社区文化氛围",
      "24 效益指标/社会效益指标 居民知晓率",
      "25 效益指标/可持续影响指标 文化活动品牌培育",
      "26 效益指标/可持续影响指标 活动长效机制",
      "27 满意度指标/服务对象满意度指标 居民满意度",
    ]);
  });

  it("one row with a single sign of the label below stays with the label above", () => {
    const text = [
      "项目名称\t测试", "一级指标\t二级指标\t三级指标\t年度(/项目)指标值",
      "产出指标\t质量指标\t验收合格率\t=100(%)", "\t\t资料归档率\t=100(%)", "\t\t服务人次\t≥10(人次)",
      "\t时效指标\t按期完成率\t=100(%)",
    ].join("\n");
    const [p] = parse(text).document.projects;
    expect(p.indicators.map((i) => i.level2)).toEqual(["质量指标", "质量指标", "质量指标", "时效指标"]);
  });

  it("several tables, one starting at 项目名称 without a title, one with no indicators", () => {
    const projects = projectsOf("layouts/several-tables.txt");
    expect(projects.map((p) => [p.name, p.title, p.lines.start, p.lines.end, p.indicators.length])).toEqual([
      ["河道保洁经费", "财政项目支出绩效目标申报表", 3, 20, 6],
      ["垃圾分类宣传经费", null, 22, 37, 6],
      ["办公设备购置", "财政项目支出绩效目标申报表", 39, 47, 0],
    ]);
    expect(projects[1].plannedStart).toBe("2024-03-01");
    expect(projects[2].goals).toEqual({ overall: null, annual: null });
  });

  it("a truncated table keeps what it has", () => {
    const [p] = projectsOf("layouts/truncated.txt");
    expect(p.indicators.map((i) => [i.line, i.name, i.value.kind])).toEqual([[13, "养护绿地面积", "quantitative"], [14, "绿地养护", "missing"]]);
    expect(p.lines).toEqual({ start: 1, end: 14 });
  });

  it("the legacy generation: 成本 and 满意度 as 二级", () => {
    expect(categories("layouts/legacy.txt").slice(3)).toEqual([
      "16 产出指标/成本指标 每村治理成本",
      "17 效益指标/环境效益指标 农村水环境",
      "18 效益指标/满意度指标 村民满意度",
    ]);
  });
});

describe("nothing is lost silently", () => {
  it.each(allFixtures())("%s: every non-empty cell is placed or reported", (name) => {
    const text = fixtureText(name);
    const document = buildDocument(text, { path: name, encoding: "utf-8" });
    // Tab text is tab text (a | in it is a character); a Markdown row splits at unescaped pipes, and its --- rule row is no cells.
    const cellsOf = (line: string) => line.includes("\t") ? line.split("\t") : line.trimStart().startsWith("|") ? line.split(/(?<!\\)\|/) : [line];
    const nonEmpty = text.split(/\r\n|\r|\n/).flatMap(cellsOf).filter((cell) => cell.replace(/[\s\u3000]+/g, "") !== "" && !/^:?-{3,}:?$/.test(cell.trim())).length;
    expect(document.cellCount).toBe(nonEmpty);
    expect(document.placedCount + document.unplaced.length).toBe(document.cellCount);
  });
});

describe("reading in slices and checking table by table", () => {
  it.each(allFixtures())("%s: any slice size gives the same model", (name) => {
    const text = fixtureText(name);
    const whole = buildDocument(text, { path: name, encoding: "utf-8" });
    for (const slice of [1, 7, 100, 1000]) {
      const sliced = buildDocument(text, { path: name, encoding: "utf-8", sliceSize: slice });
      expect({ ...sliced, text: "" }).toEqual({ ...whole, text: "" });
    }
  });

  it.each(allFixtures())("%s: table-by-table findings equal whole-document findings", (name) => {
    const text = fixtureText(name);
    const whole = checkDocument(buildDocument(text, { path: name, encoding: "utf-8" }));
    expect(checkText(text, { path: name, encoding: "utf-8" }).diagnostics).toEqual(whole);
  });
});

describe("header, funds and heading variants", () => {
  it("reads other names of the same fields", () => {
    const text = [
      "# 财政项目支出绩效目标申报表",
      "项目名称\t测试项目\t项目性质\t经常性项目\t项目类别\t专项业务类",
      "主管部门名称\t某局\t实施主体\t某中心",
      "计划开始日期\t2024-01-01\t计划完成日期\t2024-12-31",
      "项目资金（元）\t资金总额\t\t年度资金申请总额\t100.00",
      "\t其中：财政拨款\t\t其中：当年财政拨款\t100.00",
      "项目绩效目标\t中长期目标\t长期目标文字。\t年度目标\t年度目标文字。",
      "一级指标\t二级指标\t三级指标\t指标值（年度）",
      "产出指标\t数量指标\t活动场次\t≥1(次)",
    ].join("\n");
    const { document } = parse(text);
    const [p] = document.projects;
    expect([p.department, p.implementer]).toEqual(["某局", "某中心"]);
    expect(p.funds).toMatchObject({ annualTotal: 100, annualAppropriation: 100, projectFiscal: null });
    expect(p.goals).toEqual({ overall: "长期目标文字。", annual: "年度目标文字。" });
    expect(p.indicators).toHaveLength(1);
    // 资金总额 is not a label of this form: reported, not guessed.
    expect(document.diagnostics.map((d) => d.message)).toEqual([expect.stringContaining("资金总额")]);
  });
});

describe("many unplaced cells", () => {
  it("keeps the first 10,000 and sums up the rest in one finding (text before the first table said once)", async () => {
    const { CLEAN } = await import("../support/declaration.js");
    const text = "附件说明\n".repeat(10_005) + CLEAN;
    const found = checkText(text, { path: "x", encoding: "utf-8" }).diagnostics.filter((d) => d.ruleId === "layout-unrecognized-cell");
    expect(found.map((d) => d.message)).toEqual([expect.stringContaining("第一张申报表之前有10000个单元格"), "另有5个无法识别的单元格未逐一列出"]);
    expect(found.at(-1)).toMatchObject({ line: 10_000 });
  });
});

describe("a money unit said apart from the funds label", () => {
  const table = (unitLine: string, section: string) => [
    unitLine,
    "# 财政项目支出绩效目标申报表",
    "项目名称\t测试\t项目性质\t经常性项目\t项目类别\t专项业务类",
    `${section}\t项目资金总额\t\t年度资金申请总额\t12.5`,
    "\t其中：财政资金\t\t其中：当年财政拨款\t12.5",
  ].join("\n");

  it("before the first table (`单位：万元`)", () => {
    const { document } = parse(table("金额单位：万元", "项目资金"));
    expect(document.projects[0].funds).toMatchObject({ unit: "万元", annualTotal: 125000 });
    expect(document.diagnostics).toEqual([]);
  });

  it("the label's own unit wins", () => {
    expect(parse(table("单位：万元", "项目资金（元）")).document.projects[0].funds).toMatchObject({ unit: "元", annualTotal: 12.5 });
  });

  it("inside the table, after the amounts", () => {
    const text = table("", "项目资金") + "\n（单位：万元）";
    expect(parse(text).document.projects[0].funds).toMatchObject({ unit: "万元", annualTotal: 125000 });
  });
});

describe("a unit column", () => {
  it("joins the unit to its number", () => {
    const text = [
      "项目名称\t测试",
      "一级指标\t二级指标\t三级指标\t指标值\t计量单位",
      "产出指标\t数量指标\t举办活动场次\t≥4\t次",
      "\t质量指标\t验收合格率\t100\t%",
      "\t时效指标\t按期完成\t及时\t",
    ].join("\n");
    const { document } = parse(text);
    expect(document.projects[0].indicators.map((i) => i.value)).toEqual([
      { kind: "quantitative", operator: "≥", number: 4, unit: "次", text: "≥4 次" },
      { kind: "quantitative", operator: null, number: 100, unit: "%", text: "100 %" },
      { kind: "qualitative", text: "及时" },
    ]);
    expect(document.diagnostics).toEqual([]);
  });
});

describe("more page-break layouts", () => {
  const base = [
    "项目名称\t测试",
    "一级指标\t二级指标\t三级指标\t年度(/项目)指标值",
    "产出指标\t数量指标\t活动场次\t≥2(次)",
    "\t质量指标\t验收合格率\t=100(%)",
  ];

  it("a label split over two lines with a blank line between", () => {
    const text = [...base, "", "绩效", "", "指标", "", "\t时效指标\t按期完成率\t=100(%)"].join("\n");
    const { document } = parse(text);
    expect(document.projects[0].indicators.map((i) => i.name)).toEqual(["活动场次", "验收合格率", "按期完成率"]);
    expect(document.diagnostics).toEqual([]);
  });

  it("a 一级 with its only 二级 left out (满意度指标)", () => {
    const text = [...base, "满意度指标\t\t群众评价\t≥90(%)"].join("\n");
    const last = parse(text).document.projects[0].indicators.at(-1)!;
    expect([last.level1, last.level2]).toEqual(["满意度指标", "服务对象满意度指标"]);
  });
});

describe("names that end in 指标", () => {
  it("are names when nothing else on the row is", () => {
    const text = ["项目名称\t测试", "一级指标\t二级指标\t三级指标\t指标值", "产出指标\t数量指标\t活动场次\t≥2(次)", "\t\t约束性指标\t≥1(项)"].join("\n");
    const [, second] = parse(text).document.projects[0].indicators;
    expect([second.level2, second.name, second.value.kind]).toEqual(["数量指标", "约束性指标", "quantitative"]);
  });
});
