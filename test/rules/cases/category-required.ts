/** Cases of `category-required`. */
import { CLEAN, removeLine, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [clean, { name: "legacy profile: 成本 filed under 产出", profile: "legacy", text: setLine(CLEAN, 13, "产出指标\t成本指标\t项目总成本\t≤300000(元)") }],
  invalid: [
    { name: "no cost category", text: setLine(CLEAN, 13, "产出指标\t数量指标\t项目总成本支出笔数\t≥1(笔)"), errors: [{ line: 1, column: 1, message: "成本指标" }] },
    { name: "no satisfaction", text: removeLine(CLEAN, 20), errors: [{ line: 1, column: 1, message: "满意度指标" }] },
    { name: "legacy: missing cost is a warning", profile: "legacy", text: removeLine(CLEAN, 13), errors: [{ line: 1, column: 1, severity: "warning" }] },
  ],
} satisfies RuleCases;
