/** Cases of `value-satisfaction`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [clean, { name: "something about satisfaction, not satisfaction", text: setLine(CLEAN, 15, "\t\t满意度调查次数\t≥2(次)") }],
  invalid: [
    { name: "qualitative satisfaction", text: setLine(CLEAN, 20, "满意度指标\t服务对象满意度指标\t服务对象满意度\t满意"), errors: [{ line: 20, column: 25 }] },
    { name: "below 80%", text: setLine(CLEAN, 20, "满意度指标\t服务对象满意度指标\t服务对象满意度\t≥70(%)"), errors: [{ line: 20, column: "≥70" }] },
  ],
} satisfies RuleCases;
