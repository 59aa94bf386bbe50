/** Cases of `header-date`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [clean, { name: "Chinese date form", text: setLine(CLEAN, 5, "计划开始日期\t2024年1月1日\t计划完成日期\t2024/12/31") }],
  invalid: [
    { name: "not a date", text: setLine(CLEAN, 5, "计划开始日期\t2024-13-01\t计划完成日期\t2024-12-31"), errors: [{ line: 5, column: "2024-13-01" }] },
    { name: "start after end", text: setLine(CLEAN, 5, "计划开始日期\t2024-12-31\t计划完成日期\t2024-01-01"), errors: [{ line: 5, column: "2024-12-31" }] },
  ],
} satisfies RuleCases;
