/** Cases of `goal-indicator-mismatch`. */
import { CLEAN, setLine } from "../../support/declaration.js";
import { clean, type RuleCases } from "../case-types.js";

export default {
  valid: [
    clean,
    { name: "indicator stricter than the goal", text: setLine(CLEAN, 14, "产出指标\t数量指标\t社区服务活动场次\t≥30(次)") },
    {
      name: "3个月 is a period, not 3 个",
      text: setLine(setLine(CLEAN, 11, "\t\t全年开展社区服务活动不少于24次，服务期不少于3个月，服务居民不少于3000人次，服务对象满意度90%以上。"), 15, "\t\t服务点位数\t≥2(个)"),
    },
  ],
  invalid: [
    { name: "indicator weaker than the goal", text: setLine(CLEAN, 14, "产出指标\t数量指标\t社区服务活动场次\t≥20(次)"), errors: [{ line: 14, column: "社区服务活动场次", message: "第11行" }] },
    { name: "a promise in 人次 (not 人)", text: setLine(CLEAN, 15, "\t\t服务居民人次\t≥2000(人次)"), errors: [{ line: 15, column: "服务居民人次", message: "不少于3000人次" }] },
    { name: "satisfaction below the promise", text: setLine(CLEAN, 20, "满意度指标\t服务对象满意度指标\t服务对象满意度\t≥85(%)"), errors: [{ line: 20, column: "服务对象满意度\t" }] },
  ],
} satisfies RuleCases;
