/** Cases of `goal-missing`. */
import { CLEAN, removeLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [clean],
  invalid: [{ name: "no goal text", text: removeLine(CLEAN, 11), errors: [{ line: 10, column: 1 }] }],
} satisfies RuleCases;
