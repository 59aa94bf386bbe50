/**
 * Indicator rows → row items: the 一级/二级 labels written on the row, and its content
 * cells — the first is the 三级 name, the next the value (a lone cell is a value when it
 * reads as one, otherwise a name without a value). Column numbers play no part.
 */
import { isLabel } from "../../../grammar/cell-kinds.js";
import { isNumberOrDeadline, parseValue, parseQuantitative, type IndicatorValue } from "../../../grammar/value.js";
import { LEGACY_LEVEL2, type Level1 } from "../taxonomy.js";
import type { Cell, IndicatorExtras } from "../nodes.js";
import type { ColumnRole } from "../../../grammar/cell-kinds.js";
import type { IndicatorColumns } from "./columns.js";
import type { Row } from "./join-labels.js";
import type { CellLedger } from "./ledger.js";

export interface RowItem extends IndicatorExtras {
  line: number;
  level1Cell?: Cell;
  level2Cell?: Cell;
  level1?: Level1;
  level2?: string;
  nameCell?: Cell;
  valueCell?: Cell;
  weightCell?: Cell;
  value: IndicatorValue;
}

/** Whether the row holds anything of an indicator. */
export function hasIndicatorContent(item: RowItem): boolean {
  return item.nameCell !== undefined || item.valueCell !== undefined;
}

/**
 * Labels of other parts of the form that, inside the indicator table, are an indicator's own
 * words: an indicator named `完成日期`, `财政资金` or `绩效目标` keeps its name.
 */
const WORDS_IN_INDICATOR_ROWS = new Set(["field", "fundLabel", "goalHeading", "goalSection", "fundsSection", "indicatorHeading", "year"]);

function isContent(kind: Cell["kind"]): boolean {
  return !isLabel(kind) || WORDS_IN_INDICATOR_ROWS.has(kind.kind);
}

export function readIndicatorRow(row: Row, ledger: CellLedger, columns?: IndicatorColumns): RowItem {
  const item: RowItem = { line: row.line, value: { kind: "missing" } };
  const content: Cell[] = [];
  for (const cell of row.cells) {
    const kind = cell.kind;
    if (kind.kind === "indicatorSection") {
      ledger.place(cell);
    } else if (kind.kind === "level1" && !item.level1 && !item.level2) {
      item.level1 = kind.level1;
      item.level1Cell = cell;
      ledger.place(cell);
    } else if (kind.kind === "level1" && !item.level2 && LEGACY_LEVEL2[kind.level1]) {
      // 88号 tables file 成本指标 (and 满意度指标) as a 二级.
      item.level2 = kind.level1;
      item.level2Cell = cell;
      ledger.place(cell);
    } else if (kind.kind === "level2" && kind.known && !item.level1 && isUnknownLabel(item.level2Cell)) {
      // `影响指标 | 社会效益指标 | …`: the unknown label stands where the 一级 goes. The known 二级
      // is read; the unknown label stays unplaced, one finding (layout-unrecognized-cell), no cascade.
      ledger.unplace(item.level2Cell!);
      item.level2 = kind.level2;
      item.level2Cell = cell;
      ledger.place(cell);
    } else if (kind.kind === "level2" && !item.level2) {
      item.level2 = kind.level2;
      item.level2Cell = cell;
      ledger.place(cell);
    } else if (isContent(kind) || kind.kind === "level1" || kind.kind === "level2") {
      // A category name where the row's label slots are already filled is the 三级 name
      // (`服务对象满意度` after `服务对象满意度指标`).
      content.push(cell);
    }
  }
  // An unknown `…指标` is a category label only when the row has a name besides it
  // (`服务质量指标 | 活动合格率 | =100%`); alone with a value it is the name (`重复指标 | ≥1(次)`).
  const unknown = item.level2Cell?.kind;
  if (unknown?.kind === "level2" && !unknown.known && !content.some((c) => c.kind.kind === "text")) {
    content.unshift(item.level2Cell!);
    item.level2 = undefined;
    item.level2Cell = undefined;
  }
  if (columns?.extended) readByColumns(item, content, columns, ledger);
  else readByContent(item, content, ledger);
  return item;
}

function isUnknownLabel(cell: Cell | undefined): boolean {
  return cell?.kind.kind === "level2" && !cell.kind.known;
}

/** The classic form: the first content cell is the name, the next the value (a 计量单位 after a bare number joins it). */
function readByContent(item: RowItem, content: Cell[], ledger: CellLedger): void {
  // A stray cell between the name and the value (`活动设施完好率` after a misplaced `年度资金总额`):
  // the value is the first value cell after the first, the name the cell before it.
  const at = content.findIndex((c, i) => i >= 2 && c.kind.kind === "value" && content[i - 1].kind.kind === "text");
  if (at > 0 && !content.slice(1, at).some((c) => c.kind.kind === "value")) content = content.slice(at - 1);
  let [name, value] = content;
  if (content.length === 1 && (name.kind.kind === "value" || name.kind.kind === "amount")) {
    [name, value] = [undefined as unknown as Cell, name];
  } else if (content.length >= 2 && isNumberOrDeadline(name.text) && !isNumberOrDeadline(value.text) && value.kind.kind === "text") {
    [name, value] = [value, name];
  }
  if (name) { item.nameCell = name; ledger.place(name); }
  if (value) {
    item.valueCell = value;
    ledger.place(value);
    item.value = parseValue(value.text);
    const next = content[content.indexOf(value) + 1];
    if (next && isUnitColumn(item.value, next)) {
      // A 计量单位 column: `≥4 | 次` is the value `≥4 次`.
      ledger.place(next);
      item.value = parseValue(`${value.text} ${next.text}`);
    }
  }
}

