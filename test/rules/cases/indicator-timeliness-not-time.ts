/** Cases of `indicator-timeliness-not-time`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

const timeliness = (name: string, value: string) => setLine(CLEAN, 17, `\t时效指标\t${name}\t${value}`);

export default {
  valid: [
    clean,
    { name: "a completion date", text: timeliness("活动完成时间", "2024年12月31日前") },
    { name: "a deadline as the value", text: timeliness("随访工作完成", "12月底前") },
    { name: "a dotted date", text: timeliness("项目验收", "2024.11.30前") },
    { name: "a month as the value", text: timeliness("项目竣工", "2024年11月") },
    { name: "a limit in days", text: timeliness("路面病害处置时限", "≤7(天)") },
    { name: "a duration in working days", text: timeliness("投诉处理", "≤3(个工作日)") },
    { name: "a duration in hours", text: timeliness("报修响应", "≤2(小时)") },
    { name: "spending progress", text: timeliness("资金支出进度", "≥90(%)") },
    { name: "a timely rate", text: timeliness("补贴发放及时率", "=100(%)") },
    { name: "done to plan", text: timeliness("活动按计划完成率", "≥95(%)") },
    { name: "the same day", text: timeliness("咨询当日答复率", "≥95(%)") },
    { name: "completion within the year", text: timeliness("年度任务完成率", "=100(%)") },
    { name: "completion to plan", text: timeliness("活动计划完成率", "=100(%)") },
    { name: "qualitative: on time", text: timeliness("设施维修完成情况", "及时") },
    // review of issue 10: a rhythm in the value, a year named by the indicator
    { name: "a rhythm as the value", text: timeliness("补贴发放", "按月发放") },
    { name: "the year of completion", text: timeliness("项目完成年份", "2024") },
    { name: "a count under 数量 is where it belongs", text: setLine(CLEAN, 14, "产出指标\t数量指标\t举办活动场次\t≥4(次)") },
    { name: "no value yet: indicator-missing-value's", text: timeliness("举办活动场次", "") },
  ],
  invalid: [
    { name: "a count of events", text: timeliness("举办活动场次", "≥4(次)"), errors: [{ line: 17, column: "举办活动场次", severity: "warning", message: "与时间无关" }] },
    { name: "a large count is no year", text: timeliness("服务居民人次", "≥2024.00(人次)"), errors: [{ line: 17, column: "服务居民人次" }] },
    { name: "a pass rate", text: timeliness("活动验收合格率", "=100(%)"), errors: [{ line: 17, column: "活动验收合格率" }] },
    { name: "a completion rate without a time limit", text: timeliness("课题调研完成率", "=100(%)"), errors: [{ line: 17, column: "课题调研完成率" }] },
    { name: "a rate without a time limit", text: timeliness("新增违建处置率", "=100(%)"), errors: [{ line: 17, column: "新增违建处置率" }] },
    { name: "an effect", text: timeliness("道路安全隐患减少情况", "减少"), errors: [{ line: 17, column: "道路安全隐患减少情况" }] },
  ],
} satisfies RuleCases;
