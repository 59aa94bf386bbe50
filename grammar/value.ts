/**
 * The grammar of indicator values (format.md §4): an operator, a number and a unit
 * (`≥4.00(次)`, `＝100（％）`, `>=400`, `≤120万元`, `12000(次)`, `≤5‰`, `≤10/10万`), a
 * deadline (`2024年12月31日前`, `6月底前`, `第三季度`: grammar/deadline.ts), a qualitative
 * target (`及时`, `建立健全`, `控制在预算内`), or template residue (`≥**(人)`, `XX`).
 */
import { toHalfWidth } from "./normalize.js";
import { parseDeadline, withYear } from "./deadline.js";
import { isDateText } from "./date.js";

export type Operator = "≥" | "≤" | "=" | ">" | "<";

export type IndicatorValue =
  | { kind: "quantitative"; operator: Operator | null; number: number; unit: string | null; text: string }
  | { kind: "deadline"; operator: Operator | null; date: string; text: string }
  | { kind: "qualitative"; text: string }
  | { kind: "missing" };

const WORD_OPERATORS: ReadonlyArray<[RegExp, Operator]> = [
  [/^(不低于|不少于|不小于|大于或等于|大于等于|至少|达到)/, "≥"],
  [/^(不高于|不多于|不大于|不超过|不超|小于或等于|小于等于|最多|控制在)/, "≤"],
  [/^(大于|高于|超过|多于)/, ">"],
  [/^(小于|低于|少于)/, "<"],
  [/^(等于)/, "="],
];
const SUFFIX_OPERATORS: ReadonlyArray<[RegExp, Operator]> = [
  [/(及以上|以上)$/, "≥"],
  [/(及以下|以下|以内)$/, "≤"],
  // `30日内`, `3个工作日内`: within a time.
  [/(?<=[天日月年周时钟]|个月)内$/, "≤"],
];
const NUMBER = /^(≥|≤|=|>|<)?\s*([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(.*)$/;
const UNIT_IN_PARENS = /^\(([^()]*)\)$/;
const GLUED_UNIT = /^[^\d()]{1,8}$/;
/** What follows the number of a date, never a unit: `月底前`, `日前`, `季度`. */
const DATE_WORDS = /^(?:月(?:底|末|份|上旬|中旬|下旬)|月.*前|[日号]前|季度)/;
/** A rate per a power of ten, glued on: `/10万`, `/万人`, `例/10万`, `/1000`, `/千人`. */
const PER_BASE_UNIT = /^[\u4e00-\u9fff]{0,3}\/(?:10{1,6}|(?:10{0,3})?[十百千万亿]{1,2})[\u4e00-\u9fff]{0,3}$/;

/** A unit of a rate per mille or per a power of ten: `‰`, `‱`, `/10万`, `1/10万`, `例/10万人`, `/1000`. */
export function isPerBaseUnit(unit: string): boolean {
  return /^(?:‰|‱|千分之|万分之|十万分之)$/.test(unit) || PER_BASE_UNIT.test(unit.replace(/^1(?=\/)/, ""));
}

/** Symbols folded to one operator form: full-width, ASCII digraphs, the ≧/≦ variants. */
function normaliseOperators(text: string): string {
  return toHalfWidth(text)
    .replace(/\s+/g, " ")
    .replace(/≧|>=|=>|≥=/g, "≥")
    .replace(/≦|<=|=<|≤=/g, "≤")
    .replace(/==/g, "=")
    .trim();
}

type Quantitative = Extract<IndicatorValue, { kind: "quantitative" }>;

/** Values seen recently (`=100.00(%)` repeats all over an export); results are never mutated. */
const cache = new Map<string, Quantitative | null>();
const CACHE_LIMIT = 20_000;
const CACHED_LENGTH = 64;

/** Parse a quantitative value, or return undefined when the text is not one. */
export function parseQuantitative(text: string): Quantitative | undefined {
  if (text.length > CACHED_LENGTH) return parseUncached(text); // long texts are not kept alive by the cache
  let parsed = cache.get(text);
  if (parsed === undefined) {
    parsed = parseUncached(text) ?? null;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, parsed);
  }
  return parsed ?? undefined;
}

function parseUncached(text: string): Quantitative | undefined {
  if (parseDeadline(text)) return undefined; // `6月底前` is a date, not 6 of 月底前
  let body = normaliseOperators(text);
  let implied: Operator | undefined;
  for (const [pattern, op] of WORD_OPERATORS) {
    if (pattern.test(body)) {
      body = body.replace(pattern, "").trim();
      implied = op;
      break;
    }
  }
  for (const [pattern, op] of SUFFIX_OPERATORS) {
    if (pattern.test(body)) {
      body = body.replace(pattern, "").trim();
      implied ??= op;
      break;
    }
  }
  const match = NUMBER.exec(body);
  if (!match) return undefined;
  const [, symbol, digits, rest] = match;
  if (symbol && implied) return undefined;
  let unit: string | null = null;
  const tail = rest.trim();
  if (tail.length > 0) {
    const inParens = UNIT_IN_PARENS.exec(tail);
    if (inParens) unit = inParens[1].trim() || null;
    else if (DATE_WORDS.test(tail)) return undefined; // `13月底前`: a date that does not exist, not 13 of 月底前
    else if (GLUED_UNIT.test(tail) || PER_BASE_UNIT.test(tail)) unit = tail;
    else return undefined;
  }
  const number = Number(digits.replace(/,/g, ""));
  if (!Number.isFinite(number)) return undefined;
  return {
    kind: "quantitative",
    operator: (symbol as Operator | undefined) ?? implied ?? null,
    number,
    unit,
    text: text.trim(),
  };
}

/** Template residue left in a cell: `**`, `XX`, `××`, `×%`. */
const PLACEHOLDER = /\*\*|＊＊|[Xx]{2}|××|×%|X%|○○/;

export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text);
}

