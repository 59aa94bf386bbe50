/**
 * The content vocabulary of a declaration: what a cell *is*, decided from its text alone —
 * a known label (header field, funds label, section, heading, 一级/二级 category), a money
 * amount, a date, an indicator value, or free text (a 三级 name or goal text).
 */
import { labelKey, stripHeading, toHalfWidth } from "./normalize.js";
import { remembered } from "./remembered.js";
import { isAmountText, type MoneyUnit } from "./money.js";
import { isDateText } from "./date.js";
import { looksLikeValue, isPlaceholder } from "./value.js";
import { level1Of, level2Of, type Level1 } from "../src/model/taxonomy.js";
import {
  COLUMN_HEADINGS, FORM_TITLE, FUND_LABELS, FUNDS_SECTIONS, GOAL_HEADINGS, GOAL_SECTIONS, HEADER_FIELDS,
  INDICATOR_SECTIONS, NATURE_VALUES, NON_DATA, SUMMARY_TITLE,
  type ColumnRole, type FundField, type HeaderField, type NonDataKind,
} from "./vocabulary.js";

export type { HeaderField, FundField, ColumnRole, NonDataKind };

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
  | { kind: "indicatorHeading"; role: ColumnRole }
  | { kind: "nonData"; what: NonDataKind }
  | { kind: "level1"; level1: Level1 }
  | { kind: "level2"; level2: string; known: boolean }
  | { kind: "nature"; nature: string }
  | { kind: "amount" }
  | { kind: "date" }
  | { kind: "value" }
  | { kind: "text" };

/** label key → what it labels, built once from the vocabulary. */
function index<K extends string>(table: Readonly<Record<K, readonly string[]>>): Map<string, K> {
  const out = new Map<string, K>();
  for (const [value, labels] of Object.entries(table) as Array<[K, readonly string[]]>) {
    for (const label of labels) out.set(labelKey(label), value);
  }
  return out;
}
const FIELDS = index(HEADER_FIELDS);
const FUNDS = index(FUND_LABELS);
const GOALS = index(GOAL_HEADINGS);
const COLUMNS = index(COLUMN_HEADINGS);
const GOAL_SECTION_KEYS = new Set(GOAL_SECTIONS.map(labelKey));
const INDICATOR_SECTION_KEYS = new Set(INDICATOR_SECTIONS.map(labelKey));

