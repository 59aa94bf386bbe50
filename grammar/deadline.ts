/**
 * Deadlines as indicator values (时效指标): `2024年12月31日前`, `2024年12月`, `6月底前`,
 * `12月底前完成`, `第三季度`, `2024年第四季度`, `上半年`, `年底前`, `11月30日前`.
 *
 * A deadline is read into an ISO 8601 date or period: `2024-12-31`, `2024-12`, `2024`, a
 * quarter `2024-Q3` or a half year `2024-H1`. Without a year the month and day stand alone
 * as ISO 8601 writes them (`--06`, `--11-30`), a quarter as `Q3`, a half year as `H1`;
 * `inYear` puts the table's year in front. The year's end (`年底`, `年末`, `年内`) is month 12.
 * `前`, `之前`, `以前`, `内`, `截至`, `不晚于` make the operator ≤ (no later than); without
 * them the operator is null (in that period).
 *
 * A month alone with a comparison (`≤12月`) stays a duration in months, and so does a
 * month count with 内 (`6月内`): only a month named by itself, or with 底/末/旬/份/前, is one.
 */
import { toHalfWidth } from "./normalize.js";

export type DeadlineOperator = "≥" | "≤" | "=" | ">" | "<";

export interface Deadline {
  operator: DeadlineOperator | null;
  /** ISO 8601 date or period; without a year: `--MM`, `--MM-DD`, `Q3`, `H1`. */
  date: string;
}

const CN_DIGITS: ReadonlyMap<string, number> = new Map([..."一二三四五六七八九"].map((c, i) => [c, i + 1]));

/** `3`, `03`, `三`, `十一`, `二十八`, `三十一` → the number; undefined otherwise. */
function smallNumber(text: string): number | undefined {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  if (text.length === 1 && CN_DIGITS.has(text)) return CN_DIGITS.get(text);
  const match = /^([二三]?)十([一二三四五六七八九]?)$/.exec(text);
  if (!match) return undefined;
  return (match[1] ? CN_DIGITS.get(match[1])! : 1) * 10 + (match[2] ? CN_DIGITS.get(match[2])! : 0);
}

const NUM = "(\\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])";
const YEAR = "((?:19|20)\\d{2})";
/** Words before the date that say "no later than" (≤), or only "at" (no operator). */
const BY_PREFIX = /^(截至|截止到|截止至|截止|最迟于|最迟|不晚于|不迟于|到|至)/;
const AT_PREFIX = /^(计划于|预计于|预计|计划|应于|须于|于|在)/;
/** `当年12月底前`, `本年度第三季度`: the table's own year, said in words. */
const THIS_YEAR = /^(?:当年|本年度?|今年)(?=\d|[一二三四五六七八九十]|第|上半年|下半年|Q)/i;
/** Words after it: `前` and its kin (≤), then an optional verb (`完成`). */
const BY_SUFFIX = /(之前|以前|前|以内|内|为止|止)$/;
const VERB_SUFFIX = /(前完成|完成|完工|竣工|办结|结束|实现|到位|建成|交付|验收)$/;

const FULL_DATE = new RegExp(`^${YEAR}(?:年|[-/.])(\\d{1,2})(?:月|[-/.])(\\d{1,2})(?:日|号)?$`);
const YEAR_MONTH = new RegExp(`^${YEAR}年${NUM}月(?:份)?(底|末|上旬|中旬|下旬|中)?$`);
const YEAR_MONTH_NUMERIC = new RegExp(`^${YEAR}[-/](\\d{1,2})$|^${YEAR}\\.(\\d{2})$`);
const YEAR_ONLY = new RegExp(`^${YEAR}年(度)?(底|末|年底|年末|中|上半年|下半年)?$`);
const YEAR_QUARTER = new RegExp(`^${YEAR}年(?:度)?(?:第)?(?:${NUM}季度|Q([1-4]))(?:末)?$`, "i");
const MONTH_DAY = new RegExp(`^${NUM}月${NUM}(?:日|号)$`);
const MONTH = new RegExp(`^${NUM}月(?:份)?(底|末|上旬|中旬|下旬|中)?$`);
const QUARTER = new RegExp(`^(?:第)?${NUM}季度(?:末)?$|^Q([1-4])$`, "i");
const YEAR_WORDS: ReadonlyMap<string, string> = new Map([
  ["年底", "--12"], ["年末", "--12"], ["年内", "--12"], ["年度内", "--12"], ["本年度", "--12"], ["本年", "--12"], ["当年", "--12"],
  ["当年度", "--12"], ["年度末", "--12"], ["本年底", "--12"],
  ["年中", "--06"], ["上半年", "H1"], ["下半年", "H2"], ["上半年度", "H1"], ["下半年度", "H2"],
]);

const pad = (n: number) => String(n).padStart(2, "0");

function daysIn(month: number, year: number | undefined): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function monthDay(month: number | undefined, day: number | undefined, year: number | undefined): string | undefined {
  if (month === undefined || month < 1 || month > 12) return undefined;
  if (day === undefined) return pad(month);
  if (day < 1 || day > daysIn(month, year)) return undefined;
  return `${pad(month)}-${pad(day)}`;
}

/**
 * The date or period of a deadline's core (the text without operator words), and whether
 * it is a month named with nothing to mark it as a date (`6月`, which could be a duration
 * when a comparison stands before it).
 */
