import { createRule } from "../engine/rule.js";
import { inputKind } from "./support/indicator-kinds.js";
import { eachIndicator } from "./support/walk.js";

/**
 * A 数量指标 counts things; a percentage there is a rate misfiled under 数量 (a missing unit is
 * value-unit-missing's; an input such as 资金到位率 is indicator-input-as-output's, one finding a row).
 */
export default createRule({
  id: "value-quantity-unit",
  severity: "warning",
  category: "values",
  messages: {
    percent: {
      zh: "数量指标“{name}”以百分比（{text}）表示；比率应归入质量或时效指标，数量指标应写明数量与计量单位",
      en: "the quantity indicator \"{name}\" is a percentage ({text}); file rates under quality or timeliness, and give quantities a count unit",
    },
  },
  docs: {
    summary: { zh: "数量指标以百分比表示（比率误归入数量指标）", en: "A 数量指标 given as a percentage (a rate misfiled under 数量)" },
    why: {
      zh: "数量指标反映提供产品和服务的数量（次、人、个……）；“完成率=100%”没有说明做多少。没有计量单位的数量由 value-unit-missing 报告。",
      en: "Quantity indicators state how much is delivered (times, people, items); 'completion = 100%' says nothing of how much. A quantity without a unit is value-unit-missing's.",
    },
    fail: "产出指标 | 数量指标 | 工作完成率 | =100.00(%)",
    pass: "产出指标 | 数量指标 | 完成工作事项 | ≥12(项)",
    source: "申报表填报说明：数量指标反映提供的产品和服务数量（财预〔2015〕88号 所附表样；参见财预〔2021〕101号）；比率应归入质量或时效指标为本工具的理解",
    sourceEn: "the form's filling notes: quantity indicators state how many goods and services are provided (the form attached to Caiyu [2015] No. 88 (财预[2015]88号); see Caiyu [2021] No. 101); filing rates under quality or timeliness is our reading",
  },
  check({ document, report }) {
    eachIndicator(document, (indicator, project) => {
      const v = indicator.value;
      if (indicator.level2 !== "数量指标" || v.kind !== "quantitative" || v.unit !== "%") return;
      if (indicator.name && inputKind(indicator.name, v)) return; // indicator-input-as-output says what is wrong with it
      report({ messageId: "percent", project, place: indicator.place, data: { name: indicator.name ?? v.text, text: v.text } });
    });
  },
});
