/**
 * The indicator table's columns, learnt from its heading row (`一级指标 | 二级指标 | 三级指标 |
 * 指标性质 | 指标值 | 计量单位 | 权重 | 备注`). Forms of other regions and generations add columns
 * around the value; the heading says which, so `10` under 权重 is a weight and `无` under 备注 a
 * remark, not values. Rows lose or gain leading empty cells at page breaks, so a row is aligned
 * to the heading at its name cell, and a cell whose content does not fit its column is read by
 * content instead.
 */
import type { ColumnRole } from "../../../grammar/cell-kinds.js";
import type { Cell } from "../nodes.js";

/** Roles the classic four-column form has: a table with only these is read by content alone. */
const CLASSIC = new Set<ColumnRole>(["level1", "level2", "level3", "value"]);

export interface Column {
  role: ColumnRole;
  /** The heading as printed, for columns kept under their heading. */
  heading: string;
}

export class IndicatorColumns {
  private readonly byIndex = new Map<number, Column>();
  private nameIndex: number | undefined;
  /** Whether the form has columns beyond 一级/二级/三级/指标值. */
  extended = false;

  /** Learn the columns of a heading row (a later heading row, after a page break, replaces them). */
  learn(cells: Cell[]): void {
    this.byIndex.clear();
    this.extended = false;
    this.nameIndex = undefined;
    for (const cell of cells) {
      if (cell.kind.kind !== "indicatorHeading") continue;
      const role = cell.kind.role;
      this.byIndex.set(cell.index, { role, heading: cell.text.replace(/\s+/g, "") });
      if (role === "level3") this.nameIndex = cell.index;
      if (!CLASSIC.has(role)) this.extended = true;
    }
    if (this.nameIndex === undefined) {
      // No 三级 heading: the name stands in the column after the last category column.
      const level2 = [...this.byIndex].find(([, c]) => c.role === "level2")?.[0];
      if (level2 !== undefined) this.nameIndex = level2 + 1;
    }
  }

  /** The column a cell stands in, given where the row's name cell stands. */
  columnOf(cell: Cell, nameCell: Cell | undefined): Column | undefined {
    const shift = nameCell && this.nameIndex !== undefined ? nameCell.index - this.nameIndex : 0;
    return this.byIndex.get(cell.index - shift);
  }
}

/** A row that heads the indicator table: two or more column headings. */
export function isHeadingRow(cells: Cell[]): boolean {
  let headings = 0;
  for (const cell of cells) if (cell.kind.kind === "indicatorHeading") headings++;
  return headings >= 2;
}
