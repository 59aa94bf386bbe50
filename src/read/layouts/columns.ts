/**
 * Indicator tables with more columns than 一级/二级/三级/指标值 (`指标性质 | 指标值 | 计量单位 |
 * 权重`), for cell streams: the heading row says which columns follow the 三级 name, and a
 * row's cells after its name are matched to them in order by what they hold — a value, a
 * unit, a weight, 定量/正向 — an empty column simply having no cell (the value's column is never
 * passed over). A cell that fits none of the columns left starts the next row. Free-text columns (备注, 评分标准, 指标解释) cannot be
 * told from the next row's name and are not taken. The model builder then reads the row by
 * its heading (builder/columns.ts); the indexes given here are those of the heading row.
 */
import type { CellKind, ColumnRole } from "../../../grammar/cell-kinds.js";

/** Roles the classic four-column form has. */
const CLASSIC = new Set<ColumnRole>(["level1", "level2", "level3", "value"]);
const WEIGHT = /^\d{1,3}(?:\.\d+)?%?$/;
/** Units are short (次, 人次, 万元, 平方米); a longer word after a value is the next row's name. */
const UNIT = /^[%％‰]$|^[\u4e00-\u9fffa-zA-Z/²³]{1,3}$/;
const OPERATOR = /^(?:[≥≤=><≧≦＞＜＝]|>=|<=|大于等于|小于等于|大于|小于|等于|不低于|不高于|不少于|不超过)$/;
const NUMBER = /^[+-]?\d[\d,]*(?:\.\d+)?$/;

/** Whether a cell could stand in a column of this role (as builder/columns.ts judges, free text excepted). */
function fits(role: ColumnRole, text: string, kind: CellKind): boolean {
  switch (role) {
    case "value": case "longTermValue": return kind.kind === "value" || kind.kind === "amount";
    case "unit": return kind.kind !== "value" && UNIT.test(text);
    case "weight": return WEIGHT.test(text);
    case "nature": case "direction": return kind.kind === "nature";
    case "operator": return OPERATOR.test(text.replace(/\s+/g, ""));
    case "number": return NUMBER.test(text);
    default: return false;
  }
}

export class TrailingColumns {
  /** The columns after the 三级 name, with their indexes in the heading row. */
  private readonly after: Array<{ role: ColumnRole; index: number }> = [];
  /** Where the 三级 name stands in the heading row. */
  readonly nameIndex: number;
  /** Whether the table has columns beyond the classic four. */
  readonly extended: boolean;
  /** Where the value stands in the heading row (undefined: no value column). */
  readonly valueIndex: number | undefined;

  constructor(roles: ReadonlyArray<ColumnRole | undefined>) {
    let name = roles.indexOf("level3");
    if (name === -1) name = roles.indexOf("level2") + 1;
    this.nameIndex = Math.max(name, 0);
    roles.forEach((role, index) => { if (role && index > this.nameIndex) this.after.push({ role, index }); });
    this.extended = roles.some((role) => role !== undefined && !CLASSIC.has(role));
    this.valueIndex = this.after.find((c) => c.role === "value")?.index;
  }

  /**
   * The column of the first cell after a name that fits, at or after `from` (the position in
   * the columns after the name): its index in the heading and the next position; undefined
   * when it fits none.
   */
  place(text: string, kind: CellKind, from: number): { index: number; next: number } | undefined {
    for (let i = from; i < this.after.length; i++) {
      if (fits(this.after[i].role, text, kind)) return { index: this.after[i].index, next: i + 1 };
      // An empty column is passed over, but not the value's: a row without a value is rare, a
      // short name after a value more likely the next row's.
      if (this.after[i].role === "value") return undefined;
    }
    return undefined;
  }

  /** Whether no column is left after position `from`. */
  done(from: number): boolean {
    return from >= this.after.length;
  }
}
