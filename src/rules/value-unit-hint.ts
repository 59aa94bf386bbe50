import { createRule } from "../engine/rule.js";
import { unitHint, unitsAgree } from "./support/terms.js";
import { eachIndicator } from "./support/walk.js";

/** `发放单位(人数) ≥50.00(家)`: the name counts people, the value counts units. */
export default createRule({
  id: "value-unit-hint",
  severity: "warning",
  category: "values",
  messages: {
    contradicts: {
      zh: "指标名称注明“({hint})”，但指标值的单位是“{unit}”",
      en: "the name says ({hint}) but the value is in {unit}",
    },
  },
  docs: {
    summary: { zh: "名称中注明的单位与指标值的单位矛盾", en: "A unit written in the name contradicts the value's unit" },
    why: { zh: "名称说“人数”而值以“家”计，两者必有一处填错。", en: "A name counting people with a value counting organisations: one of them is wrong." },
    fail: "数量指标 | 补贴发放单位(人数) | ≥50.00(家)",
    pass: "数量指标 | 补贴发放单位(家数) | ≥50.00(家)",
    source: "本工具的理解（名称与指标值的计量单位应一致）",
    sourceEn: "our reading (the name and the value agree on the unit)",
  },
  check({ document, report }) {
    eachIndicator(document, (indicator, project) => {
      const v = indicator.value;
      if (!indicator.name || v.kind !== "quantitative" || !v.unit) return;
      const hint = unitHint(indicator.name);
      if (hint && !unitsAgree(hint.unit, v.unit)) {
        report({ messageId: "contradicts", project, place: indicator.place, data: { hint: hint.written, unit: v.unit } });
      }
    });
  },
});
