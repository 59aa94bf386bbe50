import { createRule } from "../engine/rule.js";

const MINIMUM = 3;

/** Fewer than three 三级 indicators cannot describe a project's performance. */
export default createRule({
  id: "indicator-too-few",
  severity: "warning",
  category: "indicators",
  messages: {
    few: { zh: "项目只有{count}个三级指标（至少应有{minimum}个）", en: "the project has only {count} indicators (at least {minimum} expected)" },
  },
  docs: {
    summary: { zh: "项目的三级指标少于3个", en: "Fewer than 3 三级 indicators in a project" },
    why: {
      zh: "指标过少无法覆盖产出、效益与满意度，绩效目标难以全面考核。",
      en: "Too few indicators cannot cover outputs, effects and satisfaction.",
    },
    fail: "（只有“工作完成率”一个指标）",
    pass: "工作完成率 | 工作达标率 | 长效管理机制健全性",
    source: "审核实务（本工具的理解：财预〔2021〕101号 的指标框架要求产出、效益、满意度等各类指标，3个以下无法覆盖）",
    sourceEn: "review practice (our reading: the indicator framework of Caiyu [2021] No. 101 asks for outputs, effects and satisfaction, which fewer than 3 indicators cannot cover)",
  },
  check({ document, report }) {
    for (const project of document.projects) {
      const count = project.indicators.length;
      if (count < MINIMUM) report({ messageId: "few", project, place: project.place, data: { count, minimum: MINIMUM } });
    }
  },
});
