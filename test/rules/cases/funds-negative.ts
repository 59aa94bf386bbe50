/** Cases of `funds-negative`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [clean],
  invalid: [
    { name: "negative carry-over", text: setLine(setLine(CLEAN, 8, "\t\t\t上年结转资金\t-10.00"), 9, "\t其他资金\t\t其他资金\t50,010.00"), errors: [{ line: 8, column: "-10.00" }] },
    { name: "zero total over parts", text: setLine(CLEAN, 6, "项目资金 (元)\t项目资金总额\t\t年度资金申请总额\t0.00"), errors: [{ line: 6, column: "0.00" }] },
  ],
} satisfies RuleCases;
