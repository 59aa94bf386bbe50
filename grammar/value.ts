/**
 * The grammar of indicator values (format.md §4): an operator, a number and a unit
 * (`≥4.00(次)`, `＝100（％）`, `>=400`, `≤120万元`, `12000(次)`, `≤5‰`, `≤10/10万`), a
 * deadline (`2024年12月31日前`, `6月底前`, `第三季度`: grammar/deadline.ts), a qualitative
 * target (`及时`, `建立健全`, `控制在预算内`), or template residue (`≥**(人)`, `XX`).
 */
import { toHalfWidth } from "./normalize.js";
import { remembered } from "./remembered.js";
import { parseDeadline, withYear } from "./deadline.js";
import { isAcceptedValue } from "./accepted.js";

export type Operator = "≥" | "≤" | "=" | ">" | "<";

export type IndicatorValue =
  | { kind: "quantitative"; operator: Operator | null; number: number; unit: string | null; text: string }
  | { kind: "deadline"; operator: Operator | null; date: string; text: string }
  | { kind: "qualitative"; text: string }
  | { kind: "missing" };

const WORD_OPERATORS: ReadonlyArray<[RegExp, Operator]> = [
  [/^(不低于|不少于|不小于|大于或等于|大于等于|至少|达到|达(?=\s*\d))/, "≥"],
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

/** A figure said to be approximate: `约`, `大约`, `预计`, `约为` (at the start; `左右` at the end is not stripped). */
const APPROXIMATE = /^(?:大约|约为|约|预计|预估)(?=\s*\d)/;

/** Both at least (≥, >) or both at most (≤, <). */
function sameDirection(a: Operator, b: Operator): boolean {
  const atLeast = (op: Operator) => op === "≥" || op === ">";
  return a !== "=" && b !== "=" && atLeast(a) === atLeast(b);
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

/**
 * Parse a quantitative value, or return undefined when the text is not one (short texts
 * remembered: `=100.00(%)` repeats all over an export; results are never mutated).
 */
export const parseQuantitative: (text: string) => Quantitative | undefined = remembered(parseUncached);

function parseUncached(text: string): Quantitative | undefined {
  if (parseDeadline(text)) return undefined; // `6月底前` is a date, not 6 of 月底前
  let body = normaliseOperators(text);
  let implied: Operator | undefined;
  let byWord = false;
  // `约30万元`, `预计30万元`: a figure without a comparison (value-operator-missing says so), not free text.
  body = body.replace(APPROXIMATE, "").trim();
  for (const [pattern, op] of WORD_OPERATORS) {
    if (pattern.test(body)) {
      body = body.replace(pattern, "").trim();
      implied = op;
      byWord = true;
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
  // `≥90%以上` says the same twice and reads as ≥90%; `≥90%以下` or `≥不低于90%` contradict or double up.
  if (symbol && implied && (byWord || !sameDirection(symbol as Operator, implied))) return undefined;
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
