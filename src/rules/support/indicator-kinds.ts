/**
 * What an indicator measures, read from its name (and its value's unit), for the rules that
 * judge whether it stands in the right category: an input or a process (资金到位率, 预算执行率,
 * 安排资金) is no output, a count of activities (举办讲座场次) no outcome, and a 时效 indicator
 * says something about time (及时率, 完成时间, ≤7天). The lists are our reading of published
 * declarations and guidance; each function errs towards "cannot tell".
 */
import { labelKey } from "../../../grammar/normalize.js";
import { remembered } from "../../../grammar/remembered.js";
import type { IndicatorValue } from "../../../grammar/value.js";
import { isCost } from "./terms.js";

/**
 * The name as compared: half-width, no white space, no unit in parentheses at its end (`(元)`,
 * `(人数)`). Remembered: several rules ask for the same indicator's.
 */
export const nameCore: (name: string) => string = remembered((name) => labelKey(name).replace(/[(][^()]{1,8}[)]$/, ""));

/** The value's unit, when the value is a number. */
function unitOf(value: IndicatorValue): string | null {
  return value.kind === "quantitative" ? (value.unit === null ? null : labelKey(value.unit)) : null;
}

const MONEY_UNIT = /^(元|千元|万元|万|百万元|亿元)$/;

/** A plain amount of money (`万元`), not a rate of it (`元/人`). */
export function isMoneyUnit(unit: string | null): boolean {
  return unit !== null && MONEY_UNIT.test(labelKey(unit));
}

// ---------------------------------------------------------------------------------------------
// Inputs and processes: money raised, spent or moved, people and means put in.

/** Words that name the budget or the money itself. */
const FUNDS = "(?:资金|经费|预算|财政|拨款|款项|补助资金|补贴资金|专项资金)";
/** What is done to the money: it arrives, is paid out, executed, spent, used, left over. */
const FUNDS_ACTS = "(?:到位|拨付|下达|执行|支出|支付|使用|兑付|结余|结转|落实|保障)";

/** 资金到位率, 预算执行率, 资金拨付及时率, 资金到位情况, 资金使用合规性, 资金拨付次数, 结余率. */
const FUNDS_RATE = new RegExp(
  `${FUNDS}.{0,6}${FUNDS_ACTS}.{0,4}(?:率|情况|程度|性|次数|批次)$|^(?:预算|资金|经费)?(?:结余|结转)率$|^(?:预算|资金|经费)?(?:执行|支出)率$`,
);
/** 支出进度, 预算执行进度, 资金支付进度. */
const FUNDS_PROGRESS = new RegExp(`(?:${FUNDS}|支出|支付|拨付).{0,4}进度$`);
/** 科目调整次数, 预算调整率. */
const FUNDS_CHANGES = /(?:科目|预算|资金|经费|支出).{0,6}(?:调整|调剂|追加|变更)(?:次数|次|率)?$/;
/** 安排资金, 支出金额, 投入资金, 完成投资额, 下达补助资金. */
const FUNDS_AMOUNT_NAME = new RegExp(`(?:${FUNDS}|金额|投资|支出额|支出数)`);
const FUNDS_AMOUNT_END = new RegExp(`(?:${FUNDS}|金额|投资额|支出额|支出数|预算数|拨款额)$`);
/** Money that is a result, not an input: 带动社会投资, 节约资金, 增收, 减负. */
const MONEY_AS_RESULT = /带动|撬动|吸引|引导|拉动|节约|节省|节支|增收|收入|效益|产值|利润|税收|营业额|销售|回收|挽回|减少|降低|下降|减负|减免|让利|惠及/;
/**
 * People and means put in: 投入人数, 投入车辆, 人员投入 — not 投入使用 (a facility put into use is
 * an output), 投入产出比 (an efficiency) or 社会资本投入 (money drawn in).
 */
const RESOURCES = /投入(?!使用|运营|运行|生产|营运).{0,4}(?:人数|人员|人力|人次|车辆|设备|物资|机械|工时|工日|资金|经费)|(?:人员|人力|车辆|设备|物资|机械)投入/;

/**
 * The kind of input or process an indicator measures (`资金到位`), or undefined when it measures
 * an output or an outcome (or the name does not say). `timely` rates and progress are left to
 * the 时效 rule when the row stands under 时效 (see the rule).
 */
