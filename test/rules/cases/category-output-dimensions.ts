/** Cases of `category-output-dimensions`. */
import { CLEAN, removeLine, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";
import { FORM_2015, SYNONYMS } from "../../support/frameworks.js";

export default {
  valid: [
    clean,
    ...SYNONYMS,
    { name: "a 2015-form table: 成本 beside 数量, 质量, 时效", text: FORM_2015 },
    { name: "rows under an unknown 二级 label are not reported again as a missing side", text: setLine(CLEAN, 16, "\t服务质量指标\t活动验收合格率\t=100(%)") },
  ],
  invalid: [{ name: "no timeliness", text: removeLine(CLEAN, 17), errors: [{ line: 14, column: 1, message: "时效指标" }] }],
} satisfies RuleCases;
