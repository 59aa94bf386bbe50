/** Cases of `value-satisfaction`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

const satisfaction = (value: string) => setLine(CLEAN, 20, `满意度指标\t服务对象满意度指标\t服务对象满意度\t${value}`);

export default {
  valid: [
    clean,
    { name: "something about satisfaction, not satisfaction", text: setLine(CLEAN, 15, "\t\t满意度调查次数\t≥2(次)") },
    { name: "at the default floor", text: satisfaction("≥80(%)") },
    { name: "dissatisfaction is no satisfaction", text: setLine(CLEAN, 18, "效益指标\t社会效益指标\t服务对象不满意率\t≤5(%)") },
    { name: "a floor set lower", text: satisfaction("≥75(%)"), options: { floor: 70 } },
    { name: "at a floor set higher", text: satisfaction("≥85(%)"), options: { floor: 85 } },
    // review of issue 10: a template residue is indicator-placeholder's one finding
    { name: "a placeholder percentage (≥**%)", text: satisfaction("≥**%") },
  ],
  invalid: [
    { name: "qualitative satisfaction", text: satisfaction("满意"), errors: [{ line: 20, column: 25 }] },
    { name: "below 80%", text: satisfaction("≥70(%)"), errors: [{ line: 20, column: "≥70", message: "低于80%" }] },
    // issue 10: a score or a number without a unit, reported once (here, not by value-rate-unit)
    { name: "on a score scale", text: satisfaction("≥4.5(分)"), errors: [{ line: 20, column: "≥4.5", message: "分值" }] },
    { name: "a number without a unit", text: satisfaction("≥90"), errors: [{ line: 20, column: "≥90", message: "缺少%单位" }] },
    // issue 10: the floor is an option
    { name: "below a floor set higher", text: satisfaction("≥80(%)"), options: { floor: 85 }, errors: [{ line: 20, column: "≥80", message: "低于85%" }] },
  ],
} satisfies RuleCases;
