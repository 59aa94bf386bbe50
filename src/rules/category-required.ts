import { createRule } from "../engine/rule.js";
import { LEVEL1, type Level1 } from "../model/taxonomy.js";

const LEGACY_COVERS: Record<string, Level1> = { 成本指标: "成本指标", 满意度指标: "满意度指标", 服务对象满意度指标: "满意度指标" };

/** The four 一级 of the current framework; 成本 only recommended under the legacy profile. */
export default createRule({
  id: "category-required",
  severity: "error",
  category: "categories",
  messages: {
    missing: { zh: "缺少一级指标“{level1}”", en: "no {level1} (first-level indicator category)" },
    missingLegacy: {
      zh: "缺少一级指标“{level1}”（旧版框架下为建议项）",
      en: "no {level1} (recommended under the legacy framework)",
    },
  },
  docs: {
    summary: {
      zh: "缺少一级指标：产出、效益、满意度、成本（现行框架必备；旧版框架下成本为警告）",
      en: "A first-level category is missing: output, benefit, satisfaction, cost (cost: warning under the legacy profile)",
    },
    why: {
      zh: "现行框架要求绩效指标覆盖成本、产出、效益、满意度四个方面。",
      en: "The current framework wants indicators on cost, output, benefit and satisfaction.",
    },
    fail: "产出指标 | 数量指标 | 工作完成率 | =100%（无成本、效益、满意度指标）",
    pass: "成本指标 … 产出指标 … 效益指标 … 满意度指标 …",
    source: "财预〔2021〕101号 附件（项目支出绩效指标框架：成本、产出、效益、满意度）",
    sourceEn: "Caiyu [2021] No. 101 (财预[2021]101号), annex: the indicator framework of project spending (cost, output, benefit, satisfaction)",
  },
  check({ document, profile, report }) {
    for (const project of document.projects) {
      const present = new Set<Level1 | null>(project.indicators.map((i) => i.level1));
      // The legacy framework files cost as a 二级 of 产出 and satisfaction as a 二级 of 效益.
      if (profile === "legacy") {
        for (const i of project.indicators) {
          const covered = i.level2 ? LEGACY_COVERS[i.level2] : undefined;
          if (covered) present.add(covered);
        }
      }
      for (const level1 of LEVEL1) {
        if (present.has(level1)) continue;
        const legacyCost = level1 === "成本指标" && profile === "legacy";
        report({
          messageId: legacyCost ? "missingLegacy" : "missing",
          project,
          place: project.place,
          data: { level1 },
          severity: legacyCost ? "warning" : undefined,
        });
      }
    }
  },
});
