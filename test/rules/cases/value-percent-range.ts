/** Cases of `value-percent-range`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [clean, { name: "growth above 100%", text: setLine(CLEAN, 18, "效益指标\t社会效益指标\t服务人次增长率\t≥120(%)") }],
  invalid: [
    { name: "above 100", text: setLine(CLEAN, 18, "效益指标\t社会效益指标\t居民参与覆盖率\t=120(%)"), errors: [{ line: 18, column: "=120" }] },
    { name: "at least 100", text: setLine(CLEAN, 16, "\t质量指标\t活动验收合格率\t≥100%"), errors: [{ line: 16, column: "≥100%", message: "=100%" }] },
  ],
} satisfies RuleCases;
