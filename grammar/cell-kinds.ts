/**
 * The content vocabulary of a declaration: what a cell *is*, decided from its text alone —
 * a known label (header field, funds label, section, heading, 一级/二级 category), a money
 * amount, a date, an indicator value, or free text (a 三级 name or goal text).
 */
import { labelKey, stripHeading, toHalfWidth } from "./normalize.js";
import { isAmountText, type MoneyUnit } from "./money.js";
import { isDateText } from "./date.js";
import { looksLikeValue, isPlaceholder } from "./value.js";
import { level1Of, level2Of, type Level1 } from "../src/model/taxonomy.js";

export type HeaderField =
  | "name" | "nature" | "category" | "department" | "implementer" | "plannedStart" | "plannedEnd";

export type FundField =
  | "projectTotal" | "projectFiscal" | "other"
  | "annualTotal" | "annualAppropriation" | "annualCarryOver";

export type CellKind =
  | { kind: "formTitle"; title: string }
  | { kind: "heading"; title: string }
  | { kind: "year"; year: number }
  | { kind: "field"; field: HeaderField }
  | { kind: "fundsSection"; unit: MoneyUnit | null }
  | { kind: "unitNote"; unit: MoneyUnit }
  | { kind: "fundLabel"; field: FundField }
  | { kind: "goalSection" }
  | { kind: "goalHeading"; which: "overall" | "annual" }
  | { kind: "indicatorSection" }
  | { kind: "indicatorHeading" }
  | { kind: "level1"; level1: Level1 }
  | { kind: "level2"; level2: string; known: boolean }
  | { kind: "amount" }
  | { kind: "date" }
  | { kind: "value" }
  | { kind: "text" };

const FIELDS: Record<string, HeaderField> = {
  项目名称: "name",
  项目性质: "nature",
  项目类别: "category",
  项目类型: "category",
  主管部门: "department",
  主管单位: "department",
  主管部门名称: "department",
  主管部门及代码: "department",
  实施单位: "implementer",
  项目实施单位: "implementer",
  实施单位名称: "implementer",
  实施主体: "implementer",
  计划开始日期: "plannedStart",
  项目开始日期: "plannedStart",
  开始日期: "plannedStart",
  计划完成日期: "plannedEnd",
  计划结束日期: "plannedEnd",
  项目完成日期: "plannedEnd",
  完成日期: "plannedEnd",
};

const FUND_LABELS: Record<string, FundField> = {
  项目资金总额: "projectTotal",
  财政资金: "projectFiscal",
  其他资金: "other",
  年度资金申请总额: "annualTotal",
  年度资金总额: "annualTotal",
  当年财政拨款: "annualAppropriation",
  上年结转资金: "annualCarryOver",
  上年结转: "annualCarryOver",
  上年结余资金: "annualCarryOver",
  结转资金: "annualCarryOver",
  财政拨款: "annualAppropriation",
  年度财政拨款: "annualAppropriation",
};

const GOAL_HEADINGS: Record<string, "overall" | "annual"> = {
  项目总目标: "overall",
  总体目标: "overall",
  项目总体目标: "overall",
  中长期目标: "overall",
  项目中长期目标: "overall",
  实施期目标: "overall",
  总目标: "overall",
  年度总体目标: "annual",
  年度目标: "annual",
  年度绩效目标: "annual",
};

/** `单位：万元`, `金额单位：元`: the money unit said once for a table or a whole document. */
const UNIT_NOTE = /^\(?(?:金额|资金)?单位:(万元|元)\)?$/;
const UNKNOWN_CATEGORY = /^[\u4e00-\u9fff]{2,8}指标$/;
const FUNDS_SECTION = /^项目资金(?:\((?:单位:)?(元|万元)\))?$/;
const INDICATOR_HEADING = /^(?:一级指标|二级指标|三级指标|(?:年度|项目)?(?:\(\/?项目\)|\/项目)?(?:指标值|目标值)(?:\((?:年度|项目)\))?|指标内容|指标名称|计量单位|度量单位|指标单位)$/;
const YEAR = /^\((\d{4})年度?\)$|^(\d{4})年度$/;

/** No label, amount, date or value is longer than this; longer cells are text (or a heading). */
const MAX_SHORT = 64;

/**
 * Classifications of short texts seen recently: a district's export repeats its labels and
 * common values (`0.00`, `=100.00(%)`) thousands of times. Kinds are never mutated, so they
 * can be shared.
 */
const cache = new Map<string, CellKind>();
const CACHE_LIMIT = 20_000;

export function classifyCell(text: string): CellKind {
  if (text.length > MAX_SHORT) return classifyUncached(text); // long texts are not kept alive by the cache
  let kind = cache.get(text);
  if (kind === undefined) {
    kind = classifyUncached(text);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, kind);
  }
  return kind;
}

function classifyUncached(text: string): CellKind {
  if (text.length > MAX_SHORT) {
    if (!text.startsWith("#")) return { kind: "text" };
    const title = stripHeading(text);
    return title.includes("绩效目标申报表") ? { kind: "formTitle", title } : { kind: "heading", title };
  }
  return classifyKey(labelKey(text), text);
}

function classifyKey(key: string, text: string): CellKind {
  if (key.startsWith("#")) {
    const title = stripHeading(text);
    return labelKey(title).includes("绩效目标申报表") ? { kind: "formTitle", title } : { kind: "heading", title };
  }
  if (key.includes("绩效目标申报表") && !key.includes("汇总")) return { kind: "formTitle", title: text.trim() };
  // A summary title as a plain cell, as a PDF or workbook gives it (text exports mark it `#`).
  if (key.includes("绩效目标") && key.endsWith("汇总表")) return { kind: "heading", title: text.trim() };
  const field = FIELDS[key];
  if (field) return { kind: "field", field };
  const fund = FUND_LABELS[key.replace(/^其中:/, "")];
  if (fund) return { kind: "fundLabel", field: fund };
  const note = UNIT_NOTE.exec(key);
  if (note) return { kind: "unitNote", unit: note[1] as MoneyUnit };
  const funds = FUNDS_SECTION.exec(key);
  if (funds) return { kind: "fundsSection", unit: (funds[1] as MoneyUnit | undefined) ?? null };
  if (key === "项目绩效目标" || key === "绩效目标") return { kind: "goalSection" };
  const goal = GOAL_HEADINGS[key];
  if (goal) return { kind: "goalHeading", which: goal };
  if (key === "绩效指标") return { kind: "indicatorSection" };
  if (INDICATOR_HEADING.test(key)) return { kind: "indicatorHeading" };
  const level1 = level1Of(key);
  if (level1) return { kind: "level1", level1 };
  const level2 = level2Of(key);
  if (level2) return { kind: "level2", level2, known: true };
  // `服务质量指标`: a category label the framework does not have — kept as written and reported.
  if (UNKNOWN_CATEGORY.test(key)) return { kind: "level2", level2: key, known: false };
  const year = YEAR.exec(key);
  if (year) return { kind: "year", year: Number(year[1] ?? year[2]) };
  if (isDateText(key)) return { kind: "date" };
  if (isAmountText(key)) return { kind: "amount" };
  if (looksLikeValue(text) || isPlaceholder(toHalfWidth(text))) return { kind: "value" };
  return { kind: "text" };
}

/** Kinds that are labels of the form rather than content. */
export function isLabel(kind: CellKind): boolean {
  return kind.kind !== "amount" && kind.kind !== "date" && kind.kind !== "value" && kind.kind !== "text";
}
