/** Cases of `layout-ambiguous`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [clean],
  invalid: [{
    name: "label printed mid-block",
    text: setLine(setLine(CLEAN, 18, "\t\t居民参与覆盖率\t≥80(%)"), 19, "效益指标\t社会效益指标\t居民知晓率\t≥80(%)") + "\t可持续影响指标\t长效服务机制\t建立健全\n",
    errors: [{ line: 18, column: "居民参与覆盖率", severity: "info" }],
  }],
} satisfies RuleCases;
