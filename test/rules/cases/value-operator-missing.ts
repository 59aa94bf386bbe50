/** Cases of `value-operator-missing`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [clean],
  invalid: [
    { name: "bare number", text: setLine(CLEAN, 15, "\t\t服务居民人次\t12000(人次)"), errors: [{ line: 15, column: "12000" }] },
    // review of issue 10: `约30万元` is a figure without a comparison, not an unreadable value (nor a cost "without an amount")
    { name: "an approximate figure", text: setLine(CLEAN, 13, "成本指标\t经济成本指标\t项目总成本\t约30万元"), errors: [{ line: 13, column: "约30万元", message: "缺少比较符" }] },
  ],
} satisfies RuleCases;
