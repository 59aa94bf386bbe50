import { createRule } from "../engine/rule.js";
import type { IndicatorNode } from "../model/nodes.js";

function target(indicator: IndicatorNode): string {
  const v = indicator.value;
  if (v.kind === "quantitative") return `${v.operator ?? ""}${v.number}${v.unit ?? ""}`;
  return v.kind === "missing" ? "" : v.text; // qualitative, or a deadline as written
}

/** Lines listed in a message; the count says how many there are in all. */
const MAX_LINES = 6;

/** The same 三级 indicator twice in one project. */
export default createRule({
  id: "indicator-duplicate",
  severity: "warning",
  category: "indicators",
  messages: {
    differ: {
      zh: "三级指标“{name}”在本项目中出现{count}次（第{lines}行），且指标值不同",
      en: "the indicator \"{name}\" appears {count} times in this project (lines {lines}) with different values",
    },
    same: {
      zh: "三级指标“{name}”在本项目中重复出现{count}次（第{lines}行），指标值相同",
      en: "the indicator \"{name}\" appears {count} times in this project (lines {lines}) with the same value",
    },
  },
  docs: {
    summary: { zh: "同一项目中同一三级指标出现两次（说明指标值是否不同）", en: "The same 三级 name twice in one project (says whether the values differ)" },
    why: {
      zh: "重复指标会重复计分；指标值不同时更说明其中一处填错。",
      en: "A repeated indicator is scored twice; different values mean one of them is wrong.",
    },
    fail: "数量指标 | 课题调研完成率 | ≥1.00(个) … 时效指标 | 课题调研完成率 | =100.00(%)",
    pass: "数量指标 | 课题调研数量 | ≥1.00(个) … 时效指标 | 课题调研按期完成率 | =100.00(%)",
    source: "审核实务（本工具的理解）",
    sourceEn: "review practice (our reading)",
  },
  check({ document, report }) {
    for (const project of document.projects) {
      const byName = new Map<string, IndicatorNode[]>();
      for (const indicator of project.indicators) {
        if (!indicator.name) continue;
        const key = indicator.name.replace(/\s+/g, "");
        const group = byName.get(key);
        if (group) group.push(indicator);
        else byName.set(key, [indicator]);
      }
      for (const group of byName.values()) {
        if (group.length < 2) continue;
        const differ = new Set(group.map(target)).size > 1;
        const shown = group.slice(0, MAX_LINES).map((i) => i.line).join("、");
        const lines = group.length > MAX_LINES ? `${shown}…` : shown;
        for (const indicator of group) {
          report({
            messageId: differ ? "differ" : "same",
            project,
            place: indicator.place,
            data: { name: indicator.name!, count: group.length, lines },
          });
        }
      }
    }
  },
});
