import { createRule } from "../engine/rule.js";
import { eachIndicator } from "./support/walk.js";

/** `12000(次)`: at least, at most or exactly? */
export default createRule({
  id: "value-operator-missing",
  severity: "warning",
  category: "values",
  messages: {
    missing: { zh: "指标值“{text}”缺少比较符（≥、≤、=、>、<）", en: "the value \"{text}\" has no operator (≥ ≤ = > <)" },
  },
  docs: {
    summary: { zh: "数字指标值没有比较符（如“12000(次)”）", en: "A number with no operator (12000(次))" },
    why: { zh: "没有比较符，考核时无法判断达到多少算完成。", en: "Without an operator nobody can say what counts as met." },
    fail: "数量指标 | 服务人次 | 12000(次)",
    pass: "数量指标 | 服务人次 | ≥12000(次)",
    source: "本工具的理解：定量指标值写明比较关系（≥、≤、=），参见财预〔2021〕101号 指标值的设定",
    sourceEn: "our reading: a quantitative value states its comparison (≥, ≤, =); see Caiyu [2021] No. 101 (财预[2021]101号) on setting values",
  },
  check({ document, report }) {
    eachIndicator(document, (indicator, project) => {
      const v = indicator.value;
      if (v.kind === "quantitative" && v.operator === null && indicator.valueCell) {
        report({ messageId: "missing", project, place: indicator.valueCell, data: { text: v.text } });
      }
    });
  },
});
