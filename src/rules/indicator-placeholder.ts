import { createRule } from "../engine/rule.js";
import { isPlaceholder } from "../../grammar/value.js";
import { toHalfWidth } from "../../grammar/normalize.js";
import { eachIndicator } from "./support/walk.js";

/** Template residue (`≥**(人)`, `XX`, `×%`) left in a name or value. */
export default createRule({
  id: "indicator-placeholder",
  severity: "error",
  category: "indicators",
  messages: {
    placeholder: { zh: "“{text}”是模板占位符，尚未填写", en: "\"{text}\" is template residue, not filled in" },
  },
  docs: {
    summary: { zh: "名称或指标值中残留模板占位符：**、XX、×%", en: "Template residue in a name or value: **, XX, ×%" },
    why: { zh: "占位符说明指标未填写完成，申报表不能提交。", en: "A placeholder means the indicator was never filled in." },
    fail: "数量指标 | 培训人数 | ≥**(人)",
    pass: "数量指标 | 培训人数 | ≥200(人)",
    source: "审核实务（本工具的理解）",
    sourceEn: "review practice (our reading)",
  },
  check({ document, report }) {
    eachIndicator(document, (indicator, project) => {
      for (const cell of [indicator.nameCell, indicator.valueCell]) {
        if (cell && isPlaceholder(toHalfWidth(cell.text))) report({ messageId: "placeholder", project, place: cell, data: { text: cell.text } });
      }
    });
  },
});
