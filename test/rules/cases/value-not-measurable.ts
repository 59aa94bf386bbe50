/** Cases of `value-not-measurable`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [clean, { name: "graded target", text: setLine(CLEAN, 19, "\t可持续影响指标\t长效服务机制\t明显提升") }],
  invalid: [{ name: "bare verb", text: setLine(CLEAN, 19, "\t可持续影响指标\t长效服务机制\t提升"), errors: [{ line: 19, column: "提升", severity: "info" }] }],
} satisfies RuleCases;
