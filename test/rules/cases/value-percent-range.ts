/** Cases of `value-percent-range`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

const outcome = (name: string, value: string) => setLine(CLEAN, 18, `效益指标\t社会效益指标\t${name}\t${value}`);

export default {
  valid: [
    clean,
    { name: "growth above 100%", text: outcome("服务人次增长率", "≥120(%)") },
    // issue 10: occupancy and utilisation can pass 100%
    { name: "bed occupancy above 100%", text: outcome("病床使用率", "≥105%") },
    // review of issue 10: a rate named as over-fulfilment passes 100% by definition
    { name: "an over-fulfilment rate", text: outcome("任务超额完成率", "≥110(%)") },
    { name: "equipment utilisation above 100%", text: outcome("大型设备利用率", "=110(%)") },
    { name: "a fall in growth", text: outcome("单位能耗增长率", "≤-2(%)") },
    { name: "at least 100% of growth", text: outcome("营业收入增长率", "≥100(%)") },
  ],
  invalid: [
    { name: "coverage above 100", text: outcome("居民参与覆盖率", "=120(%)"), errors: [{ line: 18, column: "=120", severity: "error" }] },
    { name: "a share below 0", text: setLine(CLEAN, 16, "\t质量指标\t活动验收合格率\t=-5(%)"), errors: [{ line: 16, column: "=-5", severity: "error" }] },
    // issue 10: ≥100% is at most an info suggesting =100%
    { name: "at least 100", text: setLine(CLEAN, 16, "\t质量指标\t活动验收合格率\t≥100%"), errors: [{ line: 16, column: "≥100%", message: "=100%", severity: "info" }] },
    { name: "more than 100", text: setLine(CLEAN, 17, "\t时效指标\t活动按期完成率\t>100(%)"), errors: [{ line: 17, column: ">100", severity: "info" }] },
  ],
} satisfies RuleCases;
