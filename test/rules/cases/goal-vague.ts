/** Cases of `goal-vague`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [clean],
  invalid: [
    { name: "restates the project", text: setLine(CLEAN, 11, "\t\t完成2024年社区服务工作。"), errors: [{ line: 11, column: 3 }] },
    { name: "too short to measure", text: setLine(CLEAN, 11, "\t\t提升居民生活品质。"), errors: [{ line: 11, column: 3 }] },
  ],
} satisfies RuleCases;