export function inputKind(name: string, value: IndicatorValue): InputKind | undefined {
  const core = nameCore(name);
  if (FUNDS_PROGRESS.test(core)) return "progress";
  if (FUNDS_RATE.test(core)) return "fundsRate";
  if (FUNDS_CHANGES.test(core)) return "budgetChanges";
  if (MONEY_AS_RESULT.test(core)) return undefined;
  const unit = unitOf(value);
  if (FUNDS_AMOUNT_END.test(core) && unit !== "%") return "amount";
  if (FUNDS_AMOUNT_NAME.test(core) && isMoneyUnit(unit)) return "amount";
  if (RESOURCES.test(core)) return "resources";
  return undefined;
}

export type InputKind = "progress" | "fundsRate" | "budgetChanges" | "amount" | "resources";

/** How each kind is said in a message. */
export const INPUT_KIND_TEXT: Readonly<Record<InputKind, { zh: string; en: string }>> = {
  progress: { zh: "资金支出进度", en: "the progress of spending" },
  fundsRate: { zh: "资金到位、拨付或预算执行情况", en: "how the money arrives, is paid out or spent" },
  budgetChanges: { zh: "预算调整情况", en: "changes to the budget" },
  amount: { zh: "资金投入金额", en: "an amount of money put in" },
  resources: { zh: "人力、物力投入", en: "people or means put in" },
};

// ---------------------------------------------------------------------------------------------
// Outputs counted as outcomes: how many events were held, days opened, people trained.

/** Doing something: holding, organising, opening, training, handing out. */
const ACTIVITY = /举办|开展|组织|开放|培训|发放|召开|举行|承办|主办|宣讲|印发|印制|制作|放映|演出|巡演|慰问|走访|讲座|授课|办班|办展|展览|展演/;
/** Words that make a count an effect (`带动就业人数`, `受益人数`, `参与人次`, `知晓人数`). */
const EFFECT = /受益|带动|就业|增收|参与|覆盖|知晓|满意|掌握|提升|提高|改善|增加|新增|减少|降低|下降|增长|节约|吸引|转化|获得|取得|考取|持证|达标|合格|通过|解决|惠及|服务对象/;
const COUNT_UNIT = /^(次|场|场次|天|日|人次|期|批|批次|班|班次|份|册|篇|课时|学时|人|名|户|个|项|家|届)$/;
const COUNT_END = /(场次|次数|天数|日数|人次|人数|期数|班次|批次|份数|册数|户数|个数|场数|届数|数量)$/;

/** A count of activities the project itself holds (`举办讲座场次 ≥12(场)`, `开放天数 ≥260(天)`). */
export function isActivityCount(name: string, value: IndicatorValue): boolean {
  const core = nameCore(name);
  if (!ACTIVITY.test(core) || EFFECT.test(core) || /(率|度)$/.test(core)) return false;
  if (value.kind !== "quantitative") return false;
  const unit = unitOf(value);
  if (unit !== null) return COUNT_UNIT.test(unit);
  return COUNT_END.test(core);
}

// ---------------------------------------------------------------------------------------------
// Time: a 时效 indicator says when, how fast or how timely.

const TIME_WORDS =
  /及时|按时|按期|如期|准时|限时|时限|期限|时间|日期|年份|月份|时长|时效|周期|工期|进度|逾期|超期|延期|延误|提前|滞后|当日|当天|当月|当年|次日|日清|日结|实时|小时|分钟|工作日|天内|日内|周内|月内|季内|年内|年底|月底|年末|季度|按月|按季|按年|按周|每月|每季|每年|每周|每日|每天|定期|按计划|计划内|效率|速度|响应|办结|时段|频次|频率|年限|时点|节点|期内|截止|到期|限期/;
/** Completion within the year or to plan (`年度任务完成率`, `计划完成率`): a time-bound statement. */
const WITHIN_YEAR = /(年度|全年|当年|本年|计划).{0,6}完成|完成.{0,4}计划/;
const TIME_UNIT = /^(个)?(工作日|自然日|天|日|周|星期|月|年|小时|h|分钟|秒|季度|学期)(内|以内)?$/i;
/** A date, a period or a rhythm in the value: `2024年12月`, `2024-12-31`, `2024.12.31`, `6月底前`, `第三季度`, `按月发放`; not `≥1000.00(次)`. */
const TIME_TEXT =
  /(?:19|20)\d{2}\s*(?:年|[-/]\s*\d{1,2}|\.\d{1,2}\.\d{1,2})|\d{1,2}\s*月|月底|月末|年底|年末|年内|季度|上半年|下半年|前$|之前|以前|及时|按时|按期|如期|准时|按计划|按进度|计划内|当日|当天|当年|全年|工作日|小时|天内|日内|时限|限期|(?:按|每)(?:日|天|周|旬|月|季|年)|定期/;

