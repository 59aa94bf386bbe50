/**
 * RuleTester-style cases: for every rule, inputs that must pass (no finding of the rule)
 * and inputs that must fail, with the line and column of each expected finding.
 * Most cases mutate CLEAN, a declaration that passes every rule.
 */
import { CLEAN, insertLines, removeLine, setLine } from "../support/declaration.js";
import type { Profile } from "../../src/model/taxonomy.js";

export interface Expected {
  line: number | null;
  /** The column, or the text the finding must point at on that line. */
  column: number | string | null;
  severity?: "error" | "warning" | "info";
  /** A fragment the message must contain. */
  message?: string;
}

export interface InvalidCase {
  name: string;
  text: string;
  errors: Expected[];
  profile?: Profile;
}

export interface ValidCase {
  name: string;
  text: string;
  profile?: Profile;
}

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

const clean = { name: "the clean declaration", text: CLEAN };

export const CASES: Record<string, RuleCases> = {
  "funds-annual-sum": {
    valid: [
      clean,
      { name: "万元 with four decimals", text: setLine(setLine(setLine(CLEAN, 6, "项目资金（万元）\t项目资金总额\t\t年度资金申请总额\t30.0000"), 7, "\t其中：财政资金\t\t其中：当年财政拨款\t25.0000"), 9, "\t其他资金\t\t其他资金\t5.0000") },
      { name: "sums that floats get wrong (0.1 + 0.2)", text: setLine(setLine(setLine(CLEAN, 6, "项目资金 (元)\t项目资金总额\t\t年度资金申请总额\t0.30"), 7, "\t其中：财政资金\t\t其中：当年财政拨款\t0.10"), 9, "\t其他资金\t\t其他资金\t0.20") },
    ],
    invalid: [
      { name: "parts do not add up", text: setLine(CLEAN, 7, "\t其中：财政资金\t\t其中：当年财政拨款\t200,000.00"), errors: [{ line: 6, column: "300,000.00", message: "相差50,000.00元" }] },
      { name: "off by one fen", text: setLine(CLEAN, 9, "\t其他资金\t\t其他资金\t50,000.01"), errors: [{ line: 6, column: "300,000.00" }] },
    ],
  },
  "funds-project-sum": {
    valid: [clean, { name: "project group filled and right", text: setLine(setLine(CLEAN, 6, "项目资金 (元)\t项目资金总额\t600,000.00\t年度资金申请总额\t300,000.00"), 7, "\t其中：财政资金\t500,000.00\t其中：当年财政拨款\t250,000.00").replace("\t其他资金\t\t其他资金", "\t其他资金\t100,000.00\t其他资金") }],
    invalid: [
      { name: "project parts do not add up", text: setLine(setLine(CLEAN, 6, "项目资金 (元)\t项目资金总额\t600,000.00\t年度资金申请总额\t300,000.00"), 7, "\t其中：财政资金\t400,000.00\t其中：当年财政拨款\t250,000.00"), errors: [{ line: 6, column: "600,000.00" }] },
    ],
  },
  "funds-annual-exceeds-project": {
    valid: [clean, { name: "multi-year project", text: setLine(setLine(CLEAN, 6, "项目资金 (元)\t项目资金总额\t900,000.00\t年度资金申请总额\t300,000.00"), 7, "\t其中：财政资金\t900,000.00\t其中：当年财政拨款\t250,000.00") }],
    invalid: [
      { name: "year above project", text: setLine(setLine(CLEAN, 6, "项目资金 (元)\t项目资金总额\t200,000.00\t年度资金申请总额\t300,000.00"), 7, "\t其中：财政资金\t200,000.00\t其中：当年财政拨款\t250,000.00"), errors: [{ line: 6, column: "300,000.00" }] },
    ],
  },
  "funds-unit": {
    valid: [clean, { name: "unit glued on amounts", text: setLine(setLine(setLine(setLine(CLEAN, 6, "项目资金\t项目资金总额\t\t年度资金申请总额\t30万"), 7, "\t其中：财政资金\t\t其中：当年财政拨款\t25万"), 8, "\t\t\t上年结转资金\t0万"), 9, "\t其他资金\t\t其他资金\t5万") }],
    invalid: [
      { name: "no unit declared", text: setLine(CLEAN, 6, "项目资金\t项目资金总额\t\t年度资金申请总额\t300,000.00"), errors: [{ line: 6, column: 1 }] },
      { name: "amount in words", text: setLine(CLEAN, 8, "\t\t\t上年结转资金\t无"), errors: [{ line: 8, column: "无" }] },
      { name: "fractions of a fen", text: setLine(CLEAN, 8, "\t\t\t上年结转资金\t0.005"), errors: [{ line: 8, column: "0.005" }] },
    ],
  },
  "funds-negative": {
    valid: [clean],
    invalid: [
      { name: "negative carry-over", text: setLine(setLine(CLEAN, 8, "\t\t\t上年结转资金\t-10.00"), 9, "\t其他资金\t\t其他资金\t50,010.00"), errors: [{ line: 8, column: "-10.00" }] },
      { name: "zero total over parts", text: setLine(CLEAN, 6, "项目资金 (元)\t项目资金总额\t\t年度资金申请总额\t0.00"), errors: [{ line: 6, column: "0.00" }] },
    ],
  },
  "funds-missing": {
    valid: [clean],
    invalid: [
      { name: "no annual amount", text: setLine(CLEAN, 6, "项目资金 (元)\t项目资金总额\t\t年度资金申请总额\t"), errors: [{ line: 6, column: "年度资金申请总额" }] },
      { name: "no funds block", text: removeLine(removeLine(removeLine(removeLine(CLEAN, 9), 8), 7), 6), errors: [{ line: 1, column: 1 }] },
    ],
  },
  "header-required": {
    valid: [clean],
    invalid: [
      { name: "empty project name", text: setLine(CLEAN, 3, "项目名称\t\t项目性质\t其他经常性项目\t项目类别\t特定目标类"), errors: [{ line: 3, column: 1, severity: "error" }] },
      { name: "implementer printed but empty", text: setLine(CLEAN, 4, "主管部门\t某区民政局\t实施单位\t"), errors: [{ line: 4, column: "实施单位", severity: "error", message: "实施单位" }] },
      { name: "no project name at all", text: setLine(CLEAN, 3, "项目性质\t其他经常性项目\t项目类别\t特定目标类"), errors: [{ line: 1, column: 1, severity: "error", message: "项目名称" }] },
      { name: "empty nature is a warning", text: setLine(CLEAN, 3, "项目名称\t社区服务经费\t项目性质\t\t项目类别\t特定目标类"), errors: [{ line: 3, column: "项目性质", severity: "warning" }] },
    ],
  },
  "layout-conflicting-value": {
    valid: [clean, { name: "the same value twice", text: insertLines(CLEAN, 5, "实施主体\t某街道社区服务中心") }],
    invalid: [
      { name: "a second 实施单位", text: insertLines(CLEAN, 5, "实施主体\t另一个中心"), errors: [{ line: 5, column: "另一个中心", message: "某街道社区服务中心" }] },
      { name: "a second annual total", text: insertLines(CLEAN, 10, "\t\t\t年度资金申请总额\t999,999.00"), errors: [{ line: 10, column: "999,999.00" }] },
    ],
  },
  "layout-unreadable": {
    valid: [clean],
    invalid: [
      {
        name: "most cells fit no part of the form",
        text: "项目名称\t测试项目\n" + Array.from({ length: 6 }, (_, i) => `甲乙${i}\t丙丁${i}\t戊己${i}`).join("\n") + "\n",
        errors: [{ line: 1, column: 1, severity: "error", message: "多数单元格" }],
      },
      {
        name: "names and values on rows of their own (a split table): one finding, not one per indicator",
        text: CLEAN.split("\n").slice(0, 12).join("\n") + "\n" + ["项目总成本", "≤300000(元)", "社区服务活动场次", "≥24(次)", "服务居民人次", "≥3000(人次)", "活动验收合格率", "=100(%)"].map((t) => `\t\t${t}`).join("\n") + "\n",
        errors: [{ line: 1, column: 1, severity: "error", message: "不在同一行" }],
      },
      {
        name: "labels of the form but no table",
        text: "年度资金申请总额\t100\n一级指标\t二级指标\t三级指标\n",
        errors: [{ line: 1, column: 1, severity: "error" }],
      },
    ],
  },
  "header-date": {
    valid: [clean, { name: "Chinese date form", text: setLine(CLEAN, 5, "计划开始日期\t2024年1月1日\t计划完成日期\t2024/12/31") }],
    invalid: [
      { name: "not a date", text: setLine(CLEAN, 5, "计划开始日期\t2024-13-01\t计划完成日期\t2024-12-31"), errors: [{ line: 5, column: "2024-13-01" }] },
      { name: "start after end", text: setLine(CLEAN, 5, "计划开始日期\t2024-12-31\t计划完成日期\t2024-01-01"), errors: [{ line: 5, column: "2024-12-31" }] },
    ],
  },
  "header-year": {
    valid: [clean, { name: "multi-year period spanning the year", text: setLine(CLEAN, 5, "计划开始日期\t2023-07-01\t计划完成日期\t2025-06-30") }],
    invalid: [
      { name: "period in another year", text: setLine(CLEAN, 5, "计划开始日期\t2023-01-01\t计划完成日期\t2023-12-31"), errors: [{ line: 5, column: "2023-01-01" }] },
      { name: "title year differs", text: insertLines(CLEAN, 1, "# 某街道2025年度项目绩效目标汇总表", ""), errors: [{ line: 4, column: 1 }] },
    ],
  },
  "project-duplicate": {
    valid: [clean, { name: "two different projects", text: CLEAN + "\n" + CLEAN.replace("社区服务经费", "养老服务经费") }],
    invalid: [{ name: "same name twice", text: CLEAN + "\n" + CLEAN, errors: [{ line: 24, column: "社区服务经费" }] }],
  },
  "document-no-declaration": {
    valid: [clean, { name: "labels of the form are there (layout-unreadable speaks)", text: "年度资金申请总额\t100\n一级指标\t二级指标\t三级指标\n" }],
    invalid: [
      { name: "empty", text: "", errors: [{ line: null, column: null, message: "文件为空" }] },
      { name: "unrelated CSV", text: "id,name,price\n1,apple,3.5\n2,pear,4.0\n", errors: [{ line: 1, column: 1 }] },
    ],
  },
  "goal-missing": {
    valid: [clean],
    invalid: [{ name: "no goal text", text: removeLine(CLEAN, 11), errors: [{ line: 10, column: 1 }] }],
  },
  "goal-vague": {
    valid: [clean],
    invalid: [
      { name: "restates the project", text: setLine(CLEAN, 11, "\t\t完成2024年社区服务工作。"), errors: [{ line: 11, column: 3 }] },
      { name: "too short to measure", text: setLine(CLEAN, 11, "\t\t提升居民生活品质。"), errors: [{ line: 11, column: 3 }] },
    ],
  },
  "goal-indicator-mismatch": {
    valid: [
      clean,
      { name: "indicator stricter than the goal", text: setLine(CLEAN, 14, "产出指标\t数量指标\t社区服务活动场次\t≥30(次)") },
      {
        name: "3个月 is a period, not 3 个",
        text: setLine(setLine(CLEAN, 11, "\t\t全年开展社区服务活动不少于24次，服务期不少于3个月，服务居民不少于3000人次，服务对象满意度90%以上。"), 15, "\t\t服务点位数\t≥2(个)"),
      },
    ],
    invalid: [
      { name: "indicator weaker than the goal", text: setLine(CLEAN, 14, "产出指标\t数量指标\t社区服务活动场次\t≥20(次)"), errors: [{ line: 14, column: "社区服务活动场次", message: "第11行" }] },
      { name: "a promise in 人次 (not 人)", text: setLine(CLEAN, 15, "\t\t服务居民人次\t≥2000(人次)"), errors: [{ line: 15, column: "服务居民人次", message: "不少于3000人次" }] },
      { name: "satisfaction below the promise", text: setLine(CLEAN, 20, "满意度指标\t服务对象满意度指标\t服务对象满意度\t≥85(%)"), errors: [{ line: 20, column: "服务对象满意度\t" }] },
    ],
  },
  "category-required": {
    valid: [clean, { name: "legacy profile: 成本 filed under 产出", profile: "legacy", text: setLine(CLEAN, 13, "产出指标\t成本指标\t项目总成本\t≤300000(元)") }],
    invalid: [
      { name: "no cost category", text: setLine(CLEAN, 13, "产出指标\t数量指标\t项目总成本支出笔数\t≥1(笔)"), errors: [{ line: 1, column: 1, message: "成本指标" }] },
      { name: "no satisfaction", text: removeLine(CLEAN, 20), errors: [{ line: 1, column: 1, message: "满意度指标" }] },
      { name: "legacy: missing cost is a warning", profile: "legacy", text: removeLine(CLEAN, 13), errors: [{ line: 1, column: 1, severity: "warning" }] },
    ],
  },
  "category-output-dimensions": {
    valid: [clean],
    invalid: [{ name: "no timeliness", text: removeLine(CLEAN, 17), errors: [{ line: 14, column: 1, message: "时效指标" }] }],
  },
  "category-taxonomy": {
    valid: [clean, { name: "legacy pair accepted by the legacy profile", profile: "legacy", text: setLine(CLEAN, 13, "产出指标\t成本指标\t项目总成本\t≤300000(元)") }],
    invalid: [
      { name: "数量指标 under 效益指标", text: setLine(CLEAN, 18, "效益指标\t数量指标\t居民参与覆盖率\t≥80(%)"), errors: [{ line: 18, column: "数量指标" }] },
      { name: "an unknown category label", text: setLine(CLEAN, 16, "\t服务质量指标\t活动验收合格率\t=100(%)"), errors: [{ line: 16, column: "服务质量指标", message: "不是指标框架中的二级指标" }] },
      { name: "legacy pair under the current profile", text: setLine(CLEAN, 13, "产出指标\t成本指标\t项目总成本\t≤300000(元)"), errors: [{ line: 13, column: "成本指标", severity: "warning" }] },
    ],
  },
  "indicator-missing-value": {
    valid: [clean],
    invalid: [{ name: "name without value", text: setLine(CLEAN, 15, "\t\t服务居民人次"), errors: [{ line: 15, column: "服务居民人次" }] }],
  },
  "indicator-missing-name": {
    valid: [clean],
    invalid: [{ name: "value without name", text: setLine(CLEAN, 15, "\t\t≥3000(人次)"), errors: [{ line: 15, column: "≥3000" }] }],
  },
  "indicator-duplicate": {
    valid: [clean],
    invalid: [{
      name: "same name twice, different values",
      text: setLine(CLEAN, 17, "\t时效指标\t活动验收合格率\t≥95(%)"),
      errors: [{ line: 16, column: "活动验收合格率", message: "指标值不同" }, { line: 17, column: "活动验收合格率" }],
    }],
  },
  "indicator-placeholder": {
    valid: [clean],
    invalid: [
      { name: "stars in the value", text: setLine(CLEAN, 15, "\t\t服务居民人次\t≥**(人次)"), errors: [{ line: 15, column: "≥**" }] },
      { name: "XX in the name", text: setLine(CLEAN, 15, "\t\tXX活动人次\t≥3000(人次)"), errors: [{ line: 15, column: "XX" }] },
    ],
  },
  "indicator-too-few": {
    valid: [clean],
    invalid: [{ name: "two indicators", text: CLEAN.split("\n").slice(0, 13).join("\n") + "\n\t质量指标\t活动验收合格率\t=100(%)\n", errors: [{ line: 1, column: 1 }] }],
  },
  "value-rate-unit": {
    valid: [clean, { name: "a frequency is not a share", text: setLine(CLEAN, 15, "\t\t巡查频率\t≥2(次/周)") }],
    invalid: [
      { name: "a rate counted in 个", text: setLine(CLEAN, 16, "\t质量指标\t活动验收合格率\t≥1.00(个)"), errors: [{ line: 16, column: "活动验收合格率" }] },
      { name: "a rate with no unit", text: setLine(CLEAN, 16, "\t质量指标\t活动验收合格率\t=100"), errors: [{ line: 16, column: "活动验收合格率" }] },
    ],
  },
  "value-percent-range": {
    valid: [clean, { name: "growth above 100%", text: setLine(CLEAN, 18, "效益指标\t社会效益指标\t服务人次增长率\t≥120(%)") }],
    invalid: [
      { name: "above 100", text: setLine(CLEAN, 18, "效益指标\t社会效益指标\t居民参与覆盖率\t=120(%)"), errors: [{ line: 18, column: "=120" }] },
      { name: "at least 100", text: setLine(CLEAN, 16, "\t质量指标\t活动验收合格率\t≥100%"), errors: [{ line: 16, column: "≥100%", message: "=100%" }] },
    ],
  },
  "value-unit-hint": {
    valid: [clean, { name: "name and unit agree", text: setLine(CLEAN, 15, "\t\t服务居民(人数)\t≥3000(人)") }],
    invalid: [{ name: "people versus organisations", text: setLine(CLEAN, 15, "\t\t补贴发放单位(人数)\t≥50.00(家)"), errors: [{ line: 15, column: "补贴发放单位" }] }],
  },
  "value-quantity-unit": {
    valid: [clean],
    invalid: [
      { name: "percentage under 数量", text: setLine(CLEAN, 15, "\t\t活动完成率\t=100(%)"), errors: [{ line: 15, column: "活动完成率" }] },
      { name: "no count unit", text: setLine(CLEAN, 15, "\t\t服务居民人次\t≥3000"), errors: [{ line: 15, column: "服务居民人次" }] },
    ],
  },
  "value-operator-missing": {
    valid: [clean],
    invalid: [{ name: "bare number", text: setLine(CLEAN, 15, "\t\t服务居民人次\t12000(人次)"), errors: [{ line: 15, column: "12000" }] }],
  },
  "value-operator-direction": {
    valid: [
      clean,
      { name: "complaints below a ceiling", text: setLine(CLEAN, 18, "效益指标\t社会效益指标\t有责投诉率\t<5.00(%)") },
      { name: "a fall rate is positive", text: setLine(CLEAN, 18, "效益指标\t社会效益指标\t事故下降率\t≥10(%)") },
      { name: "spending progress is not a cost", text: setLine(CLEAN, 17, "\t时效指标\t经费支出进度\t≥90(%)") },
    ],
    invalid: [
      { name: "complaints with ≥", text: setLine(CLEAN, 18, "效益指标\t社会效益指标\t有责投诉率\t≥5.00(%)"), errors: [{ line: 18, column: "≥5.00" }] },
      { name: "coverage with ≤", text: setLine(CLEAN, 18, "效益指标\t社会效益指标\t居民参与覆盖率\t≤80(%)"), errors: [{ line: 18, column: "≤80" }] },
    ],
  },
  "value-satisfaction": {
    valid: [clean, { name: "something about satisfaction, not satisfaction", text: setLine(CLEAN, 15, "\t\t满意度调查次数\t≥2(次)") }],
    invalid: [
      { name: "qualitative satisfaction", text: setLine(CLEAN, 20, "满意度指标\t服务对象满意度指标\t服务对象满意度\t满意"), errors: [{ line: 20, column: 25 }] },
      { name: "below 80%", text: setLine(CLEAN, 20, "满意度指标\t服务对象满意度指标\t服务对象满意度\t≥70(%)"), errors: [{ line: 20, column: "≥70" }] },
    ],
  },
  "value-cost-unquantified": {
    valid: [clean],
    invalid: [{ name: "within budget", text: setLine(CLEAN, 13, "成本指标\t经济成本指标\t成本控制率\t控制在预算内"), errors: [{ line: 13, column: "成本控制率" }] }],
  },
  "value-not-measurable": {
    valid: [clean, { name: "graded target", text: setLine(CLEAN, 19, "\t可持续影响指标\t长效服务机制\t明显提升") }],
    invalid: [{ name: "bare verb", text: setLine(CLEAN, 19, "\t可持续影响指标\t长效服务机制\t提升"), errors: [{ line: 19, column: "提升", severity: "info" }] }],
  },
  "value-unparsed": {
    valid: [clean],
    invalid: [{ name: "free text value", text: setLine(CLEAN, 16, "\t质量指标\t活动验收合格率\t按合同约定"), errors: [{ line: 16, column: "按合同约定" }] }],
  },
  "layout-unrecognized-cell": {
    valid: [clean],
    invalid: [
      { name: "a stray third text cell", text: setLine(CLEAN, 15, "\t\t服务居民人次\t≥3000(人次)\t备注：含线上"), errors: [{ line: 15, column: "备注" }] },
      { name: "text before the first table", text: "某某区财政局汇编\n" + CLEAN, errors: [{ line: 1, column: 1 }] },
      { name: "prose before the first table: said once", text: "一、部门概况\n本部门负责……\n二、项目说明\n（一）项目背景\n说明一\n说明二\n" + CLEAN, errors: [{ line: 1, column: 1, message: "6个单元格" }] },
    ],
  },
  "layout-ambiguous": {
    valid: [clean],
    invalid: [{
      name: "label printed mid-block",
      text: setLine(setLine(CLEAN, 18, "\t\t居民参与覆盖率\t≥80(%)"), 19, "效益指标\t社会效益指标\t居民知晓率\t≥80(%)") + "\t可持续影响指标\t长效服务机制\t建立健全\n",
      errors: [{ line: 18, column: "居民参与覆盖率", severity: "info" }],
    }],
  },
};
