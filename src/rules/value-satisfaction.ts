import { createRule } from "../engine/rule.js";
import { isSatisfaction } from "./support/terms.js";
import { eachIndicator } from "./support/walk.js";

const FLOOR = 80;

/** Satisfaction is surveyed as a percentage, and below 80% is not a target. */
export default createRule({
  id: "value-satisfaction",
  severity: "warning",
  category: "values",
  messages: {
    notPercent: { zh: "满意度指标“{name}”应以百分比表示，实际为“{text}”", en: "satisfaction \"{name}\" should be a percentage, not \"{text}\"" },
    low: { zh: "满意度指标“{name}”的目标{text}低于{floor}%", en: "the satisfaction target of \"{name}\", {text}, is below {floor}%" },
  },
  docs: {
    summary: { zh: "满意度指标不是百分比，或低于80%", en: "A satisfaction indicator that is not a percentage, or below 80%" },
    why: {
      zh: "满意度通过问卷调查以百分比衡量，一般不低于80%（多数地区要求≥85%或90%）。",
      en: "Satisfaction is surveyed in percent; targets below 80% are not accepted in practice.",
    },
    fail: "服务对象满意度指标 | 群众满意度 | 满意",
    pass: "服务对象满意度指标 | 群众满意度 | ≥90.00(%)",
    source: "财预〔2021〕101号 附件（满意度指标）；80%下限为本工具对各地实务的理解",
    sourceEn: "Caiyu [2021] No. 101 (财预[2021]101号), annex: satisfaction indicators; the 80% floor is our reading of local practice",
  },
  check({ document, report }) {
    eachIndicator(document, (indicator, project) => {
      const v = indicator.value;
      if (!indicator.name || !isSatisfaction(indicator.name) || v.kind === "missing" || !indicator.valueCell) return;
      const data = { name: indicator.name, text: indicator.valueCell.text, floor: FLOOR };
      if (v.kind !== "quantitative" || v.unit !== "%") report({ messageId: "notPercent", project, place: indicator.valueCell, data });
      else if (v.number < FLOOR) report({ messageId: "low", project, place: indicator.valueCell, data });
    });
  },
});
