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

/**
 * An indicator bounded the other way (`不满意率 ≤10%` for a promise of `满意度90%以上`) measures
 * the complement or another quantity: its figure cannot be set against the promise's.
 */
function boundedOtherWay(indicator: IndicatorNode, promise: Promise): boolean {
  const value = indicator.value;
  if (value.kind !== "quantitative" || value.operator === null || value.operator === "=") return false;
  const atMost = value.operator === "≤" || value.operator === "<";
  return atMost !== (promise.operator === "≤");
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
      zh: "指标应由目标分解而来；指标比目标宽松，考核时目标就落空了。每个数字只比对一次（“达到95%以上”是一个承诺），并只找它所在分句（必要时连同前面不含数字的分句）说到的指标：“投诉率控制在3%以内”说的是投诉率，不是前一分句的满意度。",
      en: "Indicators are the goal broken down; an indicator looser than the goal leaves the goal unassessed. Each figure is one promise (达到95%以上 once), matched to the indicators its own clause names (with the clauses before it that hold no figure): 投诉率控制在3%以内 is about 投诉率, not the satisfaction of the clause before.",
    },
    fail: "年度总体目标：……不少于120次活动。｜“两新”党组织活动数量 ≥110.00(次)",
    pass: "年度总体目标：……不少于120次活动。｜“两新”党组织活动数量 ≥120.00(次)",
    source: "财预〔2015〕88号《中央部门预算绩效目标管理办法》（绩效指标是绩效目标的细化和量化描述）；目标中的数字找哪条指标承接（按所在分句的词语）为本工具的理解",
    sourceEn: "Caiyu [2015] No. 88 (财预[2015]88号), the central rules on performance targets: indicators are the goals made specific and quantified; which indicator carries a figure of the goal (by the words of its clause) is our reading",
  },
  check({ document, report }) {
    for (const project of document.projects) {
      const goal = project.goals.annual;
      const goalPlace = project.goals.annualPlace;
      if (!goal || !goalPlace) continue;
      const contexts = new Map<string, Set<number>>();
      const wordsOf = (text: string) => {
        let set = contexts.get(text);
        if (!set) contexts.set(text, (set = bigrams(text)));
        return set;
      };
      const names = new Map<string, Set<number>>();
      const nameBigrams = (name: string) => {
        let set = names.get(name);
        if (!set) names.set(name, (set = bigrams(name)));
        return set;
      };
      const sameUnit = (promise: Promise) => project.indicators.filter((i) => i.value.kind === "quantitative" && i.value.unit === promise.unit && i.name);
      for (const promise of extractPromises(goal, MAX_PROMISES)) {
        const pool = sameUnit(promise).filter((i) => !boundedOtherWay(i, promise));
        // The narrowest context that names an indicator: the figure's own clause first.
        let candidates: Array<{ indicator: IndicatorNode; score: number }> = [];
        for (const context of promise.contexts) {
          const words = wordsOf(context);
          candidates = pool.map((i) => ({ indicator: i, score: overlap(nameBigrams(i.name!), words) })).filter((c) => c.score >= MIN_OVERLAP);
          if (candidates.length > 0) break;
        }
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
