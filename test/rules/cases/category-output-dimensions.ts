/** Cases of `category-output-dimensions`. */
import { CLEAN, removeLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [clean],
  invalid: [{ name: "no timeliness", text: removeLine(CLEAN, 17), errors: [{ line: 14, column: 1, message: "时效指标" }] }],
} satisfies RuleCases;