const ADVERB = "(?:明显|显著|有效|逐步|稳步|持续|不断|进一步|有所|大幅|全面|切实)?";
const VERB = "(?:提升|提高|改善|增强|加强|完善|健全|促进|增加|降低|减少|下降|优化|规范|推进|保障|保持)";
const GRADED =
  "(?:建立健全|健全|完善|及时|按时|按期|按时完成|按期完成|准时|优|优良|优秀|良|良好|好|较好|高|较高|达标|合格|符合要求|符合标准|符合规定|达到预期|达到要求|有效|显著|明显|正常|稳定|安全|完好|准确|规范|无|零|是|否|满意|较满意|基本满意|全覆盖|长期|持续|控制在预算内|预算内|不超预算|不超过预算|明显改善)";
const QUALITATIVE = new RegExp(`^(?:${ADVERB}${VERB}|${GRADED}|控制在.{0,12}(?:内|以内|范围内))$`);
const BARE_VERB = new RegExp(`^${VERB}$`);

/**
 * Words that make a short phrase a qualitative (定性) target: `无重大安全事故`, `社会效益明显`,
 * `如期完成`, `群众满意`. A value without any of them (`按合同约定`, `90%-95%`, a goal text
 * shifted into the value column) is what value-unparsed reports.
 */
const QUALITATIVE_WORDS = /提升|提高|改善|完善|健全|建立|达标|合格|满意|及时|按时|按期|如期|有效|明显|显著|良好|优良|优秀|稳定|安全|正常|未发生|无重大|杜绝|完成|实现|保障|符合|规范|促进|增强|加强|降低|减少|下降|优化|控制|预算|到位|落实|覆盖|持续|长效|提供|满足|增加|扩大|推进|发挥|形成|达到/;
const SHORT_PHRASE = 16;

/** A qualitative (定性) target of a known form: enough, alone in a cell, to read it as a value. */
export function isKnownQualitative(text: string): boolean {
  return QUALITATIVE.test(toHalfWidth(text).replace(/\s+/g, ""));
}

/**
 * Targets a reviewer accepts without a figure, beyond the graded words: under control (`可控`,
 * `风险可控`), compliant (`合规`, `依法合规`), reasonable (`合理`), zero of something (`零投诉`,
 * `零事故`), everyone entitled covered (`应保尽保`, `应补尽补`), a horizon (`中长期`, `长期`),
 * the whole year (`全年`, `常年`), a rhythm (`按月`, `每季度`, `定期`), complete (`齐全`).
 */
const ACCEPTED = new RegExp([
  "^(?:总体|基本|风险|安全|质量|进度|成本|全程)?(?:可控|受控)$",
  "^(?:在)?可控范围(?:内|之内)$",
  "^(?:依法|合法|规范|依规)?合规$|^合法合规$|^依法依规$",
  "^(?:科学|基本|较为|较|总体)?合理$",
  "^零[\\u4e00-\\u9fff]{1,4}$",
  "^应([\\u4e00-\\u9fff])尽\\1$",
  "^(?:短期|中期|长期|中长期|近期|远期|永久|长久)$",
  "^(?:全年|全年度|常年|全天候|全时段|全过程|全周期|全部|全员|全额|足额|全面|全域)$",
  "^(?:每|按)(?:日|天|周|旬|月|季|季度|年|半年|年度|学期)$|^(?:定期|常态化|长效化|动态|实时)$",
  "^(?:齐全|完整|完备|准确无误|无误|无差错|无事故|无投诉|无违规|无|有|通过|已完成|全部完成|足额到位|及时足额|当日办结|即时办结|随到随办)$",
  // a rhythm with a count: `每月1次`, `每季度不少于1次`, `每年两期`
  "^(?:每|按)(?:日|天|周|旬|月|季|季度|年|半年|年度|学期)(?:不少于|至少)?(?:\\d+|[一二两三四五六七八九十]+)(?:次|期|场|批|轮)(?:以上|及以上)?$",
  // a ratio: `1:15`, `≤1:2`, `1比1`
  "^[≥≤=<>]?\\d+(?:\\.\\d+)?[:比]\\d+(?:\\.\\d+)?$",
  // a grade: `AAA`, `A级`, `二级以上`, `三星级`, `甲级`
  "^(?:[A-E]{1,5}|[1-5一二三四五]A|[1-6一二三四五六]星|[一二三四五六甲乙丙丁1-6])级?(?:及以上|以上|标准)?$",
  // against a baseline: `较上年提高5%`, `同比增长10%以上`, `不低于上年`, `与上年持平`
  "^(?:较|比|与)?(?:同比|环比)?(?:上年|去年|上一?年度|基期|往年)?(?:同期)?(?:提高|提升|增长|增加|下降|降低|减少|持平)(?:\\d+(?:\\.\\d+)?(?:%|个百分点|倍)?)?(?:以上|以下|以内)?$",
  "^(?:不低于|不少于|不高于|不超过|高于|低于|达到|优于)(?:上年|去年|上一?年度|往年|全市|全区|全县|全省|全国|省|市|区|县|行业)(?:同期)?(?:平均)?(?:水平|标准)?$",
  // within the project's own period: `项目周期内`, `合同期内`, `规定时限内`
  "^(?:项目|实施|合同|建设|执行|服务|运营|有效|规定|承诺|计划|预算)?(?:周期|期|期限|时限|时间|年度)(?:内|之内|以内)$",
  // a duration in words: `一年`, `两年`, `半年`, `三个月内`; at once: `随时`, `即时`, `T+1`
  "^(?:[一二两三四五六七八九十]+|半)个?(?:年|月|天|日|周|小时|工作日|学期|季度)(?:内|以内)?$",
  "^(?:随时|即时|立即|当即|及时响应)$|^T\\+\\d{1,2}$",
  // a period from one date to another: `2024.1-2024.12`, `2024年1月-12月`
  "^(?=.*(?:\\d{4}|[年月]))(?=.*[-~至到—])[\\d年月日号.\\-/~至到—]{3,24}$",
].join("|"));

