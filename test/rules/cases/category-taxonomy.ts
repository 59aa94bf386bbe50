/** Cases of `category-taxonomy`. */
import { CLEAN, insertLines, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";
import { FORM_2011, FORM_2015, MIXED_FORMS, SYNONYMS } from "../../support/frameworks.js";
import { oneCellPerLine, spaceSeparated } from "../../support/families.js";

const COST_UNDER_OUTPUT = setLine(CLEAN, 13, "产出指标\t成本指标\t项目总成本\t≤300000(元)");

export default {
  valid: [
    // The unknown label is layout-unrecognized-cell's one finding; its known 二级 is read under 效益.
    { name: "an unknown 一级 label before a known 二级", text: setLine(CLEAN, 18, "影响指标\t社会效益指标\t居民参与覆盖率\t≥80(%)") },
    clean,
    { name: "legacy pair accepted by --profile legacy", profile: "legacy", text: COST_UNDER_OUTPUT },
    ...SYNONYMS,
    ...SYNONYMS.map((c) => ({ name: `${c.name}, one cell per line`, text: oneCellPerLine(c.text) })),
    ...SYNONYMS.map((c) => ({ name: `${c.name}, cells between spaces`, text: spaceSeparated(c.text) })),
    { name: "a table with both forms (成本 一级 and 满意度 under 效益): the legacy placement is not disputed", text: MIXED_FORMS },
  ],
  invalid: [
    { name: "数量指标 under 效益指标", text: setLine(CLEAN, 18, "效益指标\t数量指标\t居民参与覆盖率\t≥80(%)"), errors: [{ line: 18, column: "数量指标" }] },
    {
      name: "an unknown category label: one finding at the label, not one per row under it",
      text: insertLines(setLine(CLEAN, 16, "\t服务质量指标\t活动验收合格率\t=100(%)"), 17, "\t\t活动记录完整率\t=100(%)"),
      errors: [{ line: 16, column: "服务质量指标", message: "不是指标框架中的二级指标" }],
    },
    {
      name: "an unknown label before any 一级",
      text: insertLines(CLEAN, 13, "服务保障指标\t\t场地保障情况\t良好"),
      errors: [{ line: 13, column: 1, message: "其下的指标未归类" }],
    },
    {
      name: "rows nothing places: one finding for the table",
      text: [...CLEAN.split("\n").slice(0, 12), "\t\t甲项\t好", "\t\t乙项\t好", ""].join("\n"),
      errors: [{ line: 13, column: "甲项", message: "本表共2个" }],
    },
    { name: "legacy pair under --profile current", profile: "current", text: COST_UNDER_OUTPUT, errors: [{ line: 13, column: "成本指标", severity: "warning" }] },
    {
      name: "a 2015-form table is judged by the legacy framework, and an info finding says so",
      text: FORM_2015,
      errors: [{ line: 13, column: "成本指标", severity: "info", message: "按旧版指标框架检查" }],
    },
    { name: "a 2015-form table as one cell per line", text: oneCellPerLine(FORM_2015), errors: [{ line: 38, column: 1, severity: "info" }] },
    {
      name: "a 2011-form table (satisfaction under 效益): judged legacy, said once",
      text: FORM_2011,
      errors: [{ line: 13, column: "成本指标", severity: "info" }],
    },
    {
      name: "a 2011-form table under --profile current: every legacy placement reported",
      profile: "current",
      text: FORM_2011,
      errors: [{ line: 13, column: "成本指标", severity: "warning" }, { line: 20, column: "满意度指标", severity: "warning" }],
    },
  ],
} satisfies RuleCases;
