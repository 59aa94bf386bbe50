import { createRule } from "../engine/rule.js";
import { isRate } from "./support/terms.js";
import { eachIndicator } from "./support/walk.js";

/** A rate is a percentage: `课题调研完成率 ≥1.00(个)` measures the wrong thing. */
export default createRule({
  id: "value-rate-unit",
  severity: "error",
  category: "values",
  messages: {
    wrongUnit: {
      zh: "比率类指标“{name}”的计量单位应为%，实际为“{unit}”",
      en: "\"{name}\" is a rate; its unit should be %, not \"{unit}\"",
    },
    noUnit: {
      zh: "比率类指标“{name}”的指标值“{text}”缺少%单位",
      en: "\"{name}\" is a rate; its value \"{text}\" has no % unit",
    },
  },
  docs: {
    summary: { zh: "比率类指标（名称以率、比例、占比结尾或为满意度）的单位不是%", en: "A rate (率, 比例, 占比, 满意度) whose unit is not %" },
    why: {
      zh: "比率指标以百分比衡量；单位为“个”“次”时，指标名称与目标值说的不是同一件事。",
      en: "A rate is measured in percent; with a unit of 个 or 次, name and target speak of different things.",
    },
    fail: "数量指标 | 课题调研完成率 | ≥1.00(个)",
    pass: "数量指标 | 课题调研完成数 | ≥1.00(个)  或  质量指标 | 课题调研完成率 | =100(%)",
    source: "财预〔2021〕101号 附件（指标值与计量单位相匹配）",
    sourceEn: "Caiyu [2021] No. 101 (财预[2021]101号), annex: the value matches its unit",
  },
  check({ document, report }) {
    eachIndicator(document, (indicator, project) => {
      const value = indicator.value;
      if (!indicator.name || value.kind !== "quantitative" || !isRate(indicator.name) || value.unit === "%") return;
      if (value.unit === null) report({ messageId: "noUnit", project, place: indicator.place, data: { name: indicator.name, text: value.text } });
      else report({ messageId: "wrongUnit", project, place: indicator.place, data: { name: indicator.name, unit: value.unit } });
    });
  },
});
