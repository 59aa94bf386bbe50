/** Cases of `value-rate-unit`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

const outcome = (name: string, value: string) => setLine(CLEAN, 18, `效益指标\t社会效益指标\t${name}\t${value}`);

export default {
  valid: [
    clean,
    { name: "a frequency is not a share", text: setLine(CLEAN, 15, "\t\t巡查频率\t≥2(次/周)") },
    // issue 10: rates per mille or per 100,000 are rates
    { name: "per mille", text: outcome("婴儿死亡率", "≤5(‰)") },
    { name: "per mille glued on", text: outcome("新生儿死亡率", "≤3‰") },
    { name: "per 100,000 in parentheses", text: outcome("孕产妇死亡率", "≤10(/10万)") },
    { name: "1 per 100,000", text: outcome("发病率", "≤200(1/10万)") },
    { name: "per 100,000 glued on", text: outcome("传染病报告发病率", "≤150/10万") },
    { name: "per 10,000 people", text: outcome("千人口床位使用比率", "≥3(/万人)") },
    // issue 10: ratios that are not shares
    { name: "turnover in times", text: outcome("资金周转率", "≥3(次)") },
    { name: "floor-area ratio", text: outcome("容积率", "≤2.5") },
    { name: "a ratio in 倍", text: outcome("社会资本带动比率", "≥3(倍)") },
    // issue 10: a satisfaction in 分 or without a unit is value-satisfaction's, reported once
    { name: "satisfaction on a score scale", text: setLine(CLEAN, 20, "满意度指标\t服务对象满意度指标\t服务对象满意度\t≥4.5(分)") },
    { name: "satisfaction without a unit", text: setLine(CLEAN, 20, "满意度指标\t服务对象满意度指标\t服务对象满意度\t≥90") },
    { name: "the name gives the unit", text: setLine(CLEAN, 16, "\t质量指标\t活动验收合格率(%)\t=100") },
    { name: "the name gives per mille", text: outcome("婴儿死亡率(‰)", "≤5") },
    { name: "per 100,000 written out", text: outcome("发病率", "≤200/100000") },
    { name: "inventory turnover per year", text: outcome("存货周转率", "≥6(次/年)") },
    { name: "a leverage ratio", text: outcome("财政资金杠杆率", "≥3") },
    { name: "a change in percentage points", text: outcome("基本公共服务覆盖率", "≥2(个百分点)") },
    { name: "百分比 spelled out", text: outcome("居民参与覆盖率", "≥80(百分比)") },
  ],
  invalid: [
    { name: "a rate counted in 个", text: setLine(CLEAN, 16, "\t质量指标\t活动验收合格率\t≥1.00(个)"), errors: [{ line: 16, column: "活动验收合格率" }] },
    { name: "a rate with no unit", text: setLine(CLEAN, 16, "\t质量指标\t活动验收合格率\t=100"), errors: [{ line: 16, column: "活动验收合格率", message: "缺少%单位" }] },
    { name: "a share counted in 人", text: outcome("居民参与覆盖率", "≥80(人)"), errors: [{ line: 18, column: "居民参与覆盖率", message: "“人”" }] },
  ],
} satisfies RuleCases;
