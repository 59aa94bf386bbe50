import { createRule } from "../engine/rule.js";
import { acceptsLegacy, judge } from "../model/framework.js";
import { belongsTo, childrenOf, isLegacyPair, parentOf } from "../model/taxonomy.js";
import type { IndicatorNode } from "../model/nodes.js";

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
    judgedLegacy: {
      zh: "本表把“{level2}”列在“{level1}”下，是旧版申报表（财预〔2015〕88号及以前）的写法，按旧版指标框架检查；如要按现行框架（财预〔2021〕101号）检查，请用 --profile current",
      en: "this table files {level2} under {level1}, as the older forms (Caiyu [2015] No. 88 and before) do: it is checked by the legacy framework (--profile current checks it by the current one, Caiyu [2021] No. 101)",
    },
    unknownLabel: {
      zh: "“{level2}”不是指标框架中的二级指标（{level1}下应为：{children}）",
      en: "{level2} is not a second-level category of the framework (under {level1}: {children})",
    },
    unknownLabelAlone: {
      zh: "“{level2}”不是指标框架中的指标类别，其下的指标未归类",
      en: "{level2} is not a category of the framework; the indicators under it are not classified",
    },
    unknown: {
      zh: "三级指标“{name}”无法确定所属的二级指标（本表共{count}个）",
      en: "the indicator \"{name}\" has no recognisable second-level category ({count} in this table)",
    },
  },
  docs: {
    summary: {
      zh: "二级指标不属于其一级指标（如效益指标下的数量指标），或类别无法识别",
      en: "A 二级 that does not belong to its 一级 (数量指标 under 效益指标), or an unknown category",
    },
    why: {
      zh: "指标归类错误会使各类指标的完整性检查与权重分配失真。其他地区和年代的同义标签（效果指标、进度指标、环境效益指标、社会公众或服务对象满意度指标）照常识别；旧版申报表（成本列在产出下、满意度列在效益下）默认按旧版框架检查，并以一条提示说明。",
      en: "A misfiled category distorts the completeness checks and the weighting of indicators. Other regions' and years' names (效果指标, 进度指标, 环境效益指标, 社会公众或服务对象满意度指标) are recognised; an older form (cost under 产出, satisfaction under 效益) is judged by the legacy framework by default, and an info finding says so.",
    },
    fail: "效益指标 | 数量指标 | 参与人数 | ≥600(人)",
    pass: "产出指标 | 数量指标 | 参与人数 | ≥600(人)",
    source: "财预〔2021〕101号《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》（一级、二级指标体系）；旧版：财预〔2015〕88号及2011年（财预〔2011〕285号时期）的申报表；同义标签的对应为本工具的理解",
    sourceEn: "Caiyu [2021] No. 101 (财预[2021]101号), the central guidance on core performance targets and indicators: first- and second-level categories; legacy: Caiyu [2015] No. 88 (财预[2015]88号) and the forms of the 2011 generation (Caiyu [2011] No. 285); which names mean the same category is our reading",
  },
  check({ document, profile, report }) {
    for (const project of document.projects) {
      const judgement = judge(project, profile);
      if (judgement.how === "detected" && judgement.framework === "legacy" && judgement.legacySign) {
        const sign = judgement.legacySign;
        report({
          messageId: "judgedLegacy",
          project,
          place: sign.level2Cell ?? sign.level1Cell ?? sign.place,
          data: { level1: sign.level1!, level2: sign.level2! },
          severity: "info",
        });
      }
      // One finding per label (at the label), not on every row the label covers.
      const reported = new Set<string>();
      const unclassified: IndicatorNode[] = [];
      for (const indicator of project.indicators) {
        const { level1, level2 } = indicator;
        if (level2 && !parentOf(level2)) {
          const key = `${level1}|${level2}`;
          if (reported.has(key)) continue;
          reported.add(key);
          const place = indicator.level2Cell ?? indicator.place;
          if (level1) report({ messageId: "unknownLabel", project, place, data: { level1, level2, children: childrenOf(level1).join("、") } });
          else report({ messageId: "unknownLabelAlone", project, place, data: { level2 } });
          continue;
        }
        if (!level2 || !level1) {
          unclassified.push(indicator);
          continue;
        }
        if (belongsTo(level2, level1, judgement.framework)) continue;
        const legacy = isLegacyPair(level2, level1);
        if (legacy && acceptsLegacy(judgement)) continue;
        const key = `${level1}|${level2}`;
        if (reported.has(key)) continue;
        reported.add(key);
        report({
          messageId: legacy ? "legacy" : "wrongParent",
          project,
          place: indicator.level2Cell ?? indicator.level1Cell ?? indicator.place,
          data: { level1, level2, expected: legacy ? expectedCurrent(level2) : parentOf(level2) ?? "?" },
          severity: legacy ? "warning" : undefined,
        });
      }
      // Rows nothing places: one finding for the table, at the first.
      if (unclassified.length > 0) {
        const first = unclassified[0];
        report({ messageId: "unknown", project, place: first.place, data: { name: first.name ?? first.place.text, count: unclassified.length } });
      }
    }
  },
});

function expectedCurrent(level2: string): string {
  if (level2 === "成本指标") return "成本指标（一级）";
  if (level2 === "满意度指标" || level2 === "服务对象满意度指标") return "满意度指标";
  return "?";
}
