import { createRule } from "../engine/rule.js";
import { formatYuan } from "../../grammar/money.js";
import type { ProjectNode } from "../model/nodes.js";
import { costAmount, fenIn } from "./support/cost-amount.js";
import { costKind, costScope } from "./support/indicator-kinds.js";
import { eachIndicator } from "./support/walk.js";

/** Unit slips seen in declarations: a decimal point moved once or twice, 元 and 万元 swapped. */
const SLIPS = [10n, 100n, 10_000n] as const;
/** How close a slipped amount must come to the budget: within 1% (budgets are rounded in the table). */
const TOLERANCE_PERCENT = 1n;

function near(amount: bigint, budget: bigint): boolean {
  const diff = amount > budget ? amount - budget : budget - amount;
  return diff * 100n <= budget * TOLERANCE_PERCENT;
}

/** The budget a total cost answers to: the year's request, and for a multi-year project the project's total. */
function budgetsOf(project: ProjectNode): { annual: bigint; project: bigint | null } | undefined {
  // Funds read without confidence are held back by layout-unreadable: nothing to compare with.
  if (project.layout?.unreadable?.heldBack.includes("funds")) return undefined;
  const fen = project.funds?.fen;
  if (!fen || fen.annualTotal === null || fen.annualTotal <= 0) return undefined;
  return { annual: BigInt(fen.annualTotal), project: fen.projectTotal !== null && fen.projectTotal > fen.annualTotal ? BigInt(fen.projectTotal) : null };
}

/** A 总成本 that does not match the money: more than the budget, or off by a unit slip (×10, ×100, ×10,000). */
export default createRule({
  id: "value-cost-budget-mismatch",
  severity: "error",
  category: "values",
  messages: {
    exceeds: {
      zh: "成本指标“{name}”为{cost}元，超过年度资金申请总额{budget}元",
      en: "the cost indicator \"{name}\" of {cost} yuan exceeds the year's total {budget} yuan",
    },
    exceedsUnit: {
      zh: "单位成本“{name}”为{cost}元，超过全部资金{budget}元：一个单位的成本不会超过项目的全部资金，请核对金额和单位（元、万元）",
      en: "the unit cost \"{name}\" of {cost} yuan exceeds all the money, {budget} yuan: one unit cannot cost more than the whole project; check the amount and its unit (元, 万元)",
    },
    exceedsProject: {
      zh: "成本指标“{name}”为{cost}元，超过项目资金总额{budget}元",
      en: "the cost indicator \"{name}\" of {cost} yuan exceeds the project total {budget} yuan",
    },
    slip: {
      zh: "总成本指标“{name}”为{cost}元，与年度资金申请总额{budget}元相差{factor}倍，疑似单位错误：{expected} 写成 {written}",
      en: "the total cost \"{name}\" of {cost} yuan is {factor} times off the year's total {budget} yuan; a unit slip? {expected} written as {written}",
    },
  },
  docs: {
    summary: { zh: "成本金额与资金不相匹配：超过年度资金申请总额，或总成本与之相差10、100、10000倍（单位错误）", en: "A cost amount that does not match the money: above the year's total, or a total cost off by ×10, ×100 or ×10,000 (a unit slip)" },
    why: {
      zh: "成本指标应与预算金额相匹配：项目总成本不能超过申请的资金；与预算恰好相差10倍、100倍或10000倍，多半是万元与元混写或小数点错位。总成本低于预算本身不是错误（可能另有其他成本）；分项成本和单位成本只核对是否超过全部资金（以金额表示时，不含“元/人”之类）。按分（整数）精确比较。",
      en: "Targets must match the budget: a project cannot cost more than the money requested, and a total exactly 10, 100 or 10,000 times off usually mixes 万元 and 元 or moves the decimal point. A total below the budget is no error by itself (other costs exist); itemised and unit costs are only checked for exceeding all the money (when stated as a plain amount, not 元/人). Compared exactly in integer fen.",
    },
    fail: "年度资金申请总额 2,960,000.00 | 经济成本指标 | 项目总成本 | ≤29.6(万元)",
    pass: "年度资金申请总额 2,960,000.00 | 经济成本指标 | 项目总成本 | ≤296(万元)",
    source: "上海市市级部门项目支出核心绩效目标和指标设置及取值指引（试行）（上海市财政局，2025年）：绩效目标与预算金额相匹配，经济成本指标分为总成本、单位成本和分项成本；单位错误的判断（相差10、100、10000倍）是本工具的理解",
    sourceEn: "Shanghai municipal guidance on core performance targets and indicators (trial, Shanghai Finance Bureau, 2025): targets match the budget amount; economic cost is set as total, unit or itemised cost. Reading a 10/100/10,000-fold gap as a unit slip is our reading",
  },
  check({ document, report }) {
    eachIndicator(document, (indicator, project) => {
      if (!indicator.name || costKind(indicator) !== "economic") return;
      const scope = costScope(indicator.name);
      if (scope === "investment") return;
      const amount = costAmount(indicator.value, indicator.name);
      if (!amount) return;
      const budgets = budgetsOf(project);
      if (!budgets) return;
      // A multi-year project may state the cost of the whole project.
      if (near(amount.fen, budgets.annual) || (budgets.project !== null && near(amount.fen, budgets.project))) return;
      const place = indicator.valueCell ?? indicator.place;
      const cost = formatYuan(Number(amount.fen));
      const ceiling = budgets.project ?? budgets.annual;
      const slip = scope === "total" ? slipOf(amount.fen, budgets.annual) : undefined;
      if (scope === "unit") {
        // Per unit (`单场活动成本 ≤3000(万元)`): only an amount beyond all the money is certainly wrong.
        if (amount.fen > ceiling) report({ messageId: "exceedsUnit", project, place, data: { name: indicator.name, cost, budget: formatYuan(Number(ceiling)) } });
      } else if (slip) {
        const expected = `${fenIn(budgets.annual, amount.unit)}${amount.unit}`;
        const written = `${fenIn(amount.fen, amount.unit)}${amount.unit}`;
        report({ messageId: "slip", project, place, data: { name: indicator.name, cost, budget: formatYuan(Number(budgets.annual)), factor: slip.toString(), expected, written } });
      } else if (amount.fen > ceiling) {
        const [messageId, budget] = budgets.project !== null ? ["exceedsProject", budgets.project] as const : ["exceeds", budgets.annual] as const;
        report({ messageId, project, place, data: { name: indicator.name, cost, budget: formatYuan(Number(budget)) } });
      }
    });
  },
});

/** The factor by which the amount misses the budget, when it is a unit slip. */
function slipOf(amount: bigint, budget: bigint): bigint | undefined {
  return SLIPS.find((factor) => near(amount * factor, budget) || near(amount, budget * factor));
}
