/** Cases of `indicator-missing-value`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [clean],
  invalid: [{ name: "name without value", text: setLine(CLEAN, 15, "\t\t服务居民人次"), errors: [{ line: 15, column: "服务居民人次" }] }],
} satisfies RuleCases;
