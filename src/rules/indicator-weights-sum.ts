import { createRule } from "../engine/rule.js";
import type { IndicatorNode } from "../model/nodes.js";

/** Lines listed in a message; the count says how many there are in all. */
const MAX_LINES = 6;

/** A decimal as an exact fraction: `12.5` → 125 / 10. */
interface Decimal {
  digits: bigint;
  places: number;
}

/** The weight as written (`10`, `12.5`, `20%`), exactly; undefined when it is not a plain number. */
function weightOf(indicator: IndicatorNode): Decimal | undefined {
  const text = (indicator.weightCell?.text ?? String(indicator.weight)).replace(/\s+/g, "").replace(/%$/, "");
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return undefined;
  const [, whole, fraction = ""] = match;
  return { digits: BigInt(whole + fraction), places: fraction.length };
}

function sum(weights: Decimal[]): Decimal {
  const places = Math.max(0, ...weights.map((w) => w.places));
  const digits = weights.reduce((acc, w) => acc + w.digits * 10n ** BigInt(places - w.places), 0n);
  return { digits, places };
}

function equals(value: Decimal, whole: bigint): boolean {
  return value.digits === whole * 10n ** BigInt(value.places);
}

/** `90`, `99.5`: the exact decimal, without trailing zeros. */
function show(value: Decimal): string {
  const scale = 10n ** BigInt(value.places);
  const fraction = value.places === 0 ? "" : (value.digits % scale).toString().padStart(value.places, "0").replace(/0+$/, "");
  return `${value.digits / scale}${fraction ? `.${fraction}` : ""}`;
}

/** A share of the whole: 100 (points or per cent), or 1 where weights are written as fractions (0.2). */
function isWhole(value: Decimal): boolean {
  return equals(value, 100n) || equals(value, 1n);
}

/** Where a form has a 权重/分值 column, a project's weights add up to 100. */
export default createRule({
  id: "indicator-weights-sum",
  severity: "error",
  category: "indicators",
  messages: {
    sum: {
      zh: "本项目三级指标的权重合计为{sum}，应为100",
      en: "the weights of this project's indicators add up to {sum}, not 100",
    },
    missing: {
      zh: "{count}个三级指标没有填写权重（第{lines}行），其余指标有权重",
      en: "{count} indicators have no weight (lines {lines}) while the others do",
    },
  },
  docs: {
    summary: { zh: "有权重（分值）列时，一个项目的权重合计不等于100，或部分指标没有权重", en: "Where a 权重/分值 column exists, a project's weights do not add up to 100, or some are missing" },
    why: {
      zh: "权重决定评价时各指标的分值，合计须为100分；预算系统中权重合计不为100的申报表无法保存。部分指标没有权重只报告一次。每个一级指标内各自合计为100的，按分级权重处理，不报告。按小数精确计算，不用浮点数。",
      en: "Weights give each indicator its share of the score and must add up to 100; budget systems refuse to save a declaration whose weights do not. Missing weights are reported once. Weights that add up to 100 within each 一级 are read as weights per level and accepted. Summed exactly as decimals.",
    },
    fail: "数量指标 | 举办活动场次 | ≥4(次) | 20 … 满意度 | 服务对象满意度 | ≥90(%) | 10 （合计90）",
    pass: "数量指标 | 举办活动场次 | ≥4(次) | 30 … 满意度 | 服务对象满意度 | ≥90(%) | 10 （合计100）",
    source: "预算管理系统的校验（权重合计须为100，否则无法保存）；每个一级指标内合计为100的分级权重按本工具的理解接受",
    sourceEn: "the budget systems' check (weights must add up to 100 or the declaration cannot be saved); weights adding up to 100 within each 一级 are accepted as weights per level (our reading)",
  },
  check({ document, report }) {
    for (const project of document.projects) {
      const weighted = project.indicators.filter((i) => i.weight !== undefined);
      if (weighted.length === 0) continue;
      const unweighted = project.indicators.filter((i) => i.weight === undefined);
      if (unweighted.length > 0) {
        const shown = unweighted.slice(0, MAX_LINES).map((i) => i.line).join("、");
        report({
          messageId: "missing",
          project,
          place: unweighted[0].place,
          data: { count: unweighted.length, lines: unweighted.length > MAX_LINES ? `${shown}…` : shown },
        });
        continue;
      }
      const weights = weighted.map(weightOf);
      if (weights.some((w) => w === undefined)) continue;
      const total = sum(weights as Decimal[]);
      if (isWhole(total) || isWholePerLevel(weighted)) continue;
      report({ messageId: "sum", project, place: weighted[0].weightCell ?? weighted[0].place, data: { sum: show(total) } });
    }
  },
});

/** Weights given per 一级 (each 一级's indicators adding up to 100 of their own). */
function isWholePerLevel(indicators: IndicatorNode[]): boolean {
  const byLevel = new Map<string | null, Decimal[]>();
  for (const indicator of indicators) {
    const list = byLevel.get(indicator.level1) ?? [];
    list.push(weightOf(indicator)!);
    byLevel.set(indicator.level1, list);
  }
  return byLevel.size > 1 && [...byLevel.values()].every((list) => isWhole(sum(list)));
}
