import { createRule } from "../engine/rule.js";

/** Every declaration asks for a year's money: 年度资金申请总额 must be there. */
export default createRule({
  id: "funds-missing",
  severity: "error",
  category: "funds",
  messages: {
    noBlock: { zh: "项目“{project}”没有项目资金栏", en: "project \"{project}\" has no funds block" },
    noAnnual: { zh: "缺少年度资金申请总额", en: "no 年度资金申请总额 (the year's total)" },
  },
  docs: {
    summary: { zh: "缺少年度资金申请总额（或整个资金栏）", en: "No 年度资金申请总额, or no funds block at all" },
    why: {
      zh: "绩效目标与预算同步申报，没有年度资金就无从判断目标与投入是否匹配。",
      en: "Targets are declared with the budget; without the year's money, targets cannot be weighed against cost.",
    },
    fail: "项目资金（元） | 年度资金申请总额 | （空）",
    pass: "项目资金（元） | 年度资金申请总额 | 1,217,200.00",
    source: "中发〔2018〕34号《中共中央 国务院关于全面实施预算绩效管理的意见》（绩效目标设置作为预算安排的前置条件，与预算同步批复下达）；上海市财政局《上海市市级部门项目支出核心绩效目标和指标设置及取值指引（试行）》（绩效目标与预算金额相匹配）；没有年度资金即无从核对为本工具的理解",
    sourceEn: "Zhongfa [2018] No. 34 (中发[2018]34号), the opinions on performance-based budgeting: targets are a precondition of the budget and approved with it; the Shanghai guidance of 2025 (上海市市级部门项目支出核心绩效目标和指标设置及取值指引): targets match the budget amount; that a table without the year's money cannot be checked is our reading",
  },
  check({ document, report }) {
    for (const project of document.projects) {
      const funds = project.funds;
      if (!funds) {
        report({ messageId: "noBlock", project, place: project.place, data: { project: project.name ?? "?" } });
      } else if (funds.fen.annualTotal === null && !funds.unparsed.some((u) => u.key === "annualTotal")) {
        report({ messageId: "noAnnual", project, place: funds.labels.annualTotal ?? funds.section ?? project.place });
      }
    }
  },
});
