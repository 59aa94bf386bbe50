/** Cases of `value-quantity-unit`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [
    clean,
    // a quantity without a unit is value-unit-missing's, reported once
    { name: "no count unit", text: setLine(CLEAN, 15, "\t\t服务居民人次\t≥3000") },
    // an input filed as output is indicator-input-as-output's, reported once
    { name: "资金到位率 under 数量", text: setLine(CLEAN, 15, "\t\t资金到位率\t=100(%)") },
  ],
  invalid: [
    { name: "percentage under 数量", text: setLine(CLEAN, 15, "\t\t活动完成率\t=100(%)"), errors: [{ line: 15, column: "活动完成率" }] },
  ],
} satisfies RuleCases;
