import { createRule } from "../engine/rule.js";
import { formatYuan } from "../../grammar/money.js";
import type { IndicatorNode } from "../model/nodes.js";
import { costKind, isMoneyUnit } from "./support/indicator-kinds.js";

/** A value that states money: a money unit, per something or not (`≤600元/亩`), or a bare number (`≤300000`). */
function isAmount(indicator: IndicatorNode): boolean {
  const v = indicator.value;
  if (v.kind !== "quantitative") return false;
  return v.unit === null || isMoneyUnit(v.unit) || /元/.test(v.unit);
}

/** `成本控制率 控制在预算内`: an economic cost needs an amount (social and environmental costs may be qualitative). */
export default createRule({
  id: "value-cost-unquantified",
  severity: "warning",
  category: "values",
  messages: {
    unquantified: {
      zh: "成本指标“{name}”的指标值“{text}”没有金额，应写明成本上限（如“≤{ceiling}元”）",
      en: "the cost indicator \"{name}\" sets no amount (\"{text}\"); state a ceiling (e.g. ≤{ceiling} yuan)",
    },
    noAmount: {
      zh: "经济成本指标“{name}”（{text}）不是金额，本项目也没有以金额设定的经济成本；应写明总成本、单位成本或分项成本（如“≤{ceiling}元”）",
      en: "the economic cost \"{name}\" ({text}) is no amount, and no economic cost of this project states one; set the total, unit or itemised cost (e.g. ≤{ceiling} yuan)",
    },
  },
  docs: {
    summary: { zh: "经济成本指标没有金额（如“控制在预算内”“成本控制率≤100%”）", en: "An economic cost without an amount (控制在预算内, 成本控制率 ≤100%)" },
    why: {
      zh: "经济成本指标应以金额量化项目的成本（总成本、单位成本或分项成本）；“控制在预算内”或“成本控制率≤100%”是任何项目的前提，不是目标。社会成本和生态环境成本反映可能的负面影响，可以定性（如“无明显影响”）；效益指标中提到成本的（如“物流成本降低幅度”）不是成本指标。",
      en: "Economic cost indicators state what the project costs as an amount (total, unit or itemised cost); staying within budget, or a cost-control rate of 100%, is a given, not a target. Social and environmental costs describe possible harm and may be qualitative; an outcome that mentions cost (a fall in logistics costs) is not a cost indicator.",
    },
    fail: "成本指标 | 经济成本指标 | 成本控制率 | 控制在预算内",
    pass: "成本指标 | 经济成本指标 | 项目总成本 | ≤1217200(元)",
    source: "上海市市级部门项目支出核心绩效目标和指标设置及取值指引（试行）（上海市财政局，2025年）：每一项目原则上均应设置成本指标，经济成本指标分为总成本、单位成本和分项成本；财预〔2021〕101号 附件1：成本指标分经济成本、社会成本、生态环境成本，后两者反映可能造成的负面影响",
    sourceEn: "Shanghai municipal guidance on core performance targets and indicators (trial, Shanghai Finance Bureau, 2025): every project sets cost indicators, economic cost as a total, unit or itemised cost; Caiyu [2021] No. 101 (财预[2021]101号), annex 1: economic, social and environmental cost, the latter two describing possible harm",
  },
  check({ document, report }) {
    for (const project of document.projects) {
      const economic = project.indicators.filter((i) => costKind(i) === "economic" && i.valueCell);
      const ceiling = formatYuan(project.funds?.fen.annualTotal ?? 0);
      for (const indicator of economic) {
        if (indicator.value.kind !== "qualitative") continue;
        report({ messageId: "unquantified", project, place: indicator.place, data: { name: indicator.name ?? "", text: indicator.value.text, ceiling } });
      }
      // Numbers that are no amounts (`成本控制率 ≤100(%)`), when no economic cost states one.
      if (economic.some(isAmount)) continue;
      for (const indicator of economic) {
        if (indicator.value.kind !== "quantitative") continue;
        report({ messageId: "noAmount", project, place: indicator.place, data: { name: indicator.name ?? "", text: indicator.value.text, ceiling } });
      }
    }
  },
});
