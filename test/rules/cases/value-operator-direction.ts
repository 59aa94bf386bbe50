/** Cases of `value-operator-direction`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [
    clean,
    { name: "complaints below a ceiling", text: setLine(CLEAN, 18, "效益指标\t社会效益指标\t有责投诉率\t<5.00(%)") },
    { name: "a fall rate is positive", text: setLine(CLEAN, 18, "效益指标\t社会效益指标\t事故下降率\t≥10(%)") },
    { name: "spending progress is not a cost", text: setLine(CLEAN, 17, "\t时效指标\t经费支出进度\t≥90(%)") },
  ],
  invalid: [
    { name: "complaints with ≥", text: setLine(CLEAN, 18, "效益指标\t社会效益指标\t有责投诉率\t≥5.00(%)"), errors: [{ line: 18, column: "≥5.00" }] },
    { name: "coverage with ≤", text: setLine(CLEAN, 18, "效益指标\t社会效益指标\t居民参与覆盖率\t≤80(%)"), errors: [{ line: 18, column: "≤80" }] },
  ],
} satisfies RuleCases;
