/** Cases of `value-cost-unquantified`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [clean],
  invalid: [{ name: "within budget", text: setLine(CLEAN, 13, "成本指标\t经济成本指标\t成本控制率\t控制在预算内"), errors: [{ line: 13, column: "成本控制率" }] }],
} satisfies RuleCases;
