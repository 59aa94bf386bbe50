import { createRule } from "../engine/rule.js";

/** A declaration without an annual goal has nothing to be assessed against. */
export default createRule({
  id: "goal-missing",
  severity: "error",
  category: "goals",
  messages: {
    missing: { zh: "缺少年度总体目标", en: "no annual goal (年度总体目标)" },
  },
  docs: {
    summary: { zh: "没有年度总体目标文字", en: "No 年度总体目标 text" },
    why: {
      zh: "年度总体目标是绩效目标的核心，指标须从目标分解而来。",
      en: "The annual goal is the core of the declaration; indicators are broken down from it.",
    },
    fail: "项目绩效目标 | 项目总目标 | 年度总体目标 | （空）",
    pass: "项目绩效目标 | 项目总目标 | 年度总体目标 | 全年开展党建活动不少于120次……",
    source: "财预〔2015〕88号《中央部门预算绩效目标管理办法》及其所附项目支出绩效目标申报表（年度总体目标一栏）；跨年度项目的年度目标由项目总目标分解：财预〔2021〕101号",
    sourceEn: "Caiyu [2015] No. 88 (财预[2015]88号), the central rules on performance targets, and the declaration form that comes with them (the 年度总体目标 field); the annual goal of a multi-year project is broken down from its overall goal: Caiyu [2021] No. 101 (财预[2021]101号)",
  },
  check({ document, report }) {
    for (const project of document.projects) {
      if (project.goals.annual) continue;
      report({ messageId: "missing", project, place: project.goals.section ?? project.place });
    }
  },
});
