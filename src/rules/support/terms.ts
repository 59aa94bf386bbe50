/**
 * What an indicator's name says about the value it needs: a rate wants `%` (or ‰, /10万), a
 * negative indicator (投诉率, 事故率, 成本) wants ≤/<, a positive one (完成率, 覆盖率, 满意度, a
 * saving) ≥/=, a unit in parentheses (`(人数)`) names the unit of the value.
 */

/**
 * Names ending in 率 that are not shares of a whole: 频率 (times per period), 效率, 功率, 周转率
 * (times a year), 容积率 (floor area over site area), 汇率, 流动比率 (a ratio, not a percentage).
 */
const NOT_A_SHARE = /(频率|效率|功率|速率|周转率|容积率|汇率|倍率|生产率|流动比率|速动比率|杠杆率)$/;

/** A rate or a share: its target is a percentage (or per mille, per 100,000). */
export function isRate(name: string): boolean {
  const core = stripUnitHint(name);
  return (/(率|比例|占比|比率|比重)$/.test(core) && !NOT_A_SHARE.test(core)) || isSatisfaction(name);
}

/** A ratio, a score or a rank with no unit of its own: `容积率 ≤2.5`, `考核得分 ≥90`, `综合指数 ≥1.2`, `考核排名 ≤10`. */
export function isDimensionless(name: string): boolean {
  const core = stripUnitHint(name);
  return NOT_A_SHARE.test(core) || /(系数|指数|比值|倍数|得分|评分|分数|分值|星级|等级|级别|排名|名次|位次|PH值|(?<!占)比)$/i.test(core) || /^是否/.test(core);
}

/** Satisfaction itself (`群众满意度`), not something about it (`满意度调查次数`) nor its opposite (`不满意率`). */
export function isSatisfaction(name: string): boolean {
  const core = stripUnitHint(name);
  return /(满意度|满意率)$/.test(core) && !/不满意/.test(core);
}

/**
 * A saving or a reduction, where more is better: `成本节约额`, `企业物流成本降低幅度`, `投诉下降率`,
 * `节支率`, `能耗降幅`, `办理时限缩短`, `为企业降低成本`.
 */
const SAVING = /(节约|节省|节支|节能|节水|节电|减排|减负|降低|下降|减少|压降|压减|压缩|削减|缩减|缩短|降幅|减幅)(率|额|金额|资金|幅度|比例|百分比|量|数|值|程度|成效)?$|^(降低|减少|压降|压减|压缩|削减|缩减|缩短|节约(?!型)|节省)|(降低|减少|节约|节省|压降|压减|压缩|削减|缩减)[\u4e00-\u9fff]{0,6}(成本|费用|支出|开支)$/;

/** A cost: `项目总成本`, `人均培训费用`, `单价` — not `成本控制率`, `经费支出进度` or a saving (`成本节约额`). */
export function isCost(name: string): boolean {
  const core = stripUnitHint(name);
  if (SAVING.test(core)) return false;
  return /(成本|费用|单价|造价|开支|经费)$/.test(core) || (/成本/.test(core) && !/(率|进度)$/.test(core));
}

const NEGATIVE = /(投诉|事故|发生|差错|失误|出错|返工|流失|空置|违规|误差|故障|死亡|损耗|超支|逾期|退回|纠错|不合格|不满意|发病|患病|感染|失业|辍学|返贫|超标|漏检|延误|拖欠)率$/;
const POSITIVE = /(合格|覆盖|满意|完成|达标|及时|知晓|参与|使用|完好|准确|利用|入住|到位|执行|验收|开展|通过|正确|受益|普及|达成|落实|响应|办结|覆盖面)率$|满意度$/;

/** `negative`: less is better; `positive`: more is better; undefined: the name does not say. */
export function direction(name: string): "negative" | "positive" | undefined {
  const core = stripUnitHint(name);
  if (SAVING.test(core)) return "positive";
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
  const written = match[1].trim();
  const unit = Object.hasOwn(HINT_UNITS, written) ? HINT_UNITS[written] : undefined;
  return unit ? { unit, written } : undefined;
}

/** Whatever the name writes in parentheses at its end (`绿化面积(平方米)`, `补贴标准(元/人)`): the unit it gives itself. */
export function writtenUnit(name: string): string | undefined {
  const written = HINT.exec(name)?.[1].trim();
  return written && !/\d/.test(written) ? written : undefined;
}

/** The unit a count names by its last word (`培训人数` → 人, `活动场次` → 场): a suggestion, never a finding. */
const COUNT_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/人次$/, "人次"], [/人数$/, "人"], [/户数$/, "户"], [/家数$/, "家"], [/场次$/, "场"], [/次数$/, "次"],
  [/天数$/, "天"], [/个数$/, "个"], [/(篇|份|件|项|台|套|所|座|株|辆)数$/, ""],
];

export function impliedUnit(name: string): string | undefined {
  const core = stripUnitHint(name);
  for (const [pattern, unit] of COUNT_WORDS) {
    const match = pattern.exec(core);
    if (match) return unit || match[1];
  }
  return undefined;
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
