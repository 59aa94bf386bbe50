/** Cases of `category-required`. */
import { CLEAN, insertLines, removeLine, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";
import { FORM_2011, FORM_2015, MIXED_FORMS, SYNONYMS } from "../../support/frameworks.js";

export default {
  valid: [
    clean,
    { name: "--profile legacy: 成本 filed under 产出", profile: "legacy", text: setLine(CLEAN, 13, "产出指标\t成本指标\t项目总成本\t≤300000(元)") },
    { name: "a 2015-form table, judged legacy by itself: its cost row under 产出 is a cost row", text: FORM_2015 },
    { name: "a 2011-form table: cost under 产出, satisfaction under 效果", text: FORM_2011 },
    { name: "a table with both forms: satisfaction under 效益 counts", text: MIXED_FORMS },
    ...SYNONYMS,
    { name: "no indicator at all: indicator-too-few says it once", text: CLEAN.split("\n").slice(0, 12).join("\n") + "\n" },
    { name: "rows under a label nobody knows may hold the missing category", text: insertLines(removeLine(CLEAN, 13), 13, "服务保障指标\t\t场地保障情况\t良好") },
  ],
  invalid: [
    { name: "no cost category", text: setLine(CLEAN, 13, "产出指标\t数量指标\t项目总成本支出笔数\t≥1(笔)"), errors: [{ line: 1, column: 1, message: "成本指标" }] },
    { name: "no satisfaction", text: removeLine(CLEAN, 20), errors: [{ line: 1, column: 1, message: "满意度指标" }] },
    { name: "--profile legacy: missing cost is a warning", profile: "legacy", text: removeLine(CLEAN, 13), errors: [{ line: 1, column: 1, severity: "warning" }] },
    {
      name: "a 2011-form table with no cost row: a warning, judged legacy by itself",
      text: removeLine(FORM_2011, 13),
      errors: [{ line: 1, column: 1, severity: "warning", message: "按旧版指标框架检查" }],
    },
    {
      name: "a 2015-form table under --profile current: the cost row under 产出 is not a cost category",
      profile: "current",
      text: FORM_2015,
      errors: [{ line: 1, column: 1, severity: "error", message: "缺少一级指标“成本指标”" }],
    },
  ],
} satisfies RuleCases;
