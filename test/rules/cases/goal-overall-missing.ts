/** Cases of `goal-overall-missing`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { MULTI_YEAR, MULTI_YEAR_ANNUAL_ONLY, MULTI_YEAR_OVERALL_ONLY } from "../../support/multi-year.js";
import { oneCellPerLine } from "../../support/families.js";
import { clean, type RuleCases } from "../case-types.js";

/** Only the signs a case names: the nature and the period say nothing, the whole-project money is blank. */
const silent = (text: string) => [
  [3, "项目名称\t社区服务经费\t项目性质\t新增项目\t项目类别\t特定目标类"],
  [5, "计划开始日期\t\t计划完成日期\t"],
  [6, "项目资金 (元)\t项目资金总额\t\t年度资金申请总额\t300,000.00"],
  [7, "\t其中：财政资金\t\t其中：当年财政拨款\t250,000.00"],
  [9, "\t其他资金\t\t其他资金\t50,000.00"],
].reduce((out, [line, content]) => setLine(out, line as number, content as string), text);
const ANNUAL_ONLY = silent(CLEAN);

export default {
  valid: [
    clean,
    { name: "a multi-year project with both goals", text: MULTI_YEAR },
    { name: "a multi-year project whose only goal is under 项目总目标 (goal-missing reports the year's)", text: MULTI_YEAR_OVERALL_ONLY },
    { name: "the same as one cell per line, the goal between its heading and the next", text: oneCellPerLine(MULTI_YEAR_OVERALL_ONLY).replace(/项目总目标\n年度总体目标\n(.*)\n/, "项目总目标\n$1\n年度总体目标\n") },
    { name: "阶段性 but a period within one year: the table does not say it runs over years", text: setLine(MULTI_YEAR_ANNUAL_ONLY, 5, "计划开始日期\t2024-01-01\t计划完成日期\t2024-12-31") },
    { name: "a project total equal to the year's, nothing else said", text: setLine(setLine(setLine(ANNUAL_ONLY, 6, "项目资金 (元)\t项目资金总额\t300,000.00\t年度资金申请总额\t300,000.00"), 7, "\t其中：财政资金\t250,000.00\t其中：当年财政拨款\t250,000.00"), 9, "\t其他资金\t50,000.00\t其他资金\t50,000.00") },
    { name: "nothing said about the years", text: ANNUAL_ONLY },
    { name: "a form without a 项目总目标 field", text: setLine(setLine(MULTI_YEAR_ANNUAL_ONLY, 10, "项目 绩效 目标\t年度总体目标"), 11, "\t全年开展社区服务活动不少于24次，服务居民不少于3000人次，服务对象满意度90%以上。") },
  ],
  invalid: [
    {
      name: "阶段性项目, 2024–2026, a project total above the year's: no overall goal",
      text: MULTI_YEAR_ANNUAL_ONLY,
      errors: [{ line: 10, column: "项目总目标", severity: "warning", message: "项目性质为“阶段性项目”" }],
    },
    {
      name: "the planned period alone says it (over a year)",
      text: setLine(ANNUAL_ONLY, 5, "计划开始日期\t2024-07-01\t计划完成日期\t2025-09-30"),
      errors: [{ line: 10, column: "项目总目标", message: "计划期间为2024-07-01至2025-09-30" }],
    },
    {
      name: "the money alone says it",
      text: setLine(setLine(setLine(ANNUAL_ONLY, 6, "项目资金 (元)\t项目资金总额\t900,000.00\t年度资金申请总额\t300,000.00"), 7, "\t其中：财政资金\t750,000.00\t其中：当年财政拨款\t250,000.00"), 9, "\t其他资金\t150,000.00\t其他资金\t50,000.00"),
      errors: [{ line: 10, column: "项目总目标", message: "项目资金总额900,000.00元大于年度资金申请总额300,000.00元" }],
    },
    {
      name: "项目性质 跨年度项目 alone",
      text: setLine(ANNUAL_ONLY, 3, "项目名称\t社区服务经费\t项目性质\t跨年度项目\t项目类别\t特定目标类"),
      errors: [{ line: 10, column: "项目总目标", message: "跨年度项目" }],
    },
    {
      name: "one cell per line",
      text: oneCellPerLine(MULTI_YEAR_ANNUAL_ONLY),
      errors: [{ line: 33, column: 1 }],
    },
  ],
} satisfies RuleCases;
