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
    summary: { zh: "指标值既不是数值形式，也不是定性表述（如“按合同约定”、“90%-95%”、错位的长文本）", en: "A value cell that is neither quantitative nor a qualitative target (按合同约定, 90%-95%, shifted long text)" },
    why: {
      zh: "无法解析的指标值往往是错位的单元格或写法不规范，考核时无法比对。",
      en: "An unreadable value is usually a shifted cell or a non-standard form that cannot be assessed.",
    },
    fail: "质量指标 | 验收合格率 | 按合同",
    pass: "质量指标 | 验收合格率 | =100(%)",
    source: "财预〔2021〕101号 附件（指标值）；已知定性表述列表为本工具的理解",
    sourceEn: "Caiyu [2021] No. 101 (财预[2021]101号), annex: indicator values; the list of known qualitative wordings is our reading",
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