/**
 * A phrase that names a time a reader understands though perfgoal does not model it as a date:
 * `次年3月底前`, `2024年1-6月`, `开学前`, `汛期前`, `活动结束后3个工作日内`.
 */
const TIME_PHRASE = /(?:月|季度|年底|年末|年内|旬|日|号|周|天)(?:前|之前|以前|内|以内|底|末)?(?:完成)?$|(?:之|以)?前(?:完成)?$/;
const TIME_PHRASE_LENGTH = 14;
const NO_SUCH_MONTH = /(?:^|\D)(?:0|1[3-9]|[2-9]\d|\d{3,})月|(?:^|\D)(?:3[2-9]|[4-9]\d|\d{3,})[日号]/;

/** A value a reviewer reads as a target of its own: an accepted word, a time phrase. */
export function isAcceptedValue(text: string): boolean {
  const compact = toHalfWidth(text).replace(/\s+/g, "");
  if (ACCEPTED.test(compact)) return true;
  // A date that does not exist (`2024年2月30日前`, `13月底前`) is a slip to report, not a phrase.
  if (isDateText(compact.replace(/(?:之|以)?前?(?:完成)?$/, "")) || NO_SUCH_MONTH.test(compact)) return false;
  return compact.length <= TIME_PHRASE_LENGTH && !/[%‰]/.test(compact) && TIME_PHRASE.test(compact);
}

/**
 * A short phrase a reviewer reads as a qualitative target, in the value column. Broader than
 * isKnownQualitative: `课题调研完成率` would match too, so this never decides what a cell is.
 */
export function isQualitativePhrase(text: string): boolean {
  const compact = toHalfWidth(text).replace(/\s+/g, "");
  if (QUALITATIVE.test(compact) || isAcceptedValue(compact)) return true;
  return compact.length <= SHORT_PHRASE && !/\d/.test(compact) && QUALITATIVE_WORDS.test(compact);
}

/** A bare verb such as `提升` or `促进`: a direction, not a target one could measure. */
export function isBareVerb(text: string): boolean {
  return BARE_VERB.test(text.replace(/\s+/g, ""));
}

/** Read a value cell: a deadline, a number, or qualitative otherwise. */
export function parseValue(text: string | undefined): IndicatorValue {
  if (text === undefined || text.trim() === "") return { kind: "missing" };
  const deadline = parseDeadline(text);
  if (deadline) return { kind: "deadline", operator: deadline.operator, date: deadline.date, text: text.trim() };
  return parseQuantitative(text) ?? { kind: "qualitative", text: text.trim() };
}

/** The value with a deadline's year taken from the table (`6月底前` in a 2024 table: `2024-06`). */
export function valueInYear(value: IndicatorValue, year: number | null): IndicatorValue {
  if (value.kind !== "deadline" || year === null) return value;
  const date = withYear(value.date, year);
  return date === value.date ? value : { ...value, date };
}

/** A number or a deadline: a value no name is written as (`≥24(次)`, `6月底前`). */
export function isNumberOrDeadline(text: string): boolean {
  return parseQuantitative(text) !== undefined || parseDeadline(text) !== undefined;
}

/** Whether a cell reads as an indicator value (rather than as a 三级 name). */
export function looksLikeValue(text: string): boolean {
  return isNumberOrDeadline(text) || isKnownQualitative(text) || /^[≥≤=><≧≦＞＜＝]/.test(text.trim());
}
