import { createRule } from "../engine/rule.js";
import { eachIndicator } from "./support/walk.js";

/** Growth can exceed 100%; shares, completion and coverage cannot (our reading). */
const MAY_EXCEED_100 = /增长|增幅|增速|提高率|提升率|增加率/;

/** A percentage lies in 0–100, and `≥100%` asks for more than everything. */
export default createRule({
  id: "value-percent-range",
  severity: "error",
  category: "values",
  messages: {
    outOfRange: { zh: "百分比“{text}”超出0–100%的范围", en: "the percentage \"{text}\" is outside 0–100%" },
    atLeastAll: {
      zh: "“{text}”要求超过或至少达到100%，应写作“=100%”",
      en: "\"{text}\" asks for at least or more than 100%; write =100%",
    },
  },
  docs: {
    summary: { zh: "百分比小于0或大于100；或写成≥100%、>100%（应写=100%）", en: "A percentage below 0 or above 100; ≥100%/>100% (write =100%)" },
    why: {
      zh: "完成率、覆盖率等不可能超过100%；“≥100%”在考核时没有意义。增长类比率（增长率、增幅）不在此限。",
      en: "Completion or coverage cannot exceed 100%; ≥100% cannot be assessed. Growth rates are exempt.",
    },
    fail: "时效指标 | 按时完成率 | ≥100(%)",
    pass: "时效指标 | 按时完成率 | =100(%)",
    source: "审核实务（本工具对财预〔2021〕101号 指标值设定的理解）",
    sourceEn: "review practice (our reading of how Caiyu [2021] No. 101 sets indicator values)",
  },
  check({ document, report }) {
    eachIndicator(document, (indicator, project) => {
      const v = indicator.value;
      if (v.kind !== "quantitative" || v.unit !== "%" || !indicator.valueCell) return;
      const growth = indicator.name !== null && MAY_EXCEED_100.test(indicator.name);
      if (v.number < 0 || (v.number > 100 && !growth)) {
        report({ messageId: "outOfRange", project, place: indicator.valueCell, data: { text: v.text } });
      } else if (v.number === 100 && (v.operator === "≥" || v.operator === ">")) {
        report({ messageId: "atLeastAll", project, place: indicator.valueCell, data: { text: v.text } });
      }
    });
  },
});
