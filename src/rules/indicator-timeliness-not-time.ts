import { createRule } from "../engine/rule.js";
import { isAboutTime } from "./support/indicator-kinds.js";
import { eachIndicator } from "./support/walk.js";

/** `时效指标 举办活动场次 ≥4(次)`: a 时效 indicator says when or how promptly, not how many. */
export default createRule({
  id: "indicator-timeliness-not-time",
  severity: "warning",
  category: "indicators",
  messages: {
    notTime: {
      zh: "时效指标“{name}”（{text}）与时间无关；时效指标反映完成的及时程度，如按期完成率、完成时间、处理时限（≤×天）",
      en: "the timeliness indicator \"{name}\" ({text}) says nothing about time; timeliness is how promptly things are done: on-time rate, completion date, a limit in days",
    },
  },
  docs: {
    summary: { zh: "时效指标与时间无关（如“举办活动场次”“验收合格率”）", en: "A 时效 indicator that is not about time (举办活动场次, 验收合格率)" },
    why: {
      zh: "时效指标反映提供产品或服务的及时程度和效率：及时率、按期完成率、完成时间、期限、天数或月数、进度。次数、场次、合格率等应归入数量或质量指标，放在时效下则时效没有被衡量。",
      en: "Timeliness is how promptly and efficiently goods or services are provided: on-time rates, completion dates, deadlines, durations, progress. Counts and pass rates belong under quantity or quality; under 时效 they leave timeliness unmeasured.",
    },
    fail: "产出指标 | 时效指标 | 举办活动场次 | ≥4(次)",
    pass: "产出指标 | 时效指标 | 活动按期完成率 | =100(%)",
    source: "财预〔2011〕285号、财预〔2015〕88号 所附申报表填报说明（时效指标反映提供产品或服务的及时程度和效率情况）；哪些名称和取值涉及时间是本工具的理解",
    sourceEn: "the notes on filling in the declaration attached to Caiyu [2011] No. 285 and Caiyu [2015] No. 88: timeliness indicators reflect how promptly and efficiently goods or services are provided; which names and values concern time is our reading",
  },
  check({ document, report }) {
    eachIndicator(document, (indicator, project) => {
      const { name, level2, value } = indicator;
      // A missing value is indicator-missing-value's; once written, this rule judges it.
      if (level2 !== "时效指标" || !name || !("text" in value) || isAboutTime(name, value)) return;
      report({ messageId: "notTime", project, place: indicator.place, data: { name, text: value.text } });
    });
  },
});
