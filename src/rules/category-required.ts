import { createRule } from "../engine/rule.js";
import { acceptsLegacy, judge } from "../model/framework.js";
import { LEVEL1, type Level1 } from "../model/taxonomy.js";

const LEGACY_COVERS: Record<string, Level1> = { 成本指标: "成本指标", 满意度指标: "满意度指标", 服务对象满意度指标: "满意度指标" };

/** The four 一级 of the current framework; 成本 only recommended in a table judged by the legacy framework. */
export default createRule({
  id: "category-required",
  severity: "error",
  category: "categories",
  messages: {
    missing: { zh: "缺少一级指标“{level1}”", en: "no {level1} (first-level indicator category)" },
    missingLegacy: {
      zh: "缺少一级指标“{level1}”（本表按旧版指标框架检查，成本为建议项）",
      en: "no {level1} (this table is checked by the legacy framework, where cost is recommended)",
    },
  },
  docs: {
    summary: {
      zh: "缺少一级指标：产出、效益、满意度、成本（现行框架必备；按旧版框架检查的表中成本为警告）",
      en: "A first-level category is missing: output, benefit, satisfaction, cost (cost: a warning in a table judged by the legacy framework)",
    },
    why: {
      zh: "现行框架要求绩效指标覆盖成本、产出、效益、满意度四个方面；上海自2025年起原则上每一项目均应设置成本指标。旧版表（成本列在产出下、满意度列在效益下）按旧版框架检查：列在二级的成本、满意度即算已设置。",
      en: "The current framework wants indicators on cost, output, benefit and satisfaction; Shanghai asks every project for cost indicators from 2025. An older form (cost under 产出, satisfaction under 效益) is judged by the legacy framework, where those 二级 count.",
    },
    fail: "产出指标 | 数量指标 | 工作完成率 | =100%（无成本、效益、满意度指标）",
    pass: "成本指标 … 产出指标 … 效益指标 … 满意度指标 …",
    source: "中发〔2018〕34号（绩效目标不仅要包括产出、成本，还要包括效益和服务对象满意度等绩效指标）；财预〔2021〕101号《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》（成本、产出、效益、满意度四类一级指标）；上海市财政局《上海市市级部门项目支出核心绩效目标和指标设置及取值指引（试行）》（原则上每一项目均应设置成本指标）；旧版：财预〔2015〕88号（成本为产出的二级指标）",
    sourceEn: "Zhongfa [2018] No. 34 (中发[2018]34号): targets cover outputs and cost, and also benefits and the satisfaction of those served; Caiyu [2021] No. 101 (财预[2021]101号), the central guidance on core performance targets and indicators: four first-level categories (cost, output, benefit, satisfaction); the Shanghai guidance of 2025 (上海市市级部门项目支出核心绩效目标和指标设置及取值指引): every project should in principle set cost indicators; legacy: Caiyu [2015] No. 88 (财预[2015]88号), cost a second-level category of output",
  },
  check({ document, profile, report }) {
    for (const project of document.projects) {
      // No indicator at all: indicator-too-few says so once, not four times here.
      if (project.indicators.length === 0) continue;
      // Rows with no 一级 (under a label nobody knows, or with none; category-taxonomy reports them) may be the missing ones.
      if (project.indicators.some((i) => !i.level1)) continue;
      const judgement = judge(project, profile);
      const present = new Set<Level1 | null>(project.indicators.map((i) => i.level1));
      // The legacy forms file cost as a 二级 of 产出 and satisfaction as a 二级 of 效益.
      if (acceptsLegacy(judgement)) {
        for (const i of project.indicators) {
          const covered = i.level2 ? LEGACY_COVERS[i.level2] : undefined;
          if (covered) present.add(covered);
        }
      }
      for (const level1 of LEVEL1) {
        if (present.has(level1)) continue;
        const legacyCost = level1 === "成本指标" && judgement.framework === "legacy";
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
