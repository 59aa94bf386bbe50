import { createRule } from "../engine/rule.js";
import { isActivityCount } from "./support/indicator-kinds.js";
import { eachIndicator } from "./support/walk.js";

/** `社会效益指标 举办讲座场次 ≥12(场)`: how often the project acts is its output; the effect is what that changes. */
export default createRule({
  id: "indicator-output-as-outcome",
  severity: "warning",
  category: "indicators",
  messages: {
    output: {
      zh: "“{name}”（{text}）统计的是项目自身做了多少，属于产出（数量指标），不是{level2}；效益指标应写明产出带来的变化（如知晓率、受益人数）",
      en: "\"{name}\" ({text}) counts what the project itself does (events held, days open, people trained), an output (数量指标), not {level2En}; an outcome states what that changes (awareness, people who benefit)",
    },
  },
  docs: {
    summary: { zh: "效益指标填的是产出：举办、开展、开放、培训、发放的次数、场次、天数、人次", en: "An output filed under 效益: counts of events held, days opened, people trained" },
    why: {
      zh: "产出是项目提供的产品和服务（举办多少场、开放多少天），效益是这些产出带来的效果；把产出写在效益下，效益就没有被衡量。用数量表示的效果（带动就业人数、受益人数、参与人次）仍是效益，不在此列。",
      en: "Outputs are what the project provides (events held, days open); outcomes are what they bring about. An output filed under 效益 leaves the effect unmeasured. Effects stated as counts (jobs created, people who benefit, participants) are outcomes and are left alone.",
    },
    fail: "效益指标 | 社会效益指标 | 举办讲座场次 | ≥12(场)",
    pass: "效益指标 | 社会效益指标 | 居民健康知识知晓率 | ≥85(%)",
    source: "财预〔2011〕285号、财预〔2015〕88号 所附申报表填报说明（产出指标反映提供的产品和服务，效益指标反映预期结果的实现程度和影响）；哪些名称是产出是本工具的理解",
    sourceEn: "the notes on filling in the declaration attached to Caiyu [2011] No. 285 and Caiyu [2015] No. 88: outputs are the goods and services provided, outcomes the results achieved and their effect; which names are outputs is our reading",
  },
  check({ document, report }) {
    eachIndicator(document, (indicator, project) => {
      const { name, level1, level2, value } = indicator;
      if (!name || level1 !== "效益指标" || level2 === "满意度指标" || level2 === "服务对象满意度指标") return;
      if (!isActivityCount(name, value) || value.kind !== "quantitative") return;
      const label = level2 ?? "效益指标";
      report({
        messageId: "output",
        project,
        place: indicator.place,
        data: { name, text: value.text, level2: label, level2En: LEVEL2_EN[label] ?? "an outcome" },
      });
    });
  },
});

const LEVEL2_EN: Readonly<Record<string, string>> = {
  经济效益指标: "an economic outcome",
  社会效益指标: "a social outcome",
  生态效益指标: "an ecological outcome",
  环境效益指标: "an environmental outcome",
  可持续影响指标: "a lasting effect",
  效益指标: "an outcome",
};
