/** Cases of `indicator-too-few`. */
import { CLEAN } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [clean],
  invalid: [{ name: "two indicators", text: CLEAN.split("\n").slice(0, 13).join("\n") + "\n\t质量指标\t活动验收合格率\t=100(%)\n", errors: [{ line: 1, column: 1 }] }],
} satisfies RuleCases;
