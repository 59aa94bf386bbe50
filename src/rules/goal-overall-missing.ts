import { createRule, type Lang } from "../engine/rule.js";
import { formatYuan } from "../../grammar/money.js";
import { spanOfProject, type MultiYearSign } from "../model/multi-year.js";

function reasonIn(sign: MultiYearSign, lang: Lang): string {
  switch (sign.kind) {
    case "nature": return lang === "zh" ? `项目性质为“${sign.nature}”` : `项目性质 is "${sign.nature}"`;
    case "period": return lang === "zh" ? `计划期间为${sign.start}至${sign.end}` : `the planned period runs from ${sign.start} to ${sign.end}`;
    case "funds": return lang === "zh"
      ? `项目资金总额${formatYuan(sign.projectFen)}元大于年度资金申请总额${formatYuan(sign.annualFen)}元`
      : `the project total, ${formatYuan(sign.projectFen)} yuan, exceeds the year's ${formatYuan(sign.annualFen)} yuan`;
  }
}

/** A project the table says runs over years needs its overall goal, the annual ones broken down from it. */
export default createRule({
  id: "goal-overall-missing",
  severity: "warning",
  category: "goals",
  messages: {
    missing: {
      zh: "{reason}，是跨年度项目，但项目总目标（中期目标）为空；应确定项目总目标，再分解为年度目标",
      en: "{reason}: the project runs over more than one year, but its overall goal (项目总目标) is empty; set it and break it down into the annual goals",
    },
  },
  docs: {
    summary: {
      zh: "跨年度（阶段性）项目没有项目总目标（中期目标）",
      en: "A multi-year (阶段性) project with no overall goal (项目总目标, 中期目标)",
    },
    why: {
      zh: "跨年度项目的年度目标应由项目总目标逐年分解而来；没有总目标，就无法判断各年目标合起来能否完成项目。只在表中写明项目跨年度时提示：项目性质为阶段性/跨年度、计划期间超过一年，或项目资金总额大于年度资金申请总额（且表中没有相反的说法）；表中没有项目总目标一栏时不提示。",
      en: "The annual goals of a multi-year project are its overall goal broken down year by year; without it nobody can tell whether the years add up to the project. Only where the table says the project runs over years: 项目性质 阶段性/跨年度, a planned period over a year, or a project total above the year's (and nothing in the table says otherwise); not where the form has no overall-goal field.",
    },
    fail: "项目性质 阶段性项目 | 计划开始日期 2024-01-01 | 计划完成日期 2026-12-31 | 项目总目标 （空） | 年度总体目标 全年开展……",
    pass: "项目总目标 三年内建成……（2024-2026年） | 年度总体目标 全年开展……",
    source: "财预〔2021〕101号《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》（确定项目总目标并逐步分解为年度目标）；何为跨年度项目（项目性质、计划期间、资金总额）为本工具的理解",
    sourceEn: "Caiyu [2021] No. 101 (财预[2021]101号), the central guidance on core performance targets and indicators: set the project's overall goal and break it down into annual ones; what makes a project multi-year (its 项目性质, period or total) is our reading",
  },
  check({ document, lang, report }) {
    for (const project of document.projects) {
      const goals = project.goals;
      // Only a form that has the field: its heading is printed and the text under it is empty.
      if (goals.overall || !goals.headings?.overall) continue;
      const sign = spanOfProject(project).multiYear;
      if (!sign) continue;
      report({
        messageId: "missing",
        project,
        place: goals.headings.overall,
        data: { reason: reasonIn(sign, lang) },
      });
    }
  },
});
