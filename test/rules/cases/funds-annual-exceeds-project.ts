/** Cases of `funds-annual-exceeds-project`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [clean, { name: "multi-year project", text: setLine(setLine(CLEAN, 6, "项目资金 (元)\t项目资金总额\t900,000.00\t年度资金申请总额\t300,000.00"), 7, "\t其中：财政资金\t900,000.00\t其中：当年财政拨款\t250,000.00") }],
  invalid: [
    { name: "year above project", text: setLine(setLine(CLEAN, 6, "项目资金 (元)\t项目资金总额\t200,000.00\t年度资金申请总额\t300,000.00"), 7, "\t其中：财政资金\t200,000.00\t其中：当年财政拨款\t250,000.00"), errors: [{ line: 6, column: "300,000.00" }] },
  ],
} satisfies RuleCases;
