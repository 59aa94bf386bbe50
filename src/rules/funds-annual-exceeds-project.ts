import { createRule } from "../engine/rule.js";
import { formatYuan } from "../../grammar/money.js";

/** A year's request cannot be more than the whole project's money. */
export default createRule({
  id: "funds-annual-exceeds-project",
  severity: "error",
  category: "funds",
  messages: {
    exceeds: {
      zh: "年度资金申请总额{annual}元超过项目资金总额{project}元",
      en: "the year's total {annual} yuan exceeds the project total {project} yuan",
    },
  },
  docs: {
    summary: { zh: "年度资金申请总额不得超过项目资金总额（两者均填写时）", en: "The year's total must not exceed the project total (both filled)" },
    why: {
      zh: "年度资金是项目资金的一部分；多年期（阶段性）项目的项目总额大于当年，反之说明填错栏位或单位。",
      en: "A year's money is part of the project's; the reverse usually means a swapped column or unit.",
    },
    fail: "项目资金总额 100,000.00 | 年度资金申请总额 120,000.00",
    pass: "项目资金总额 360,000.00 | 年度资金申请总额 120,000.00",
    source: "项目支出绩效目标申报表的资金栏（项目资金总额为项目全部资金，年度资金申请总额为其中当年的部分）；年度不应超过项目总额为本工具的理解",
    sourceEn: "the funds block of the project declaration form (the project total is all of the project's money, the year's total this year's part of it); that the year's cannot exceed it is our reading",
  },
  check({ document, report }) {
    for (const project of document.projects) {
      const fen = project.funds?.fen;
      if (!fen || fen.projectTotal === null || fen.annualTotal === null) continue;
      if (fen.annualTotal <= fen.projectTotal) continue;
      report({
        messageId: "exceeds",
        project,
        place: project.funds!.amounts.annualTotal ?? project.place,
        data: { annual: formatYuan(fen.annualTotal), project: formatYuan(fen.projectTotal) },
      });
    }
  },
});
