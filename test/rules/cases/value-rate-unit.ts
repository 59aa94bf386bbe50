/** Cases of `value-rate-unit`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [clean, { name: "a frequency is not a share", text: setLine(CLEAN, 15, "\t\t巡查频率\t≥2(次/周)") }],
  invalid: [
    { name: "a rate counted in 个", text: setLine(CLEAN, 16, "\t质量指标\t活动验收合格率\t≥1.00(个)"), errors: [{ line: 16, column: "活动验收合格率" }] },
    { name: "a rate with no unit", text: setLine(CLEAN, 16, "\t质量指标\t活动验收合格率\t=100"), errors: [{ line: 16, column: "活动验收合格率" }] },
  ],
} satisfies RuleCases;
