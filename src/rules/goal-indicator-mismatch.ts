import { createRule } from "../engine/rule.js";
import type { IndicatorNode } from "../model/nodes.js";
import { bigrams, extractPromises, overlap, type Promise } from "./support/promises.js";

/** Shared two-character runs a name needs with the goal's sentence to be a candidate. */
const MIN_OVERLAP = 2;
/** A goal promising more figures than this is not a goal but a list; the first ones are checked. */
const MAX_PROMISES = 100;

function atLeastAsStrict(indicator: IndicatorNode, promise: Promise): boolean {
  const value = indicator.value;
  if (value.kind !== "quantitative" || value.operator === null) return true; // nothing to compare
  if (promise.operator === "≥") return ["≥", ">", "="].includes(value.operator) && value.number >= promise.number;
  return ["≤", "<", "="].includes(value.operator) && value.number <= promise.number;
}

function closeness(indicator: IndicatorNode, promise: Promise): number {
  const v = indicator.value;
  return v.kind === "quantitative" ? -Math.abs(Math.log((v.number + 1) / (promise.number + 1))) : -Infinity;
}

/** A figure promised in the goal text must be carried by an indicator at least as strict. */
export default createRule({
  id: "goal-indicator-mismatch",
  severity: "warning",
  category: "goals",
  messages: {
    weaker: {
      zh: "年度目标（第{goalLine}行）承诺“{promise}”，但对应指标“{name}”（第{line}行）只设定为{value}",
      en: "the goal (line {goalLine}) promises \"{promise}\" but the indicator \"{name}\" (line {line}) only sets {value}",
    },
  },
  docs: {
    summary: {
      zh: "目标文字中承诺的数字（如“不少于120次”“满意度90%以上”）没有至少同样严格的指标承接",
      en: "A figure the goal promises has no indicator at least as strict; the message names both lines",
    },
    why: {
      zh: "指标应由目标分解而来；指标比目标宽松，考核时目标就落空了。",
      en: "Indicators are the goal broken down; an indicator looser than the goal leaves the goal unassessed.",
    },
    fail: "年度总体目标：……不少于120次活动。｜“两新”党组织活动数量 ≥110.00(次)",
    pass: "年度总体目标：……不少于120次活动。｜“两新”党组织活动数量 ≥120.00(次)",
    source: "财预〔2015〕88号 第九条（绩效指标与目标相对应）；匹配方法为本工具的理解",
    sourceEn: "Caiyu [2015] No. 88 (财预[2015]88号), article 9: indicators match the goals; the matching is our reading",
  },
  check({ document, report }) {
    for (const project of document.projects) {
      const goal = project.goals.annual;
      const goalPlace = project.goals.annualPlace;
      if (!goal || !goalPlace) continue;
      const sentences = new Map<string, Set<number>>();
      const names = new Map<string, Set<number>>();
      const nameBigrams = (name: string) => {
        let set = names.get(name);
        if (!set) names.set(name, (set = bigrams(name)));
        return set;
      };
      for (const promise of extractPromises(goal).slice(0, MAX_PROMISES)) {
        let words = sentences.get(promise.sentence);
        if (!words) sentences.set(promise.sentence, (words = bigrams(promise.sentence)));
        const candidates = project.indicators
          .filter((i) => i.value.kind === "quantitative" && i.value.unit === promise.unit && i.name)
          .map((i) => ({ indicator: i, score: overlap(nameBigrams(i.name!), words!) }))
          .filter((c) => c.score >= MIN_OVERLAP);
        if (candidates.length === 0 || candidates.some((c) => atLeastAsStrict(c.indicator, promise))) continue;
        candidates.sort((a, b) => b.score - a.score || closeness(b.indicator, promise) - closeness(a.indicator, promise));
        const best = candidates[0].indicator;
        report({
          messageId: "weaker",
          project,
          place: best.place,
          data: {
            goalLine: goalPlace.line,
            promise: promise.text,
            name: best.name!,
            line: best.line,
            value: best.value.kind === "quantitative" ? best.value.text : "",
          },
        });
      }
    }
  },
});
