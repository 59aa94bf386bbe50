/** Cases of `value-unit-missing`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [
    clean,
    { name: "a count with its unit", text: setLine(CLEAN, 19, "\t可持续影响指标\t党建品牌培育\t≥1(个)") },
    { name: "the name gives the unit", text: setLine(CLEAN, 15, "\t\t服务居民(人次)\t≥3000") },
    { name: "a floor-area ratio has no unit", text: setLine(CLEAN, 18, "效益指标\t社会效益指标\t容积率\t≤2.5") },
    { name: "a score has no unit", text: setLine(CLEAN, 16, "\t质量指标\t绩效考核得分\t≥90") },
    // review of issue 10: a rank is a position, not a count
    { name: "a rank has no unit", text: setLine(CLEAN, 18, "效益指标\t社会效益指标\t全区考核排名\t≤10") },
    { name: "a yes-or-no flag has no unit", text: setLine(CLEAN, 19, "\t可持续影响指标\t是否建立长效机制\t=1") },
    { name: "a ratio of people has no unit", text: setLine(CLEAN, 18, "效益指标\t社会效益指标\t师生比\t≤15") },
    // the same cell is value-rate-unit's and value-satisfaction's to report
    { name: "a rate without % is value-rate-unit's", text: setLine(CLEAN, 16, "\t质量指标\t活动验收合格率\t=100") },
    { name: "a satisfaction without % is value-satisfaction's", text: setLine(CLEAN, 20, "满意度指标\t服务对象满意度指标\t服务对象满意度\t≥90") },
    { name: "a deadline is no number", text: setLine(CLEAN, 17, "\t时效指标\t活动完成时间\t12月底前") },
  ],
  invalid: [
    { name: "issue 10: a brand without a unit", text: setLine(CLEAN, 19, "\t可持续影响指标\t党建品牌培育\t≥1"), errors: [{ line: 19, column: "≥1", severity: "warning" }] },
    { name: "a count of people, with the unit its name implies", text: setLine(CLEAN, 15, "\t\t服务居民人数\t≥3000"), errors: [{ line: 15, column: "≥3000", message: "（如“人”）" }] },
    { name: "a cost without 元", text: setLine(CLEAN, 13, "成本指标\t经济成本指标\t项目总成本\t≤300000"), errors: [{ line: 13, column: "≤300000" }] },
  ],
} satisfies RuleCases;
