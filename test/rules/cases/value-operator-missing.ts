/** Cases of `value-operator-missing`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [clean],
  invalid: [{ name: "bare number", text: setLine(CLEAN, 15, "\t\t服务居民人次\t12000(人次)"), errors: [{ line: 15, column: "12000" }] }],
} satisfies RuleCases;
