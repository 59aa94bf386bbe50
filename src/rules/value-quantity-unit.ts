import { createRule } from "../engine/rule.js";
import { eachIndicator } from "./support/walk.js";

/** A 数量指标 counts things; a percentage there is a rate misfiled under 数量. */
export default createRule({
  id: "value-quantity-unit",
  severity: "warning",
  category: "values",
  messages: {
    percent: {
      zh: "数量指标“{name}”以百分比（{text}）表示；比率应归入质量或时效指标，数量指标应写明数量与计量单位",
      en: "the quantity indicator \"{name}\" is a percentage ({text}); file rates under quality or timeliness, and give quantities a count unit",
    },
    noCount: {
      zh: "数量指标“{name}”的指标值“{text}”没有计数单位",
      en: "the quantity indicator \"{name}\" has no count unit in \"{text}\"",
    },
  },
  docs: {
    summary: { zh: "数量指标以百分比表示或没有计数单位（比率误归入数量指标）", en: "A 数量指标 given as a percentage or with no count unit" },
    why: {
      zh: "数量指标反映提供产品和服务的数量（次、人、个……）；“完成率=100%”没有说明做多少。",
      en: "Quantity indicators state how much is delivered (times, people, items); 'completion = 100%' says nothing of how much.",
    },
    fail: "产出指标 | 数量指标 | 工作完成率 | =100.00(%)",
    pass: "产出指标 | 数量指标 | 完成工作事项 | ≥12(项)",
    source: "财预〔2021〕101号 附件（数量指标：反映预期提供的公共产品和服务数量）",
    sourceEn: "Caiyu [2021] No. 101 (财预[2021]101号), annex: quantity indicators count the public goods and services to be provided",
  },
  check({ document, report }) {
    eachIndicator(document, (indicator, project) => {
      const v = indicator.value;
      if (indicator.level2 !== "数量指标" || v.kind !== "quantitative") return;
      const name = indicator.name ?? v.text;
      if (v.unit === "%") report({ messageId: "percent", project, place: indicator.place, data: { name, text: v.text } });
      else if (v.unit === null) report({ messageId: "noCount", project, place: indicator.place, data: { name, text: v.text } });
    });
  },
});
