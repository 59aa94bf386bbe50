import { createRule } from "../engine/rule.js";
import { formatYuan } from "../../grammar/money.js";
import { FUND_KEYS } from "../model/nodes.js";

/** No negative amounts; a zero total cannot have non-zero parts. */
export default createRule({
  id: "funds-negative",
  severity: "error",
  category: "funds",
  messages: {
    negative: { zh: "资金金额为负数：{text}", en: "a negative amount: {text}" },
    zeroTotal: {
      zh: "{label}为0，但其构成合计{sum}元",
      en: "{label} is zero but its parts add up to {sum} yuan",
    },
  },
  docs: {
    summary: { zh: "资金不得为负数；总额为0时构成不得非零", en: "No negative amounts; a zero total with non-zero parts" },
    why: {
      zh: "负数金额或“总额为0而分项有数”通常是错栏、漏填或公式错误。",
      en: "Negative money, or a zero total over non-zero parts, means a misplaced column or a broken formula.",
    },
    fail: "年度资金申请总额 0.00 | 当年财政拨款 50,000.00",
    pass: "年度资金申请总额 50,000.00 | 当年财政拨款 50,000.00",
    source: "本工具的理解（申报金额不为负；总额为0而分项不为0即自相矛盾）",
    sourceEn: "our reading (declared amounts are not negative; a zero total with non-zero parts contradicts itself)",
  },
  check({ document, report }) {
    for (const project of document.projects) {
      const funds = project.funds;
      if (!funds) continue;
      for (const key of FUND_KEYS) {
        const fen = funds.fen[key];
        if (fen !== null && fen < 0) report({ messageId: "negative", project, place: funds.amounts[key] ?? project.place, data: { text: funds.amounts[key]?.text ?? formatYuan(fen) } });
      }
      const groups = [
        { total: "annualTotal", label: "年度资金申请总额", parts: ["annualAppropriation", "annualCarryOver", "annualOther"] },
        { total: "projectTotal", label: "项目资金总额", parts: ["projectFiscal", "projectOther"] },
      ] as const;
      for (const group of groups) {
        if (funds.fen[group.total] !== 0) continue;
        const sum = group.parts.reduce((acc, key) => acc + Math.max(0, funds.fen[key] ?? 0), 0);
        if (sum > 0) report({ messageId: "zeroTotal", project, place: funds.amounts[group.total] ?? project.place, data: { label: group.label, sum: formatYuan(sum) } });
      }
    }
  },
});
