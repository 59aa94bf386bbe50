/**
 * What an indicator's name says about the value it needs: a rate wants `%`, a negative
 * indicator (投诉率, 事故率, 成本) wants ≤/<, a positive one (完成率, 覆盖率, 满意度) ≥/=, a
 * unit in parentheses (`(人数)`) names the unit of the value.
 */

/** Names ending in 率 that are not shares of a whole (频率: times per period; 效率; 功率). */
const NOT_A_SHARE = /(频率|效率|功率|速率)$/;

/** A rate or a share: its target is a percentage. */
export function isRate(name: string): boolean {
  const core = stripUnitHint(name);
  return (/(率|比例|占比|比率)$/.test(core) && !NOT_A_SHARE.test(core)) || isSatisfaction(name);
}

/** Satisfaction itself (`群众满意度`), not something about it (`满意度调查次数`). */
export function isSatisfaction(name: string): boolean {
  return /(满意度|满意率)$/.test(stripUnitHint(name));
}

/** A cost: `项目总成本`, `人均培训费用`, `单价` — not `成本控制率` or `经费支出进度`. */
export function isCost(name: string): boolean {
  const core = stripUnitHint(name);
  return /(成本|费用|单价|造价|开支|经费)$/.test(core) || (/成本/.test(core) && !/(率|进度)$/.test(core));
}

const POSITIVE_CHANGE = /(下降|减少|降低|压降|削减)率$/;
const NEGATIVE = /(投诉|事故|发生|差错|失误|出错|返工|流失|空置|违规|误差|故障|死亡|损耗|超支|逾期|退回|纠错|不合格)率$/;
const POSITIVE = /(合格|覆盖|满意|完成|达标|及时|知晓|参与|使用|完好|准确|利用|入住|到位|执行|验收|开展|通过|正确|受益|普及|达成|落实|响应|办结|覆盖面)率$|满意度$/;

/** `negative`: less is better; `positive`: more is better; undefined: the name does not say. */
export function direction(name: string): "negative" | "positive" | undefined {
  const core = stripUnitHint(name);
  if (POSITIVE_CHANGE.test(core)) return "positive";
  if (NEGATIVE.test(core)) return "negative";
  if (isCost(core)) return "negative";
  if (POSITIVE.test(core)) return "positive";
  return undefined;
}

const HINT = /[(（]([^()（）]{1,6})[)）]\s*$/;
const HINT_UNITS: Record<string, string> = {
  人数: "人", 人: "人", 人次: "人次", 户数: "户", 户: "户", 家数: "家", 家: "家", 个数: "个", 个: "个",
  次数: "次", 次: "次", 天数: "天", 天: "天", 场次: "场", 场: "场", 元: "元", 万元: "万元", "%": "%", 百分比: "%",
};
/** Units that name the same thing (a count of people may be in 人 or 名). */
const SAME: Record<string, string[]> = { 人: ["人", "名", "人次"], 场: ["场", "场次", "次"], 次: ["次", "场次", "场"] };

/** The unit a name announces in parentheses (`发放单位(人数)` → `人`). */
export function unitHint(name: string): { unit: string; written: string } | undefined {
  const match = HINT.exec(name);
  if (!match) return undefined;
  const unit = HINT_UNITS[match[1].trim()];
  return unit ? { unit, written: match[1].trim() } : undefined;
}

export function unitsAgree(hint: string, unit: string): boolean {
  return hint === unit || (SAME[hint]?.includes(unit) ?? false);
}

function stripUnitHint(name: string): string {
  // Only a name ending in a closing parenthesis has a hint (most have none: no pattern to run).
  const end = name.trimEnd();
  const last = end.charCodeAt(end.length - 1);
  if (last !== 0x29 && last !== 0xff09) return name.trim();
  return name.replace(HINT, "").trim();
}
