import { createRule } from "../engine/rule.js";
import { parentOf } from "../model/taxonomy.js";

const DIMENSIONS = ["数量指标", "质量指标", "时效指标"] as const;

/** Output indicators should say how much, how well and how soon. */
export default createRule({
  id: "category-output-dimensions",
  severity: "warning",
  category: "categories",
  messages: {
    missing: { zh: "产出指标缺少“{level2}”", en: "the output indicators have no {level2}" },
  },
  docs: {
    summary: { zh: "产出指标缺少数量、质量或时效指标之一", en: "产出指标 lacks one of 数量, 质量, 时效" },
    why: {
      zh: "产出应从数量、质量、时效三方面量化，缺一方面即留下无法考核的空白。",
      en: "Outputs are measured by quantity, quality and timeliness; a missing side is left unassessed.",
    },
    fail: "产出指标 | 数量指标 … | 质量指标 …（无时效指标）",
    pass: "产出指标 | 数量指标 … | 质量指标 … | 时效指标 …",
    source: "财预〔2021〕101号《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》（产出指标分数量、质量、时效）；三者缺一即提示为本工具的理解",
    sourceEn: "Caiyu [2021] No. 101 (财预[2021]101号), the central guidance on core performance targets and indicators: output indicators are quantity, quality and timeliness; that each one is expected is our reading",
  },
  check({ document, report }) {
    for (const project of document.projects) {
      const output = project.indicators.filter((i) => i.level1 === "产出指标");
      if (output.length === 0) continue;
      // Rows under a 二级 label nobody knows, or not placed at all (category-taxonomy reports them), may be the missing side.
      if (output.some((i) => !i.level2 || !parentOf(i.level2)) || project.indicators.some((i) => !i.level1)) continue;
      const present = new Set(output.map((i) => i.level2));
      for (const level2 of DIMENSIONS) {
        if (!present.has(level2)) report({ messageId: "missing", project, place: output[0].level1Cell ?? output[0].place, data: { level2 } });
      }
    }
  },
});
