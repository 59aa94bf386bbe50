import { createRule } from "../engine/rule.js";
import { direction } from "./support/terms.js";
import { eachIndicator } from "./support/walk.js";

/** Less is better for 投诉率 and costs; more is better for 完成率, 满意度 and savings (成本节约额, 降低幅度). */
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
      zh: "负向指标（投诉率、事故率、发生率、差错率、成本）用了≥/>，或正向指标（合格率、覆盖率、满意度、完成率）用了≤/<；节约额、降低幅度、下降率等按正向",
      en: "A negative indicator with ≥/>, or a positive one with ≤/<; savings and reductions (节约额, 降低幅度, 下降率) count as positive",
    },
    why: {
      zh: "方向写反的指标会把坏结果考核为达标。节约和降低是越多越好：“成本节约额≥5万元”“物流成本降低幅度≥10%”方向正确。",
      en: "A reversed operator scores a bad result as met. Savings and reductions are better the larger: 成本节约额 ≥5万元 and 物流成本降低幅度 ≥10% point the right way.",
    },
    fail: "社会效益指标 | 有责投诉率 | ≥5.00(%)",
    pass: "社会效益指标 | 有责投诉率 | <5.00(%)",
    source: "本工具的理解：由指标名称判断正向、反向（越高越好或越低越好），参见财预〔2021〕101号 指标值的设定；名称词表为本工具的理解",
    sourceEn: "our reading: the name says whether higher or lower is better (see Caiyu [2021] No. 101 (财预[2021]101号) on setting values); the word lists are ours",
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
