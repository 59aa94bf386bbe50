import { createRule } from "../engine/rule.js";
import { formatYuan } from "../../grammar/money.js";
import { isCost } from "./support/terms.js";
import { eachIndicator } from "./support/walk.js";

/** `成本控制率 控制在预算内`: a cost target needs an amount. */
export default createRule({
  id: "value-cost-unquantified",
  severity: "warning",
  category: "values",
  messages: {
    unquantified: {
      zh: "成本指标“{name}”的指标值“{text}”没有金额，应写明成本上限（如“≤{ceiling}元”）",
      en: "the cost indicator \"{name}\" sets no amount (\"{text}\"); state a ceiling (e.g. ≤{ceiling} yuan)",
    },
  },
  docs: {
    summary: { zh: "成本指标没有金额（如“控制在预算内”）", en: "A cost indicator without an amount (控制在预算内)" },
    why: {
      zh: "成本指标应量化项目的经济成本；“控制在预算内”是任何项目的前提，不是目标。",
      en: "Cost indicators quantify what the project costs; staying within budget is a given, not a target.",
    },
    fail: "成本指标 | 经济成本指标 | 成本控制率 | 控制在预算内",
    pass: "成本指标 | 经济成本指标 | 项目总成本 | ≤1217200(元)",
    source: "财预〔2021〕101号 附件（成本指标：经济成本、社会成本、生态环境成本）",
    sourceEn: "Caiyu [2021] No. 101 (财预[2021]101号), annex: cost indicators (economic, social and environmental cost)",
  },
  check({ document, report }) {
    eachIndicator(document, (indicator, project) => {
      const cost = indicator.level1 === "成本指标" || (indicator.name !== null && isCost(indicator.name));
      if (!cost || indicator.value.kind !== "qualitative" || !indicator.valueCell) return;
      report({
        messageId: "unquantified",
        project,
        place: indicator.place,
        data: { name: indicator.name ?? "", text: indicator.value.text, ceiling: formatYuan(project.funds?.fen.annualTotal ?? 0) },
      });
    });
  },
});
