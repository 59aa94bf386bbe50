/** Cases of `indicator-duplicate`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [clean],
  invalid: [{
    name: "same name twice, different values",
    text: setLine(CLEAN, 17, "\t时效指标\t活动验收合格率\t≥95(%)"),
    errors: [{ line: 16, column: "活动验收合格率", message: "指标值不同" }, { line: 17, column: "活动验收合格率" }],
  }],
} satisfies RuleCases;
