/** Cases of `funds-annual-sum`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [
    clean,
    { name: "万元 with four decimals", text: setLine(setLine(setLine(CLEAN, 6, "项目资金（万元）\t项目资金总额\t\t年度资金申请总额\t30.0000"), 7, "\t其中：财政资金\t\t其中：当年财政拨款\t25.0000"), 9, "\t其他资金\t\t其他资金\t5.0000") },
    { name: "sums that floats get wrong (0.1 + 0.2)", text: setLine(setLine(setLine(CLEAN, 6, "项目资金 (元)\t项目资金总额\t\t年度资金申请总额\t0.30"), 7, "\t其中：财政资金\t\t其中：当年财政拨款\t0.10"), 9, "\t其他资金\t\t其他资金\t0.20") },
  ],
  invalid: [
    { name: "parts do not add up", text: setLine(CLEAN, 7, "\t其中：财政资金\t\t其中：当年财政拨款\t200,000.00"), errors: [{ line: 6, column: "300,000.00", message: "相差50,000.00元" }] },
    { name: "off by one fen", text: setLine(CLEAN, 9, "\t其他资金\t\t其他资金\t50,000.01"), errors: [{ line: 6, column: "300,000.00" }] },
  ],
} satisfies RuleCases;
