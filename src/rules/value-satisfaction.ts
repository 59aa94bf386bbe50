import { createRule } from "../engine/rule.js";
import { isPlaceholder } from "../../grammar/value.js";
import { toHalfWidth } from "../../grammar/normalize.js";
import { isSatisfaction } from "./support/terms.js";
import { eachIndicator } from "./support/walk.js";

/**
 * Satisfaction is surveyed as a percentage, and a target below the floor is not one. The floor
 * (80% by default) is a convention, not a published figure: a config can set it.
 */
export default createRule({
  id: "value-satisfaction",
  severity: "warning",
  category: "values",
  options: {
    defaults: { floor: 80 },
    describe: {
      floor: {
        zh: "满意度目标的下限（%），低于它的目标即报告。80 是本工具采用的惯例，没有文件规定；各地常见 80、85 或 90",
        en: "the lowest satisfaction target (%) not reported. 80 is a convention perfgoal adopts, set by no document; 80, 85 or 90 are common locally",
      },
    },
    shape: (z) => ({ floor: z.number().min(0).max(100) }),
  },
  messages: {
    notPercent: { zh: "满意度指标“{name}”应以百分比表示，实际为“{text}”", en: "satisfaction \"{name}\" should be a percentage, not \"{text}\"" },
    score: {
      zh: "满意度指标“{name}”以分值（{text}）表示；满意度一般以百分比（满意人数占比）表示",
      en: "satisfaction \"{name}\" is a score ({text}); satisfaction is usually a percentage (the share satisfied)",
    },
    noUnit: { zh: "满意度指标“{name}”的指标值“{text}”缺少%单位", en: "satisfaction \"{name}\" has no % unit in \"{text}\"" },
    low: { zh: "满意度指标“{name}”的目标{text}低于{floor}%", en: "the satisfaction target of \"{name}\", {text}, is below {floor}%" },
  },
  docs: {
    summary: { zh: "满意度指标不是百分比（定性、分值或缺单位），或低于下限（默认80%，可配置）", en: "A satisfaction indicator that is not a percentage (words, a score, no unit), or below the floor (80% unless configured)" },
    why: {
      zh: "满意度一般通过问卷调查，以满意人数占比（百分比）衡量；目标过低则起不到约束作用。下限没有文件规定，默认80%为本工具采用的惯例，可在配置中按本地要求调整（如85或90）。",
      en: "Satisfaction is usually surveyed and stated as the share satisfied (a percentage); a low target binds nothing. No document sets the floor: 80% is a convention, and a config can set the local one (85 or 90, say).",
    },
    fail: "服务对象满意度指标 | 群众满意度 | 满意  或  ≥4.5(分)",
    pass: "服务对象满意度指标 | 群众满意度 | ≥90.00(%)",
    source: "本工具的理解：满意度以百分比表示（参见财预〔2021〕101号 满意度指标的设置）；下限为惯例，没有文件规定，可通过选项 floor 配置",
    sourceEn: "our reading: satisfaction is a percentage (see Caiyu [2021] No. 101 (财预[2021]101号) on satisfaction indicators); the floor is a convention set by no document, configurable with the option floor",
  },
  check({ document, report, options }) {
    eachIndicator(document, (indicator, project) => {
      const v = indicator.value;
      if (!indicator.name || !isSatisfaction(indicator.name) || v.kind === "missing" || !indicator.valueCell) return;
      // `≥**%`: a template not filled in is indicator-placeholder's one finding, not also "not a percentage".
      if (isPlaceholder(toHalfWidth(indicator.valueCell.text))) return;
      const data = { name: indicator.name, text: indicator.valueCell.text, floor: options.floor };
      const at = { project, place: indicator.valueCell, data };
      if (v.kind !== "quantitative") report({ messageId: "notPercent", ...at });
      else if (v.unit === null) report({ messageId: "noUnit", ...at });
      else if (/分/.test(v.unit)) report({ messageId: "score", ...at });
      else if (v.unit !== "%") report({ messageId: "notPercent", ...at });
      else if (v.number < options.floor) report({ messageId: "low", ...at });
    });
  },
});
