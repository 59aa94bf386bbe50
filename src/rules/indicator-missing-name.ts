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
    source: "财预〔2021〕101号 附件1（绩效目标通过具体绩效指标予以细化、量化描述）；没有名称的指标值无法考核是本工具的理解",
    sourceEn: "Caiyu [2021] No. 101 (财预[2021]101号), annex 1: targets are made specific and measurable through indicators; that a value without a name cannot be assessed is our reading",
  },
  check({ document, report }) {
    eachIndicator(document, (indicator, project) => {
      if (indicator.name === null && indicator.valueCell) {
        report({ messageId: "missing", project, place: indicator.valueCell, data: { value: indicator.valueCell.text } });
      }
    });
  },
});
