/**
 * Indicator rows → row items: the 一级/二级 labels written on the row, and its content
 * cells — the first is the 三级 name, the next the value (a lone cell is a value when it
 * reads as one, otherwise a name without a value). Column numbers play no part.
 */
import { isLabel } from "../../../grammar/cell-kinds.js";
import { parseValue, parseQuantitative, type IndicatorValue } from "../../../grammar/value.js";
import { LEGACY_LEVEL2, type Level1 } from "../taxonomy.js";
import type { Cell } from "../nodes.js";
import type { Row } from "./join-labels.js";
import type { CellLedger } from "./ledger.js";

export interface RowItem {
  line: number;
  level1Cell?: Cell;
  level2Cell?: Cell;
  level1?: Level1;
  level2?: string;
  nameCell?: Cell;
  valueCell?: Cell;
  value: IndicatorValue;
}

/** Whether the row holds anything of an indicator. */
export function hasIndicatorContent(item: RowItem): boolean {
  return item.nameCell !== undefined || item.valueCell !== undefined;
}

export function readIndicatorRow(row: Row, ledger: CellLedger): RowItem {
  const item: RowItem = { line: row.line, value: { kind: "missing" } };
  const content: Cell[] = [];
  for (const cell of row.cells) {
    const kind = cell.kind;
    if (kind.kind === "indicatorSection" || kind.kind === "indicatorHeading" || kind.kind === "goalSection") {
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
    } else if (kind.kind === "level2" && !item.level2) {
      item.level2 = kind.level2;
      item.level2Cell = cell;
      ledger.place(cell);
    } else if (!isLabel(kind) || kind.kind === "level1" || kind.kind === "level2") {
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
  let [name, value] = content;
  if (content.length === 1 && (name.kind.kind === "value" || name.kind.kind === "amount")) {
    [name, value] = [undefined as unknown as Cell, name];
  } else if (content.length >= 2 && parseQuantitative(name.text) && !parseQuantitative(value.text) && value.kind.kind === "text") {
    [name, value] = [value, name];
  }
  if (name) { item.nameCell = name; ledger.place(name); }
  if (value) {
    item.valueCell = value;
    ledger.place(value);
    item.value = parseValue(value.text);
    const unit = content[content.indexOf(value) + 1];
    if (unit && isUnitColumn(item.value, unit)) {
      // A 计量单位 column: `≥4 | 次` is the value `≥4 次`.
      ledger.place(unit);
      item.value = parseValue(`${value.text} ${unit.text}`);
    }
  }
  return item;
}

/** Whether a cell after a number without a unit is that number's unit (`次`, `人次`, `%`, `万元`). */
function isUnitColumn(value: IndicatorValue, cell: Cell): boolean {
  return value.kind === "quantitative" && value.unit === null && UNIT_CELL.test(cell.text);
}

const UNIT_CELL = /^[%％‰]$|^[\u4e00-\u9fffa-zA-Z/²³]{1,6}$/;
