/** Cases of `value-unit-hint`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [clean, { name: "name and unit agree", text: setLine(CLEAN, 15, "\t\t服务居民(人数)\t≥3000(人)") }],
  invalid: [{ name: "people versus organisations", text: setLine(CLEAN, 15, "\t\t补贴发放单位(人数)\t≥50.00(家)"), errors: [{ line: 15, column: "补贴发放单位" }] }],
} satisfies RuleCases;