/**
 * A form with more columns (指标性质, 计量单位, 权重, 备注 …): each cell is read as its column
 * says when its content fits the column; cells that fit none are left for content to decide.
 */
function readByColumns(item: RowItem, content: Cell[], columns: IndicatorColumns, ledger: CellLedger): void {
  // The name: the first text; failing that, a first cell with more after it (`按期完成 | 及时`).
  // (a category word left in the content, `群众满意度` after its 二级 label, is a name too).
  const name = content.find((c) => !NOT_NAMES.has(c.kind.kind)) ?? (content.length >= 2 && content[0].kind.kind !== "nature" ? content[0] : undefined);
  let unit: Cell | undefined, operator: Cell | undefined, number: Cell | undefined;
  const rest: Cell[] = [];
  for (const cell of content) {
    const column = columns.columnOf(cell, name);
    const role = column && fits(column.role, cell) ? column.role : undefined;
    if (role === "level3" || (role === undefined && cell === name && !item.nameCell)) {
      if (item.nameCell) { rest.push(cell); continue; }
      item.nameCell = cell;
    } else if (role === "value" && !item.valueCell) {
      item.valueCell = cell;
    } else if (role === "longTermValue" && !item.longTermValue) {
      item.longTermValue = parseValue(cell.text);
    } else if (role === "unit" && !unit) {
      unit = cell;
    } else if (role === "operator" && !operator) {
      operator = cell;
    } else if (role === "number" && !number) {
      number = cell;
    } else if (role === "weight" && item.weight === undefined) {
      item.weight = Number(cell.text.replace(/%$/, ""));
      item.weightCell = cell;
    } else if (role === "nature" && item.nature === undefined) {
      item.nature = natureOf(cell);
    } else if (role === "direction" && item.direction === undefined) {
      item.direction = natureOf(cell);
    } else if (role && column && OTHER_ROLES.has(role)) {
      (item.other ??= {})[column.heading] = cell.text;
    } else {
      rest.push(cell);
      continue;
    }
    ledger.place(cell);
  }
  // Cells no column claimed: a value where the value column is empty, a nature by its words.
  for (const cell of rest) {
    if (!item.valueCell && (cell.kind.kind === "value" || cell.kind.kind === "amount")) { item.valueCell = cell; ledger.place(cell); }
    else if (cell.kind.kind === "nature" && item.nature === undefined) { item.nature = natureOf(cell); ledger.place(cell); }
    else if (!item.nameCell && cell.kind.kind === "text") { item.nameCell = cell; ledger.place(cell); }
  }
  const parts = [operator?.text, number?.text ?? item.valueCell?.text].filter((t): t is string => t !== undefined);
  if (!item.valueCell && number) item.valueCell = operator ?? number;
  if (item.valueCell || number) {
    const text = parts.join("");
    item.value = parseValue(unit && parseQuantitative(text)?.unit === null ? `${text} ${unit.text}` : text);
  } else if (unit) {
    (item.other ??= {})[columns.columnOf(unit, item.nameCell)?.heading ?? "计量单位"] = unit.text;
  }
  for (const cell of [unit, operator, number]) if (cell) ledger.place(cell);
  if (item.valueCell) ledger.place(item.valueCell);
}

/** Kinds of content cells that are values of a row, never its name. */
const NOT_NAMES = new Set(["value", "nature", "amount", "date"]);
const OTHER_ROLES = new Set<ColumnRole>(["standard", "remark", "explanation"]);
const WEIGHT = /^\d{1,3}(?:\.\d+)?%?$/;
const OPERATOR = /^(?:[≥≤=><≧≦＞＜＝]|>=|<=|大于等于|小于等于|大于|小于|等于|不低于|不高于|不少于|不超过)$/;

function natureOf(cell: Cell): string {
  return cell.kind.kind === "nature" ? cell.kind.nature : cell.text;
}

/** Whether a cell's content can stand in a column of this role. */
function fits(role: ColumnRole, cell: Cell): boolean {
  const kind = cell.kind.kind;
  switch (role) {
    case "weight": return WEIGHT.test(cell.text);
    case "nature": case "direction": return kind === "nature";
    case "unit": return kind !== "value" && UNIT_CELL.test(cell.text);
    case "operator": return OPERATOR.test(cell.text.replace(/\s+/g, ""));
    case "number": return /^[+-]?\d[\d,]*(?:\.\d+)?$/.test(cell.text);
    case "level1": case "level2": return false; // labels were taken above; a name there is a shifted name
    case "level3": return kind !== "nature";
    default: return true;
  }
}

/** Whether a cell after a number without a unit is that number's unit (`次`, `人次`, `%`, `万元`). */
function isUnitColumn(value: IndicatorValue, cell: Cell): boolean {
  return value.kind === "quantitative" && value.unit === null && UNIT_CELL.test(cell.text);
}

const UNIT_CELL = /^[%％‰]$|^[\u4e00-\u9fffa-zA-Z/²³]{1,6}$/;
