import { createRule } from "../engine/rule.js";
import { eachIndicator } from "./support/walk.js";

/** A value standing alone: what does it measure? */
export default createRule({
  id: "indicator-missing-name",
  severity: "error",
  category: "indicators",
  messages: {
    missing: { zh: "指标值“{value}”没有对应的三级指标名称", en: "the value \"{value}\" has no indicator name" },
  },
  docs: {
    summary: { zh: "有指标值而没有三级指标名称", en: "A value with no 三级 name" },
    why: { zh: "不写明衡量什么的目标值无从考核。", en: "A target without saying what it measures cannot be assessed." },
    fail: "数量指标 | （空） | ≥4.00(次)",
    pass: "数量指标 | 举办活动场次 | ≥4.00(次)",
    source: "财预〔2015〕88号 第九条",
    sourceEn: "Caiyu [2015] No. 88 (财预[2015]88号), article 9",
  },
  check({ document, report }) {
    eachIndicator(document, (indicator, project) => {
      if (indicator.name === null && indicator.valueCell) {
        report({ messageId: "missing", project, place: indicator.valueCell, data: { value: indicator.valueCell.text } });
      }
    });
  },
});
