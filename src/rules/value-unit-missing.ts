import { createRule } from "../engine/rule.js";
import { impliedUnit, isDimensionless, isRate, writtenUnit } from "./support/terms.js";
import { eachIndicator } from "./support/walk.js";

/**
 * `党建品牌培育 ≥1`: one what? A number needs its 计量单位. Rates and satisfaction are
 * value-rate-unit's and value-satisfaction's to report; a ratio or a score has no unit.
 */
export default createRule({
  id: "value-unit-missing",
  severity: "warning",
  category: "values",
  messages: {
    missing: {
      zh: "指标“{name}”的指标值“{text}”没有计量单位",
      en: "the value \"{text}\" of \"{name}\" has no unit",
    },
    missingLike: {
      zh: "指标“{name}”的指标值“{text}”没有计量单位（如“{unit}”）",
      en: "the value \"{text}\" of \"{name}\" has no unit (such as {unit})",
    },
  },
  docs: {
    summary: { zh: "数值指标值没有计量单位（比率、满意度、比值和分值除外）", en: "A number without a unit (rates, satisfaction, ratios and scores aside)" },
    why: {
      zh: "没有计量单位，“≥1”说不清是1个、1次还是1项，考核时无法核对。预算管理系统中定量指标的计量单位为必录项，只有定性指标可以不填。",
      en: "Without a unit, ≥1 could be one item, one time or one project, and cannot be checked. Budget systems make the unit a required entry for every quantitative indicator; only qualitative ones go without.",
    },
    fail: "可持续影响指标 | 党建品牌培育 | ≥1",
    pass: "可持续影响指标 | 党建品牌培育 | ≥1(个)",
    source: "预算管理一体化系统绩效目标填报：定量指标的计量单位为必录项，定性指标除外（本工具对填报系统要求的理解）",
    sourceEn: "performance-target entry in the budget management systems: the unit is required for quantitative indicators, not for qualitative ones (our reading of the systems' entry rules)",
  },
  check({ document, report }) {
    eachIndicator(document, (indicator, project) => {
      const v = indicator.value;
      const name = indicator.name;
      if (!name || v.kind !== "quantitative" || v.unit !== null || !indicator.valueCell) return;
      // Rates and satisfaction: value-rate-unit and value-satisfaction say it; the name may give the unit itself.
      if (isRate(name) || isDimensionless(name) || writtenUnit(name)) return;
      const unit = impliedUnit(name);
      const data = { name, text: v.text, ...(unit ? { unit } : {}) };
      report({ messageId: unit ? "missingLike" : "missing", project, place: indicator.valueCell, data });
    });
  },
});
