/** Cases of `funds-project-sum`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [clean, { name: "project group filled and right", text: setLine(setLine(CLEAN, 6, "项目资金 (元)\t项目资金总额\t600,000.00\t年度资金申请总额\t300,000.00"), 7, "\t其中：财政资金\t500,000.00\t其中：当年财政拨款\t250,000.00").replace("\t其他资金\t\t其他资金", "\t其他资金\t100,000.00\t其他资金") }],
  invalid: [
    { name: "project parts do not add up", text: setLine(setLine(CLEAN, 6, "项目资金 (元)\t项目资金总额\t600,000.00\t年度资金申请总额\t300,000.00"), 7, "\t其中：财政资金\t400,000.00\t其中：当年财政拨款\t250,000.00"), errors: [{ line: 6, column: "600,000.00" }] },
  ],
} satisfies RuleCases;
