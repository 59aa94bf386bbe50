/**
 * Indicator rows rebuilt from a cell stream: `[一级?, 二级?, 三级 name, value]`, a row ending at
 * its value — or, in a table whose heading has more columns (columns.ts), when its columns
 * are taken. A text after a name is held until the next cell says what it is: the name's
 * value (`合理`, `可控`), the name's wrapped end (one cell per line: its line as wide as the
 * widest name, the next no wider), or the next indicator's name. Column indexes are those of
 * the heading row (the classic 0–3 by default), as builder/indicators.ts reads them.
 */
import type { CellKind } from "../../../grammar/cell-kinds.js";
import { LEGACY_LEVEL2, parentOf, type Level1 } from "../../model/taxonomy.js";
import { TrailingColumns } from "./columns.js";
import type { OpenCell as Open, Slot } from "./open-cell.js";

/** A wrapped part that cannot start a cell, or a part that cannot end one. */
const CONTINUATION = /^[)）、，,。.：:；;%％”’」』》\]]/;
const OPENING = /[(（“‘「『《\[\-—/]$/;

export class IndicatorRows {
  private headings: Open[] = [];
  private l1?: Open;
  private l2?: Open;
  private name?: Open;
  private held?: Open;
  /** Columns after the name in a table that has more than the classic four (else undefined). */
  private columns?: TrailingColumns;
  /** Cells of the open row in those columns, and the position of the next column. */
  private extra: Slot[] = [];
  private nextColumn = 0;
  /** The 一级 of the rows read last (a label above them, or their 二级's). */
  private openLevel1?: Level1;
  /** The widest line of a 三级 name seen: a name part as wide may run on. */
  private nameWidth = 0;

  constructor(private readonly emit: (slots: Slot[]) => void, private readonly wrap: boolean) {}

  /** A column heading: the heading row grows (the open indicator row is done). */
  heading(open: Open): void {
    this.closeIndicator();
    this.headings.push(open);
  }

  /** A label, a value or a name of an indicator row. */
  category(open: Open, kind: CellKind): void {
    this.closeHeadings();
    this.level(open, kind);
  }

  /** The end of the indicator table (another part of the form, a new table). */
  leave(): void {
    this.closeHeadings();
    this.closeIndicator();
    this.openLevel1 = undefined;
  }

  /** The end of a visual row, or of the table's rows so far. */
  close(): void {
    this.closeHeadings();
    this.closeIndicator();
  }

  private closeHeadings(): void {
    if (this.headings.length === 0) return;
    this.emit(this.headings.map((open, i) => [open, i]));
    const columns = new TrailingColumns(this.headings.map((h) => (h.kind.kind === "indicatorHeading" ? h.kind.role : undefined)));
    this.columns = columns.extended ? columns : undefined;
    this.headings = [];
  }

  /**
   * A cell after a name in a table with more columns: taken into the row when it fits a column
   * left (a value, unit, weight, 定量 …), the row closed when no column is left.
   */
  private trailing(open: Open): boolean {
    const columns = this.columns;
    if (!columns || !this.name || this.held) return false;
    const placed = columns.place(open.text, open.kind, this.nextColumn);
    if (!placed) return false;
    this.extra.push([open, placed.index]);
    this.nextColumn = placed.next;
    if (columns.done(this.nextColumn)) this.closeIndicator();
    return true;
  }

  private level(open: Open, kind: CellKind): void {
    this.settleHeld("label");
    if (kind.kind === "level1") {
      const above = this.l1?.kind;
      // 88号: 产出指标 | 成本指标; a 一级 printed again as its own 二级: 满意度指标 | 满意度指标.
      const asLevel2 = above?.kind === "level1" && (LEGACY_LEVEL2[kind.level1] === above.level1 || kind.level1 === above.level1);
      if (asLevel2 && !this.l2 && !this.name) { this.l2 = open; return; }
      this.closeIndicator();
      this.l1 = open;
      return;
    }
    // A 二级 name after the row's 二级 is its 三级 name (`服务对象满意度指标 | 群众满意度`).
    if (this.l2 && !this.name) { this.nameOrHeld(open); return; }
    if (this.l2 || this.name) this.closeIndicator();
    this.l2 = open;
  }

  value(open: Open): void {
    if (this.trailing(open)) return;
    this.settleHeld("value");
    if (this.columns && this.name && this.extra.length === 0 && this.trailing(open)) return;
    // In a table with more columns, a value after the row's columns are taken belongs to a row of its own.
    if (this.columns && this.extra.length > 0) this.closeIndicator();
    this.closeIndicator(open);
  }

  nameOrHeld(open: Open): void {
    if (this.trailing(open)) return;
    if (this.columns && this.name && this.extra.length > 0) this.closeIndicator();
    if (this.held) this.settleHeld("text", open);
    if (this.name) { this.held = open; return; }
    this.name = open;
    this.nameWidth = Math.max(this.nameWidth, open.lastWidth);
  }

  /**
   * A text held after a name, now that the next cell is known: before a value it is the
   * name's wrapped end or the next indicator's name; before a text or a label, the value.
   */
  private settleHeld(next: "value" | "text" | "label", nextOpen?: Open): void {
    const held = this.held;
    if (!held || !this.name) return;
    this.held = undefined;
    const wraps = this.wrap && this.wraps(this.name, held);
    if (next === "value") {
      if (wraps) { this.name.append(held.parts[0]); return; }
      this.closeIndicator();
      this.name = held;
      this.nameWidth = Math.max(this.nameWidth, held.lastWidth);
      return;
    }
    // A name wrapped over three or more lines: the middle part is as wide as the first.
    if (next === "text" && wraps && nextOpen && held.lastWidth >= this.name.lastWidth - 1) {
      this.name.append(held.parts[0]);
      this.nameWidth = Math.max(this.nameWidth, held.lastWidth);
      return;
    }
    this.closeIndicator(held);
  }

  /** Whether `after` is the wrapped end of the name `name` rather than a cell of its own. */
  private wraps(name: Open, after: Open): boolean {
    const text = after.text;
    if (CONTINUATION.test(text) || OPENING.test(name.parts[name.parts.length - 1].text)) return true;
    return name.lastWidth >= this.nameWidth - 2 && after.lastWidth <= name.lastWidth + 1;
  }

  /** Emit the indicator row read so far, with `value` as its value. */
  private closeIndicator(value?: Open): void {
    if (this.held && !value) { value = this.held; }
    this.held = undefined;
    const slots: Slot[] = [];
    // Labels and name stand where the heading row has them (the classic 0, 1, 2, 3 by default).
    const name = this.columns?.nameIndex ?? 2;
    if (this.l1) slots.push([this.l1, Math.max(0, name - (this.legacyColumn(this.l1) ? 1 : 2))]);
    if (this.l2) slots.push([this.l2, Math.max(0, name - 1)]);
    if (this.name) slots.push([this.name, name]);
    if (value) slots.push([value, this.columns?.valueIndex ?? name + 1]);
    for (const slot of this.extra) slots.push(slot);
    this.extra = [];
    this.nextColumn = 0;
    if (slots.length > 0) this.emit(slots);
    const l1 = this.l1?.kind, l2 = this.l2?.kind;
    if (l1?.kind === "level1" && !this.legacyColumn(this.l1!)) this.openLevel1 = l1.level1;
    else if (l2?.kind === "level2") this.openLevel1 = parentOf(l2.level2) ?? this.openLevel1;
    this.l1 = this.l2 = this.name = undefined;
  }

  /**
   * 88号 tables file 成本指标 as a 二级 under 产出: printed right after 产出's rows and followed by
   * a name rather than by a 二级 of its own, it stands in the 二级 column (placement.ts reads it so).
   */
  private legacyColumn(l1: Open): boolean {
    const kind = l1.kind;
    return kind.kind === "level1" && kind.level1 === "成本指标" && !this.l2 && this.name !== undefined
      && this.openLevel1 !== undefined && LEGACY_LEVEL2[kind.level1] === this.openLevel1;
  }
}
