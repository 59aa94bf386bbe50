/** Cases of `goal-indicator-mismatch`. */
import { CLEAN, insertLines, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

const goal = (text: string) => setLine(CLEAN, 11, `\t\t${text}`);
const COMPLAINTS = "全年开展社区服务活动不少于24次，服务居民不少于3000人次，服务对象满意度90%以上，投诉率控制在3%以内。";

export default {
  valid: [
    clean,
    // review of issue 10: ≤10% dissatisfied is no weaker than 90% satisfied; the figures are not comparable
    { name: "a promise of satisfaction carried by a dissatisfaction rate", text: setLine(CLEAN, 20, "满意度指标\t服务对象满意度指标\t服务对象不满意率\t≤10(%)") },
    { name: "indicator stricter than the goal", text: setLine(CLEAN, 14, "产出指标\t数量指标\t社区服务活动场次\t≥30(次)") },
    {
      name: "3个月 is a period, not 3 个",
      text: setLine(goal("全年开展社区服务活动不少于24次，服务期不少于3个月，服务居民不少于3000人次，服务对象满意度90%以上。"), 15, "\t\t服务点位数\t≥2(个)"),
    },
    { name: "投诉率控制在3%以内 is about 投诉率, not the 满意度 of the clause before (no 投诉率 indicator)", text: goal(COMPLAINTS) },
    { name: "投诉率控制在3%以内 carried by the 投诉率 indicator", text: insertLines(goal(COMPLAINTS), 19, "\t社会效益指标\t服务投诉率\t≤3(%)") },
    { name: "不超过500元 is at most 500, never more than 500", text: insertLines(goal("每月发放津贴不超过500元，服务对象满意度90%以上。"), 14, "\t\t津贴发放标准\t≤500(元)") },
    { name: "满意度达到95%以上 carried by ≥95%", text: setLine(goal("服务对象满意度达到95%以上。"), 20, "满意度指标\t服务对象满意度指标\t服务对象满意度\t≥95(%)") },
  ],
  invalid: [
    { name: "indicator weaker than the goal", text: setLine(CLEAN, 14, "产出指标\t数量指标\t社区服务活动场次\t≥20(次)"), errors: [{ line: 14, column: "社区服务活动场次", message: "第11行" }] },
    { name: "a promise in 人次 (not 人)", text: setLine(CLEAN, 15, "\t\t服务居民人次\t≥2000(人次)"), errors: [{ line: 15, column: "服务居民人次", message: "不少于3000人次" }] },
    { name: "satisfaction below the promise", text: setLine(CLEAN, 20, "满意度指标\t服务对象满意度指标\t服务对象满意度\t≥85(%)"), errors: [{ line: 20, column: "服务对象满意度\t" }] },
    {
      name: "达到95%以上 is one promise, reported once",
      text: goal("全年开展社区服务活动不少于24次，服务居民不少于3000人次，服务对象满意度达到95%以上。"),
      errors: [{ line: 20, column: "服务对象满意度\t", message: "达到95%以上" }],
    },
    {
      name: "投诉率控制在3%以内 with a looser 投诉率 indicator",
      text: insertLines(goal(COMPLAINTS), 19, "\t社会效益指标\t服务投诉率\t≤5(%)"),
      errors: [{ line: 19, column: "服务投诉率", message: "控制在3%以内" }],
    },
    {
      name: "the subject two clauses before the figure",
      text: setLine(goal("开展社区服务活动，全年预计覆盖12个小区，不少于24次，服务居民不少于3000人次，服务对象满意度90%以上。"), 14, "产出指标\t数量指标\t社区服务活动场次\t≥20(次)"),
      errors: [{ line: 14, column: "社区服务活动场次", message: "不少于24次" }],
    },
    {
      name: "不超过500元 with a looser cap",
      text: insertLines(goal("每月发放津贴不超过500元，服务对象满意度90%以上。"), 14, "\t\t津贴发放标准\t≤600(元)"),
      errors: [{ line: 14, column: "津贴发放标准" }],
    },
  ],
} satisfies RuleCases;
