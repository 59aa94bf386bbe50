/** Cases of `value-unparsed`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [clean],
  invalid: [{ name: "free text value", text: setLine(CLEAN, 16, "\t质量指标\t活动验收合格率\t按合同约定"), errors: [{ line: 16, column: "按合同约定" }] }],
} satisfies RuleCases;
