import { createRule } from "../engine/rule.js";
import { INPUT_KIND_TEXT, inputKind } from "./support/indicator-kinds.js";
import { eachIndicator } from "./support/walk.js";

const FILED_AS = {
  产出指标: { zh: "产出", en: "an output" },
  效益指标: { zh: "效益", en: "an outcome" },
} as const;

/** `数量指标 资金到位率 =100%`: money arriving or being spent is an input, not what the money buys. */
export default createRule({
  id: "indicator-input-as-output",
  severity: "warning",
  category: "indicators",
  messages: {
    input: {
      zh: "“{name}”衡量的是{kind}（投入或过程），不是{filed}；财力、人力和物力等投入不能作为绩效目标，应写明用这些资金提供的产品和服务",
      en: "\"{name}\" measures {kindEn} (an input or a process), not {filedEn}; inputs of money, people or means are no performance target: state what the money delivers",
    },
  },
  docs: {
    summary: { zh: "投入或过程指标（资金到位率、预算执行率、支出金额、科目调整次数）填作产出或效益", en: "An input or process measure (资金到位率, 预算执行率, amounts spent, budget changes) filed as an output or outcome" },
    why: {
      zh: "绩效目标是资金预期达到的产出和效果；资金到位、拨付、执行和调整是预算管理的过程，资金和人员的投入量是投入，都不说明项目提供了什么。时效指标下的支出进度、拨付及时率属于时效，不在此列。",
      en: "A performance target is what the money is to achieve; money arriving, being paid out, spent or moved is budget management, and money or staff put in is input — neither says what the project delivers. Spending progress or timely payment under 时效 is a timeliness measure and is left alone.",
    },
    fail: "产出指标 | 数量指标 | 资金到位率 | =100(%)",
    pass: "产出指标 | 数量指标 | 社区服务活动场次 | ≥24(次)",
    source: "财预〔2021〕101号 附件1（绩效目标是预期达到的产出和效果）；地方申报表填报说明（“财力、人力和物力等投入数量不能作为绩效目标”）；哪些名称属于投入或过程是本工具的理解",
    sourceEn: "Caiyu [2021] No. 101 (财预[2021]101号), annex 1: targets are the outputs and effects to be achieved; local notes on filling in the declaration (inputs of money, people and means are no performance target); which names are inputs or processes is our reading",
  },
  check({ document, report }) {
    eachIndicator(document, (indicator, project) => {
      const { level1, level2, name } = indicator;
      if (!name || (level1 !== "产出指标" && level1 !== "效益指标")) return;
      // 支出进度 and 拨付及时率 under 时效 measure timeliness; a 成本 二级 (88号 forms) holds costs.
      if (level2 === "时效指标" || level2 === "成本指标") return;
      const kind = inputKind(name, indicator.value);
      if (!kind) return;
      const filed = FILED_AS[level1];
      report({
        messageId: "input",
        project,
        place: indicator.place,
        data: { name, kind: INPUT_KIND_TEXT[kind].zh, kindEn: INPUT_KIND_TEXT[kind].en, filed: filed.zh, filedEn: filed.en },
      });
    });
  },
});
