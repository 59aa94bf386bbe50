import { createRule } from "../engine/rule.js";
import { isPlaceholder, isQualitativePhrase } from "../../grammar/value.js";
import { toHalfWidth } from "../../grammar/normalize.js";
import { eachIndicator } from "./support/walk.js";

/** A value that is neither a number with a unit nor a known qualitative target. */
export default createRule({
  id: "value-unparsed",
  severity: "warning",
  category: "values",
  messages: {
    unparsed: {
      zh: "指标值“{text}”既不是数值目标，也不是常见的定性表述",
      en: "the value \"{text}\" is neither a quantitative target nor a known qualitative one",
    },
  },
  docs: {
    summary: { zh: "指标值既不是数值、日期，也不是定性表述（如“按合同约定”、“90%-95%”、错位的长文本）", en: "A value cell that is neither a number, a deadline nor a qualitative target (按合同约定, 90%-95%, shifted long text)" },
    why: {
      zh: "无法解析的指标值往往是错位的单元格或写法不规范，考核时无法比对。常见的定性表述（可控、合规、零投诉、应保尽保、中长期、全年）和完成时限（2024年12月31日前、6月底前、第三季度）不报告。",
      en: "An unreadable value is usually a shifted cell or a non-standard form that cannot be assessed. Common accepted values (可控, 合规, 零投诉, 应保尽保, 中长期, 全年) and deadlines (2024年12月31日前, 6月底前, 第三季度) are not reported.",
    },
    fail: "质量指标 | 验收合格率 | 按合同",
    pass: "质量指标 | 验收合格率 | =100(%)",
    source: "本工具的理解：指标值应为可考核的数值、时限或定性表述（参见财预〔2021〕101号 指标值的设定）；可接受表述的词表为本工具的理解",
    sourceEn: "our reading: a value is a number, a deadline or a qualitative target that can be assessed (see Caiyu [2021] No. 101 (财预[2021]101号) on setting values); the list of accepted wordings is ours",
  },
  check({ document, report }) {
    eachIndicator(document, (indicator, project) => {
      const v = indicator.value;
      if (v.kind !== "qualitative" || !indicator.valueCell) return;
      if (isQualitativePhrase(v.text) || isPlaceholder(toHalfWidth(v.text))) return;
      report({ messageId: "unparsed", project, place: indicator.valueCell, data: { text: v.text } });
    });
  },
});
