/** Cases of `funds-unit`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [clean, { name: "unit glued on amounts", text: setLine(setLine(setLine(setLine(CLEAN, 6, "项目资金\t项目资金总额\t\t年度资金申请总额\t30万"), 7, "\t其中：财政资金\t\t其中：当年财政拨款\t25万"), 8, "\t\t\t上年结转资金\t0万"), 9, "\t其他资金\t\t其他资金\t5万") }],
  invalid: [
    { name: "no unit declared", text: setLine(CLEAN, 6, "项目资金\t项目资金总额\t\t年度资金申请总额\t300,000.00"), errors: [{ line: 6, column: 1 }] },
    { name: "amount in words", text: setLine(CLEAN, 8, "\t\t\t上年结转资金\t无"), errors: [{ line: 8, column: "无" }] },
    { name: "fractions of a fen", text: setLine(CLEAN, 8, "\t\t\t上年结转资金\t0.005"), errors: [{ line: 8, column: "0.005" }] },
  ],
} satisfies RuleCases;
