/** Cases of `goal-missing`. */
import { CLEAN, removeLine, setLine } from "../../support/declaration.js";
import { MULTI_YEAR_OVERALL_ONLY } from "../../support/multi-year.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [
    clean,
    { name: "a one-year project's lone goal shifted under 项目总目标 is the year's", text: setLine(CLEAN, 11, "\t全年开展社区服务活动不少于24次，服务居民不少于3000人次，服务对象满意度90%以上。") },
  ],
  invalid: [
    { name: "no goal text", text: removeLine(CLEAN, 11), errors: [{ line: 10, column: 1 }] },
    { name: "a multi-year project with only its overall goal", text: MULTI_YEAR_OVERALL_ONLY, errors: [{ line: 10, column: 1 }] },
  ],
} satisfies RuleCases;