/** Whether the name or the value says something about time (`及时率`, `完成时间`, `≤7天`, `2024年12月31日前`). */
export function isAboutTime(name: string | null, value: IndicatorValue): boolean {
  if (name !== null && (TIME_WORDS.test(nameCore(name)) || WITHIN_YEAR.test(nameCore(name)))) return true;
  // A value kind for deadlines (`6月底前`) counts as time whatever it is called.
  const kind: string = value.kind;
  if (kind === "deadline" || kind === "date") return true;
  const unit = unitOf(value);
  if (unit !== null && TIME_UNIT.test(unit)) return true;
  const text = "text" in value && typeof value.text === "string" ? labelKey(value.text) : "";
  return TIME_TEXT.test(text);
}

// ---------------------------------------------------------------------------------------------
// Costs: which kind (economic, social, environmental) and which scope (total, unit, part).

export type CostKind = "economic" | "social" | "environmental";

/** Words of a social or an environmental cost written without its 二级 (`对周边居民生活的影响`). */
const SOCIAL = /影响|施工|扰民|居民|社会|安全|交通/;
const ENVIRONMENTAL = /噪音|噪声|扬尘|污染|排放|环境|生态|碳/;
/** A cost's name that speaks of a saving or a fall is an effect (`物流成本降低幅度`). */
const CHANGE = /幅度|降低|下降|减少|节约|节省|压降/;

function isCostName(name: string): boolean {
  return isCost(name) && !CHANGE.test(name);
}

/**
 * The kind of cost an indicator is, from its category (and, without one, its name); undefined
 * when it is not a cost — a 效益 row that mentions 成本 (`企业物流成本降低幅度`) is an effect.
 */
export function costKind(indicator: { level1: string | null; level2: string | null; name: string | null }): CostKind | undefined {
  const { level1, level2 } = indicator;
  const name = indicator.name === null ? "" : nameCore(indicator.name);
  if (level2 === "社会成本指标") return "social";
  if (level2 === "生态环境成本指标") return "environmental";
  if (level2 === "经济成本指标" || level2 === "成本指标") return "economic";
  if (level1 === "成本指标") {
    if (isCostName(name)) return "economic";
    if (ENVIRONMENTAL.test(name)) return "environmental";
    return SOCIAL.test(name) ? "social" : "economic";
  }
  if (level1 === null || (level1 === "产出指标" && level2 === null)) return isCostName(name) ? "economic" : undefined;
  return undefined;
}

/**
 * `total`: the whole project's cost this year; `unit`: per something; `part`: one item of the
 * cost; `investment`: a capital project's total investment, which may span years beyond the table.
 */
export type CostScope = "total" | "unit" | "part" | "investment";

/** Per something: 单场, 每公里, 人均, 亩均, 单位成本, 补助标准. */
const PER = /单位|单场|单次|单个|单村|单条|单户|单人|单套|单台|单项|单座|单间|单价|每|人均|亩均|户均|村均|场均|次均|平均|均价|标准|定额/;
/** The whole project's cost: 项目总成本, 运行总成本, 项目建设成本, 年度运行费用. */
const TOTAL = [
  /总成本|总费用|总投入|总造价|总支出|总经费|成本总额|费用总额|成本合计|费用合计|支出总额|经费总额/,
  /^(本)?项目(建设|运行|运营|实施|运维|管理|执行|全部)?(成本|费用|经费|支出)(控制)?(数|额|总额|上限)?$/,
  /^(全年|年度)(项目)?(运行|运营|实施|运维)?(成本|费用|经费|支出)(控制)?(数|额|总额|上限)?$/,
];

const INVESTMENT = /投资|概算/;

/** Whether a cost's name speaks of the whole project, of one unit, or of one part of it. */
export function costScope(name: string): CostScope {
  const core = nameCore(name);
  if (PER.test(core)) return "unit";
  if (INVESTMENT.test(core)) return "investment";
  return TOTAL.some((pattern) => pattern.test(core)) ? "total" : "part";
}
