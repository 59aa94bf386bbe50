import { createRule } from "../engine/rule.js";
import { belongsTo, childrenOf, isLegacyPair, parentOf } from "../model/taxonomy.js";

/** A 二级 must belong to its 一级 (format.md §3), and every indicator needs a known 二级. */
export default createRule({
  id: "category-taxonomy",
  severity: "error",
  category: "categories",
  messages: {
    wrongParent: {
      zh: "二级指标“{level2}”不属于一级指标“{level1}”（应属“{expected}”）",
      en: "{level2} does not belong under {level1} (it belongs under {expected})",
    },
    legacy: {
      zh: "“{level2}”列在“{level1}”下是旧版（财预〔2015〕88号）框架的写法；现行框架中应归入“{expected}”。如按旧版框架申报，请设置 profile: legacy",
      en: "{level2} under {level1} follows the legacy (2015) framework; the current one files it under {expected} (set profile: legacy to accept it)",
    },
    unknownLabel: {
      zh: "“{level2}”不是指标框架中的二级指标（{level1}下应为：{children}）",
      en: "{level2} is not a second-level category of the framework (under {level1}: {children})",
    },
    unknown: {
      zh: "三级指标“{name}”无法确定所属的二级指标",
      en: "the indicator \"{name}\" has no recognisable second-level category",
    },
  },
  docs: {
    summary: {
      zh: "二级指标不属于其一级指标（如效益指标下的数量指标），或类别无法识别",
      en: "A 二级 that does not belong to its 一级 (数量指标 under 效益指标), or an unknown category",
    },
    why: {
      zh: "指标归类错误会使各类指标的完整性检查与权重分配失真。",
      en: "A misfiled category distorts the completeness checks and the weighting of indicators.",
    },
    fail: "效益指标 | 数量指标 | 参与人数 | ≥600(人)",
    pass: "产出指标 | 数量指标 | 参与人数 | ≥600(人)",
    source: "财预〔2021〕101号 附件（一级、二级指标体系）；旧版：财预〔2015〕88号",
    sourceEn: "Caiyu [2021] No. 101 (财预[2021]101号), annex: first- and second-level indicators; legacy: Caiyu [2015] No. 88 (财预[2015]88号)",
  },
  check({ document, profile, report }) {
    const reported = new Set<string>();
    for (const project of document.projects) {
      for (const indicator of project.indicators) {
        const { level1, level2 } = indicator;
        if (!level2 || !level1) {
          report({ messageId: "unknown", project, place: indicator.place, data: { name: indicator.name ?? indicator.place.text } });
          continue;
        }
        if (belongsTo(level2, level1, profile)) continue;
        // One finding per block: at the label, not on every row the label covers.
        const key = `${project.lines.start}|${level1}|${level2}`;
        if (reported.has(key)) continue;
        reported.add(key);
        if (!parentOf(level2)) {
          report({
            messageId: "unknownLabel",
            project,
            place: indicator.level2Cell ?? indicator.place,
            data: { level1, level2, children: childrenOf(level1).join("、") },
          });
          continue;
        }
        const expected = parentOf(level2) ?? "?";
        const legacy = isLegacyPair(level2, level1);
        report({
          messageId: legacy ? "legacy" : "wrongParent",
          project,
          place: indicator.level2Cell ?? indicator.level1Cell ?? indicator.place,
          data: { level1, level2, expected: legacy ? expectedCurrent(level2) : expected },
          severity: legacy ? "warning" : undefined,
        });
      }
    }
  },
});

function expectedCurrent(level2: string): string {
  if (level2 === "成本指标") return "成本指标（一级）";
  if (level2 === "满意度指标" || level2 === "服务对象满意度指标") return "满意度指标";
  if (level2 === "环境效益指标") return "效益指标/生态效益指标";
  return "?";
}