function coreDate(core: string): { date: string; bareMonth: boolean } | undefined {
  let m = FULL_DATE.exec(core);
  if (m) {
    const year = Number(m[1]);
    const md = monthDay(Number(m[2]), Number(m[3]), year);
    return md && md.length === 5 ? { date: `${m[1]}-${md}`, bareMonth: false } : undefined;
  }
  if ((m = YEAR_MONTH.exec(core))) {
    const md = monthDay(smallNumber(m[2]), undefined, undefined);
    return md ? { date: `${m[1]}-${md}`, bareMonth: false } : undefined;
  }
  if ((m = YEAR_MONTH_NUMERIC.exec(core))) {
    const md = monthDay(Number(m[2] ?? m[4]), undefined, undefined);
    return md ? { date: `${m[1] ?? m[3]}-${md}`, bareMonth: false } : undefined;
  }
  if ((m = YEAR_ONLY.exec(core))) {
    const part = m[3];
    if (!part) return { date: m[1], bareMonth: false };
    const period = YEAR_WORDS.get(part) ?? YEAR_WORDS.get(`年${part}`);
    return period ? { date: withYear(period, Number(m[1])), bareMonth: false } : undefined;
  }
  if ((m = YEAR_QUARTER.exec(core))) {
    const quarter = m[3] ? Number(m[3]) : smallNumber(m[2]);
    return quarter !== undefined && quarter >= 1 && quarter <= 4 ? { date: `${m[1]}-Q${quarter}`, bareMonth: false } : undefined;
  }
  if ((m = MONTH_DAY.exec(core))) {
    const md = monthDay(smallNumber(m[1]), smallNumber(m[2]), undefined);
    return md && md.length === 5 ? { date: `--${md}`, bareMonth: false } : undefined;
  }
  if ((m = MONTH.exec(core))) {
    const md = monthDay(smallNumber(m[1]), undefined, undefined);
    return md ? { date: `--${md}`, bareMonth: !m[2] && !core.includes("份") } : undefined;
  }
  if ((m = QUARTER.exec(core))) {
    const quarter = m[2] ? Number(m[2]) : smallNumber(m[1]);
    return quarter !== undefined && quarter >= 1 && quarter <= 4 ? { date: `Q${quarter}`, bareMonth: false } : undefined;
  }
  const word = YEAR_WORDS.get(core);
  return word ? { date: word, bareMonth: false } : undefined;
}

/** `≥`, `≤` … as written before the date (ASCII forms and full-width ones folded). */
const SYMBOL = /^(>=|<=|≥|≤|=|>|<|≧|≦)/;
const SYMBOLS: Record<string, DeadlineOperator> = { "≥": "≥", "≧": "≥", ">=": "≥", "≤": "≤", "≦": "≤", "<=": "≤", "=": "=", ">": ">", "<": "<" };

/** Every deadline has one of these: a date word, or a year and a separator (`2024-12`); most values have none. */
const DATE_SIGN = /[年月季旬底末QqＱｑ]|[\d０-９]{4}\s*[-/.．－／]\s*[\d０-９]/;

/** Read a deadline, or undefined when the text is not one. */
export function parseDeadline(text: string): Deadline | undefined {
  if (text.length > 48 || !DATE_SIGN.test(text)) return undefined;
  let body = toHalfWidth(text).replace(/\s+/g, "");
  if (body.length === 0 || body.length > 24) return undefined;
  let operator: DeadlineOperator | null = null;
  const symbol = SYMBOL.exec(body);
  if (symbol) {
    operator = SYMBOLS[symbol[1]];
    body = body.slice(symbol[1].length);
  }
  let by = false;
  const prefix = BY_PREFIX.exec(body);
  if (prefix) { by = true; body = body.slice(prefix[1].length); }
  else body = body.replace(AT_PREFIX, "");
  body = body.replace(THIS_YEAR, "");
  const verb = VERB_SUFFIX.exec(body);
  if (verb) {
    if (verb[1] === "前完成") by = true;
    body = body.slice(0, body.length - verb[1].length);
  }
  const suffix = BY_SUFFIX.exec(body);
  let within = false;
  if (suffix) {
    by = true;
    within = suffix[1] === "内" || suffix[1] === "以内";
    body = body.slice(0, body.length - suffix[1].length);
  }
  // `年内`, `年度内`: the 内 is part of the word.
  if (within && YEAR_WORDS.has(`${body}内`)) body = `${body}内`;
  const found = coreDate(body);
  if (!found) return undefined;
  // `6月内`, `3月以内`: a count of months; `≥6月`: a comparison with months.
  if (found.bareMonth && (within || (operator !== null && !by))) return undefined;
  return { operator: operator ?? (by ? "≤" : null), date: found.date };
}

/** A deadline's date with the table's year put in front where it has none (`--06` → `2024-06`). */
export function withYear(date: string, year: number): string {
  if (/^--\d{2}(-\d{2})?$/.test(date)) {
    const [month, day] = date.slice(2).split("-").map(Number);
    if (day !== undefined && day > daysIn(month, year)) return date; // 29 February of a year without one
    return `${year}-${date.slice(2)}`;
  }
  if (/^[QH]\d$/.test(date)) return `${year}-${date}`;
  return date;
}
