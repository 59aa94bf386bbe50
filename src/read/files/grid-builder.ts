/**
 * Builds a Grid as a Word document or a web page is read in order: text outside tables as
 * rows of their own, each table's rows as they end, and a table nested in a cell read in
 * place — the row holding it is cut there, its cells so far (and the text of the cell before
 * the nested table) come out first, then the nested table's rows, then the rest of the row —
 * so a layout table wrapping the real one (common on web pages) does not hide it in one cell.
 * Shared by docx.ts and html.ts; each reader decides columns (merged cells) itself. Cell texts
 * are detached (model/detach.ts): a text cut from a megabyte of unpacked XML or from the whole
 * page would otherwise keep it alive as long as the grid (67 MB kept for a 51 MB document.xml).
 */
import type { FileFormat, Grid, GridCell, GridRow } from "../grid.js";
import { detach } from "../../model/detach.js";

export class GridBuilder {
  readonly rows: GridRow[] = [];
  readonly notes: string[] = [];
  private tables = 0;

  constructor(private readonly format: FileFormat) {}

  /** A row of text outside tables: its pieces at columns 1, 2 … (empty pieces keep their column). */
  textRow(pieces: string[], where: string): void {
    const cells: GridCell[] = [];
    pieces.forEach((text, i) => { if (text.trim() !== "") cells.push({ text: detach(text), column: i + 1, where }); });
    this.rows.push({ cells });
  }

  /** An empty row: a gap, as a blank line is in text. */
  gap(): void {
    this.rows.push({ cells: [] });
  }

  /** A new table, numbered in document order (a nested table counts too). */
  table(): TableRows {
    return new TableRows(++this.tables, this.rows);
  }

  grid(): Grid {
    return { format: this.format, rows: this.rows, notes: this.notes };
  }
}

/** The rows of one table: cells are added to the current row, which is written when it ends. */
export class TableRows {
  /** 1-based number of the current row (every row counts, empty ones too). */
  row = 0;
  private cells: GridCell[] = [];
  private open = false;
  /** The current row was cut by a nested table: it is not a gap even if nothing is left. */
  private cut = false;

  constructor(readonly number: number, private readonly out: GridRow[]) {}

  startRow(): void {
    if (this.open) this.endRow();
    this.row++;
    this.open = true;
    this.cut = false;
  }

  /** A cell of the current row at a grid column (a merged cell: its first column). */
  cell(text: string, column: number): void {
    if (!this.open) this.startRow();
    if (text.trim() !== "") this.cells.push({ text: detach(text), column, where: this.where(column) });
  }

  where(column: number): string {
    return `表${this.number} 第${this.row}行 第${column}格`;
  }

  endRow(): void {
    if (!this.open) return;
    if (this.cells.length > 0 || !this.cut) this.out.push({ cells: this.cells });
    this.cells = [];
    this.open = false;
  }

  /**
   * A table starts inside the cell at `column`: write the row so far, with `before` (the
   * cell's text before the nested table) as that cell.
   */
  cutAt(before: string, column: number): void {
    if (!this.open) return;
    this.cell(before, column);
    if (this.cells.length > 0) this.out.push({ cells: this.cells });
    this.cells = [];
    this.cut = true;
  }
}
