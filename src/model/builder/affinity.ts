/**
 * What a 三级 indicator's own words say about its 二级 (format.md §5): a 满意度 name belongs to
 * 服务对象满意度指标, a 及时率 to 时效指标, a count to 数量指标, participation, coverage and
 * 知晓率 to 社会效益指标. Used only where the labels leave a row's block open.
 */
import type { IndicatorValue } from "../../../grammar/value.js";

/** Global patterns: each distinct sign in a name counts once. */
const NAME_HINTS: Readonly<Record<string, RegExp>> = {
  经济成本指标: /成本|预算|费用|经费|单价|造价/g,
  社会成本指标: /社会成本/g,
  生态环境成本指标: /生态环境成本|环境成本/g,
  数量指标: /(数|数量|场次|次数|人次|个数|户数|天数|面积|长度|规模)$/g,
  质量指标: /质量|达标|合格|完好|准确|优良|规范|验收|差错|正确/g,
  时效指标: /及时|时效|按时|按期|时限|周期|期限|进度/g,
  经济效益指标: /经济|产业|企业|收入|增收|税收|产值|营收|就业/g,
  社会效益指标: /参与|覆盖|知晓|群众|社会|意识|服务对象|受益|投诉|宣传|氛围|文明/g,
  生态效益指标: /生态|环境|绿化|排放|节能|污染|空气|水质/g,
  环境效益指标: /生态|环境|绿化|排放|节能|污染|空气|水质/g,
  可持续影响指标: /长效|机制|可持续|持续|品牌|培育|制度|常态化/g,
  服务对象满意度指标: /满意/g,
};

const COUNT_UNITS = /^(次|个|人|人次|名|家|场|场次|户|件|项|套|台|册|篇|期|批|学时|课时|小时|天|日|次\/年|所|处|座|辆|份|本|张|条|株|亩|平方米|米|公里|km)$/;
const VALUE_HINTS: Readonly<Record<string, (value: IndicatorValue) => boolean>> = {
  数量指标: (v) => v.kind === "quantitative" && v.unit !== null && COUNT_UNITS.test(v.unit.split("/")[0]),
  时效指标: (v) => (v.kind === "qualitative" && /及时|按时|按期|准时/.test(v.text)) || v.kind === "deadline",
};

/** How strongly the indicator's name and value point at `level2`: one per distinct sign (0 = none). */
export function affinity(name: string | null, value: IndicatorValue, level2: string): number {
  let score = 0;
  const pattern = NAME_HINTS[level2];
  if (name && pattern) score += Math.min(2, new Set(name.match(pattern) ?? []).size);
  if (VALUE_HINTS[level2]?.(value)) score += 1;
  return score;
}

/** The 二级 among `candidates` that the content points at most clearly, if any. */
export function bestLevel2(name: string | null, value: IndicatorValue, candidates: readonly string[]): string | undefined {
  let best: string | undefined, bestScore = 0, tied = false;
  for (const level2 of candidates) {
    const score = affinity(name, value, level2);
    if (score > bestScore) { best = level2; bestScore = score; tied = false; }
    else if (score === bestScore && score > 0) tied = true;
  }
  return tied ? undefined : best;
}
