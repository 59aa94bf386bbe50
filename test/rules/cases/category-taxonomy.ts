/** Cases of `category-taxonomy`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [clean, { name: "legacy pair accepted by the legacy profile", profile: "legacy", text: setLine(CLEAN, 13, "产出指标\t成本指标\t项目总成本\t≤300000(元)") }],
  invalid: [
    { name: "数量指标 under 效益指标", text: setLine(CLEAN, 18, "效益指标\t数量指标\t居民参与覆盖率\t≥80(%)"), errors: [{ line: 18, column: "数量指标" }] },
    { name: "an unknown category label", text: setLine(CLEAN, 16, "\t服务质量指标\t活动验收合格率\t=100(%)"), errors: [{ line: 16, column: "服务质量指标", message: "不是指标框架中的二级指标" }] },
    { name: "legacy pair under the current profile", text: setLine(CLEAN, 13, "产出指标\t成本指标\t项目总成本\t≤300000(元)"), errors: [{ line: 13, column: "成本指标", severity: "warning" }] },
  ],
} satisfies RuleCases;
