import { createRule } from "../engine/rule.js";
import { isBareVerb } from "../../grammar/value.js";
import { eachIndicator } from "./support/walk.js";

/** `提升`, `促进`: a direction, not a target. */
export default createRule({
  id: "value-not-measurable",
  severity: "info",
  category: "values",
  messages: {
    bare: {
      zh: "指标值“{text}”只是方向，建议改为可分级或可量化的目标（如“明显提升”或具体数值）",
      en: "\"{text}\" is a direction, not a target; a graded or numeric target would do",
    },
  },
  docs: {
    summary: { zh: "指标值是单纯的动词（提升、促进），可改为分级或数值目标", en: "A bare qualitative verb (提升, 促进) where a graded or numeric target would do" },
    why: { zh: "“提升”无法判断提升多少算完成；定性指标宜分级表述。", en: "'Improve' does not say how much is enough; qualitative targets should be graded." },
    fail: "社会效益指标 | 理论知识提升 | 提升",
    pass: "社会效益指标 | 理论知识测试合格率 | ≥90(%)",
    source: "本工具的理解：定性指标写明可判断的程度（参见财预〔2021〕101号 指标值的设定）",
    sourceEn: "our reading: a qualitative target states a degree one can judge (see Caiyu [2021] No. 101 (财预[2021]101号) on setting values)",
  },
  check({ document, report }) {
    eachIndicator(document, (indicator, project) => {
      const v = indicator.value;
      if (v.kind === "qualitative" && isBareVerb(v.text) && indicator.valueCell) {
        report({ messageId: "bare", project, place: indicator.valueCell, data: { text: v.text } });
      }
    });
  },
});
