/** Cases of `header-year`. */
import { CLEAN, insertLines, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [clean, { name: "multi-year period spanning the year", text: setLine(CLEAN, 5, "计划开始日期\t2023-07-01\t计划完成日期\t2025-06-30") }],
  invalid: [
    { name: "period in another year", text: setLine(CLEAN, 5, "计划开始日期\t2023-01-01\t计划完成日期\t2023-12-31"), errors: [{ line: 5, column: "2023-01-01" }] },
    { name: "title year differs", text: insertLines(CLEAN, 1, "# 某街道2025年度项目绩效目标汇总表", ""), errors: [{ line: 4, column: 1 }] },
  ],
} satisfies RuleCases;
