/** Cases of `funds-missing`. */
import { CLEAN, removeLine, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [clean],
  invalid: [
    { name: "no annual amount", text: setLine(CLEAN, 6, "项目资金 (元)\t项目资金总额\t\t年度资金申请总额\t"), errors: [{ line: 6, column: "年度资金申请总额" }] },
    { name: "no funds block", text: removeLine(removeLine(removeLine(removeLine(CLEAN, 9), 8), 7), 6), errors: [{ line: 1, column: 1 }] },
  ],
} satisfies RuleCases;
