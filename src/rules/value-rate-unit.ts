import { createRule } from "../engine/rule.js";
import { isPerBaseUnit } from "../../grammar/value.js";
import { isRate, isSatisfaction, writtenUnit } from "./support/terms.js";
import { eachIndicator } from "./support/walk.js";

/** A share of a whole is counted in percent (per mille and per 10万 for rare events; a change in points); `倍` is a ratio. */
function isRateUnit(unit: string): boolean {
  return /^(?:%|百分比|个?百分点|倍)$/.test(unit) || isPerBaseUnit(unit);
}

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
    summary: {
      zh: "比率类指标（名称以率、比例、占比结尾）的单位不是%（‰、/10万等也可）；满意度由 value-satisfaction 检查",
      en: "A rate (率, 比例, 占比) whose unit is not % (or ‰, /10万); satisfaction is value-satisfaction's",
    },
    why: {
      zh: "比率指标以百分比衡量；单位为“个”“次”时，指标名称与目标值说的不是同一件事。千分率、每10万人口率（婴儿死亡率‰、发病率1/10万）同样是比率；周转率（次）、容积率等比值不是占比，不在此限。",
      en: "A rate is measured in percent; with a unit of 个 or 次, name and target speak of different things. Rates per mille or per 100,000 (infant mortality ‰, incidence 1/10万) are rates too; turnover (times) and floor-area ratios are not shares and are exempt.",
    },
    fail: "质量指标 | 课题调研完成率 | ≥1.00(个)",
    pass: "质量指标 | 课题调研完成率 | =100(%)  或  婴儿死亡率 | ≤5(‰)  或  资金周转率 | ≥3(次)",
    source: "本工具的理解：比率、占比类指标以百分比（或千分比、每10万）计量，指标值与计量单位相匹配（参见财预〔2021〕101号 关于指标值和计量单位的设置）",
    sourceEn: "our reading: rates and shares are counted in percent (or per mille, per 100,000), the value matching its unit (see Caiyu [2021] No. 101 (财预[2021]101号) on setting values and units)",
  },
  check({ document, report }) {
    eachIndicator(document, (indicator, project) => {
      const value = indicator.value;
      const name = indicator.name;
      if (!name || value.kind !== "quantitative" || !isRate(name)) return;
      // A satisfaction in 分 or without a unit is value-satisfaction's to report, once.
      if (isSatisfaction(name)) return;
      if (value.unit !== null && isRateUnit(value.unit)) return;
      if (value.unit === null) {
        const named = writtenUnit(name);
        if (named && isRateUnit(named)) return; // `合格率(%) | =100`, `死亡率(‰) | ≤5`: the name gives the unit
        report({ messageId: "noUnit", project, place: indicator.place, data: { name, text: value.text } });
      } else report({ messageId: "wrongUnit", project, place: indicator.place, data: { name, unit: value.unit } });
    });
  },
});
