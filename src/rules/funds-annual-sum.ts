import { createRule } from "../engine/rule.js";
import { formatYuan } from "../../grammar/money.js";

/** 年度资金申请总额 = 当年财政拨款 + 上年结转资金 + 其他资金, exactly, in fen. */
export default createRule({
  id: "funds-annual-sum",
  severity: "error",
  category: "funds",
  messages: {
    mismatch: {
      zh: "年度资金申请总额{total}元不等于当年财政拨款{appropriation}元 + 上年结转资金{carryOver}元 + 其他资金{other}元（合计{sum}元，相差{diff}元）",
      en: "annual total {total} yuan does not equal appropriation {appropriation} + carry-over {carryOver} + other {other} (sum {sum}, off by {diff})",
    },
  },
  docs: {
    summary: { zh: "年度资金申请总额须等于当年财政拨款、上年结转资金与其他资金之和", en: "The year's total must equal appropriation + carry-over + other funds" },
    why: {
      zh: "申报表的资金来源须与申请总额一致，否则预算审核无法对账。按分（整数）精确计算，不用浮点数。",
      en: "The sources of the year's money must add up to what is requested, or the budget cannot be reconciled. Computed exactly in integer fen.",
    },
    fail: "年度资金申请总额 300,000.00 | 当年财政拨款 200,000.00 | 上年结转资金 0.00 | 其他资金 50,000.00",
    pass: "年度资金申请总额 300,000.00 | 当年财政拨款 250,000.00 | 上年结转资金 0.00 | 其他资金 50,000.00",
    source: "上海市项目支出绩效目标申报表的资金栏（年度资金申请总额分当年财政拨款、上年结转资金、其他资金）；总额应等于各项之和、按分精确核对为本工具的理解",
    sourceEn: "the funds block of Shanghai's project declaration form (the year's total split into 当年财政拨款, 上年结转资金 and 其他资金); that the total equals its parts, checked exactly in fen, is our reading",
  },
  check({ document, report }) {
    for (const project of document.projects) {
      const funds = project.funds;
      if (!funds || funds.fen.annualTotal === null) continue;
      const parts = [funds.fen.annualAppropriation, funds.fen.annualCarryOver, funds.fen.annualOther];
      if (parts.every((p) => p === null)) continue;
      const sum = parts.reduce<number>((acc, p) => acc + (p ?? 0), 0);
      if (sum === funds.fen.annualTotal) continue;
      report({
        messageId: "mismatch",
        project,
        place: funds.amounts.annualTotal ?? funds.labels.annualTotal ?? project.place,
        data: {
          total: formatYuan(funds.fen.annualTotal),
          appropriation: formatYuan(parts[0] ?? 0),
          carryOver: formatYuan(parts[1] ?? 0),
          other: formatYuan(parts[2] ?? 0),
          sum: formatYuan(sum),
          diff: formatYuan(Math.abs(funds.fen.annualTotal - sum)),
        },
      });
    }
  },
});