/** `单位：万元`, `金额单位：元`: the money unit said once for a table or a whole document. */
const UNIT_NOTE = /^\(?(?:金额|资金|货币)?单位:(万元|元)\)?$/;
const UNKNOWN_CATEGORY = /^[\u4e00-\u9fff]{2,8}指标$/;
/** `项目资金 (元)`, `资金情况（万元）`, `项目资金(单位：万元)`. */
const FUNDS_SECTION = new RegExp(`^(?:${FUNDS_SECTIONS.map(labelKey).join("|")})(?:\\((?:单位:|金额单位:)?(元|万元)\\))?$`);
/** A column heading with its period said around it: `二级指标(长期)`, `指标值(中期)`. */
const PERIOD = /\((?:长期|中期|年度|实施期|中长期)\)$/;
const LONG_PERIOD = /^\((?:长期|中期|实施期|中长期)\)$/;
const YEAR = /^\((\d{4})年度?\)$|^(\d{4})年度$/;
const YEAR_IN_TITLE = /\(?(\d{4})年/;
const CONTINUED = /^.{0,40}表\(续\d*\)$|^续表\d*$|^\(续\)$/;
/** A field label with its value in the same cell: `项目名称：乡村公路养护` (the label alone ends in a colon). */
const TRAILING_COLON = /:$/;

/** No label, amount, date or value is longer than this; longer cells are text (or a heading). */
const MAX_SHORT = 64;

/**
 * What a cell is. Short texts are remembered: a district's export repeats its labels and common
 * values (`0.00`, `=100.00(%)`) thousands of times (kinds are never mutated, so they can be shared).
 */
export const classifyCell: (text: string) => CellKind = remembered(classifyUncached, { longest: MAX_SHORT });

function classifyUncached(text: string): CellKind {
  if (text.length > MAX_SHORT) {
    if (!text.startsWith("#")) return { kind: "text" };
    return titleKind(stripHeading(text));
  }
  return classifyKey(labelKey(text), text);
}

/** A heading line: the form's title, or another heading (a 汇总表 title names the document). */
function titleKind(title: string): CellKind {
  return isFormTitle(labelKey(title)) ? { kind: "formTitle", title } : { kind: "heading", title };
}

export function isFormTitle(key: string): boolean {
  return FORM_TITLE.test(key) && !SUMMARY_TITLE.test(key);
}

/** The year a title names (`2023年项目支出…`, `…申报表(2023年度)`). */
export function yearInTitle(title: string): number | undefined {
  const match = YEAR_IN_TITLE.exec(labelKey(title));
  return match ? Number(match[1]) : undefined;
}

function classifyKey(rawKey: string, text: string): CellKind {
  if (rawKey.startsWith("#")) return titleKind(stripHeading(text));
  // `财政项目支出绩效目标申报表（续）`: the same table goes on after a page break.
  if (CONTINUED.test(rawKey)) return { kind: "nonData", what: "pageMark" };
  if (isFormTitle(rawKey)) return { kind: "formTitle", title: text.trim() };
  // A summary title as a plain cell, as a PDF or workbook gives it (text exports mark it `#`).
  if (rawKey.includes("绩效目标") && rawKey.endsWith("汇总表")) return { kind: "heading", title: text.trim() };
  const key = rawKey.replace(TRAILING_COLON, "");
  const field = FIELDS.get(key);
  if (field) return { kind: "field", field };
  const fund = FUNDS.get(key.replace(/^其中:/, ""));
  if (fund) return { kind: "fundLabel", field: fund };
  const note = UNIT_NOTE.exec(key);
  if (note) return { kind: "unitNote", unit: note[1] as MoneyUnit };
  const funds = FUNDS_SECTION.exec(key);
  if (funds) return { kind: "fundsSection", unit: (funds[1] as MoneyUnit | undefined) ?? null };
  if (GOAL_SECTION_KEYS.has(key)) return { kind: "goalSection" };
  const goal = GOALS.get(key);
  if (goal) return { kind: "goalHeading", which: goal };
  if (INDICATOR_SECTION_KEYS.has(key)) return { kind: "indicatorSection" };
  const column = columnRole(key);
  if (column) return { kind: "indicatorHeading", role: column };
  for (const [what, pattern] of NON_DATA) if (pattern.test(rawKey)) return { kind: "nonData", what };
  const level1 = level1Of(key);
  if (level1) return { kind: "level1", level1 };
  const level2 = level2Of(key);
  if (level2) return { kind: "level2", level2, known: true };
  const nature = NATURE_VALUES[key];
  if (nature) return { kind: "nature", nature };
  // `服务质量指标`: a category label the framework does not have — kept as written and reported.
  if (UNKNOWN_CATEGORY.test(key)) return { kind: "level2", level2: key, known: false };
  const year = YEAR.exec(key);
  if (year) return { kind: "year", year: Number(year[1] ?? year[2]) };
  if (isDateText(key)) return { kind: "date" };
  if (isAmountText(key)) return { kind: "amount" };
  if (looksLikeValue(text) || isPlaceholder(toHalfWidth(text))) return { kind: "value" };
  return { kind: "text" };
}

/** The role of an indicator column heading, its period words considered. */
function columnRole(key: string): ColumnRole | undefined {
  const direct = COLUMNS.get(key);
  if (direct) return direct;
  const period = PERIOD.exec(key);
  if (!period) return undefined;
  const role = COLUMNS.get(key.slice(0, period.index));
  if (role === "value" && LONG_PERIOD.test(period[0])) return "longTermValue";
  return role;
}

/** Kinds that are labels of the form rather than content. */
export function isLabel(kind: CellKind): boolean {
  return kind.kind !== "amount" && kind.kind !== "date" && kind.kind !== "value" && kind.kind !== "text" && kind.kind !== "nature";
}
