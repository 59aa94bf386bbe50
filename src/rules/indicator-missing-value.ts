import { createRule } from "../engine/rule.js";
import { eachIndicator } from "./support/walk.js";

/** A 三级 indicator without a target value cannot be assessed. */
export default createRule({
  id: "indicator-missing-value",
  severity: "error",
  category: "indicators",
  messages: {
    missing: { zh: "三级指标“{name}”没有指标值", en: "the indicator \"{name}\" has no target value" },
  },
  docs: {
    summary: { zh: "三级指标没有指标值", en: "A 三级 indicator with no value" },
    why: { zh: "没有目标值的指标无法评价是否完成。", en: "An indicator without a target cannot be judged met or missed." },
    fail: "经济效益指标 | 促进经济、社会发展 | （空）",
    pass: "经济效益指标 | 促进经济、社会发展 | 明显促进",
    source: "财预〔2021〕101号 附件1（绩效目标通过具体绩效指标予以细化、量化描述）",
    sourceEn: "Caiyu [2021] No. 101 (财预[2021]101号), annex 1: targets are made specific and measurable through indicators",
  },
  check({ document, report }) {
    eachIndicator(document, (indicator, project) => {
      if (indicator.value.kind === "missing" && indicator.name) {
        report({ messageId: "missing", project, place: indicator.place, data: { name: indicator.name } });
      }
    });
  },
});
