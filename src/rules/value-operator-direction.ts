import { createRule } from "../engine/rule.js";
import { direction } from "./support/terms.js";
import { eachIndicator } from "./support/walk.js";

/** Less is better for 投诉率 and costs; more is better for 完成率 and 满意度. */
export default createRule({
  id: "value-operator-direction",
  severity: "warning",
  category: "values",
  messages: {
    negative: {
      zh: "“{name}”越低越好，应使用≤或<，实际为“{text}”",
      en: "lower is better for \"{name}\": use ≤ or <, not \"{text}\"",
    },
    positive: {
      zh: "“{name}”越高越好，应使用≥或=，实际为“{text}”",
      en: "higher is better for \"{name}\": use ≥ or =, not \"{text}\"",
    },
  },
  docs: {
    summary: {
      zh: "负向指标（投诉率、事故率、发生率、差错率、成本）用了≥/>，或正向指标（合格率、覆盖率、满意度、完成率）用了≤/<；下降率、减少率按正向",
      en: "A negative indicator with ≥/>, or a positive one with ≤/<; a 下降率/减少率 counts as positive",
    },
    why: { zh: "方向写反的指标会把坏结果考核为达标。", en: "A reversed operator scores a bad result as met." },
    fail: "社会效益指标 | 有责投诉率 | ≥5.00(%)",
    pass: "社会效益指标 | 有责投诉率 | <5.00(%)",
    source: "财预〔2021〕101号 附件（正向指标与反向指标）",
    sourceEn: "Caiyu [2021] No. 101 (财预[2021]101号), annex: positive and negative indicators",
  },
  check({ document, report }) {
    eachIndicator(document, (indicator, project) => {
      const v = indicator.value;
      if (!indicator.name || v.kind !== "quantitative" || !v.operator || !indicator.valueCell) return;
      const way = direction(indicator.name);
      if (way === "negative" && (v.operator === "≥" || v.operator === ">")) {
        report({ messageId: "negative", project, place: indicator.valueCell, data: { name: indicator.name, text: v.text } });
      } else if (way === "positive" && (v.operator === "≤" || v.operator === "<")) {
        report({ messageId: "positive", project, place: indicator.valueCell, data: { name: indicator.name, text: v.text } });
      }
    });
  },
});
