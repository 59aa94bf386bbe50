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
    source: "中发〔2018〕34号（绩效目标与预算同步编制）；财预〔2020〕10号 附件",
    sourceEn: "Zhongfa [2018] No. 34 (中发[2018]34号): performance targets are drawn up with the budget; Caiyu [2020] No. 10, annex",
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
