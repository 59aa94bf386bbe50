/** Cases of `indicator-missing-name`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [clean],
  invalid: [{ name: "value without name", text: setLine(CLEAN, 15, "\t\t≥3000(人次)"), errors: [{ line: 15, column: "≥3000" }] }],
} satisfies RuleCases;
