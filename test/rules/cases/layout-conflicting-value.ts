/** Cases of `layout-conflicting-value`. */
import { CLEAN, insertLines } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [clean, { name: "the same value twice", text: insertLines(CLEAN, 5, "实施主体\t某街道社区服务中心") }],
  invalid: [
    { name: "a second 实施单位", text: insertLines(CLEAN, 5, "实施主体\t另一个中心"), errors: [{ line: 5, column: "另一个中心", message: "某街道社区服务中心" }] },
    { name: "a second annual total", text: insertLines(CLEAN, 10, "\t\t\t年度资金申请总额\t999,999.00"), errors: [{ line: 10, column: "999,999.00" }] },
  ],
} satisfies RuleCases;
