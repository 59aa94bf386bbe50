/**
 * A cell grid read from a file (a workbook sheet, a Word or HTML table, a PDF page): the same
 * rows of cells with places that the text reader gives, so the model, rules and reports are
 * shared. A merged cell appears once, in its first row and column, the rest of its range
 * empty — as a copy-paste of the table gives.
 */
import type { RawCell, RawRow } from "../../grammar/parser.js";

export type FileFormat = "xlsx" | "xls" | "docx" | "pdf" | "html";

export interface GridCell {
  /** The text as displayed (numbers formatted as shown, line breaks inside the cell kept). */
  text: string;
  /** 1-based column in the grid (a merged cell: its first column). */
  column: number;
  /** Where a person finds the cell in the file: `Sheet1!C12`, `表1 第3行 第2格`, `第2页 表1 第3行 第2格`. */
  where: string;
}

export interface GridRow {
  /** The row's non-empty cells, left to right; an empty row stands for a gap (between tables or sheets). */
  cells: GridCell[];
}

export interface Grid {
  format: FileFormat;
  rows: GridRow[];
  /** Things said once about the file (hidden sheets skipped, hidden rows read, formulas without a value). */
  notes: string[];
}

/** A grid as rows of the model's cells, and the text that shows them (one grid row a line). */
export interface GridRows {
  rows: RawRow[];
  /** Each grid row as a line, its cells at their columns between tabs (line breaks inside a cell shown as spaces). */
  text: string;
}

/**
 * Line n of the result is grid row n; a cell's column and offset point into that text, so
 * reports that show a row work as they do for text. The cell's own text is kept as read.
 */
export function gridRows(grid: Grid): GridRows {
  const rows: RawRow[] = [];
  const lines: string[] = [];
  let offset = 0;
  grid.rows.forEach((gridRow, i) => {
    const line = i + 1;
    let shown = "";
    let column = 1;
    const cells: RawCell[] = [];
    for (const cell of gridRow.cells) {
      const text = cell.text.trim();
      if (text.length === 0) continue;
      while (column < cell.column) { shown += "\t"; column++; }
      if (column > cell.column && shown.length > 0) shown += "\t"; // two cells claim one column: keep them apart
      cells.push({ text, line, column: shown.length + 1, offset: offset + shown.length, index: cell.column - 1, where: cell.where });
      shown += text.replace(/[\r\n\t]/g, " ");
      column = Math.max(column, cell.column);
    }
    if (cells.length > 0) rows.push({ line, offset, cells, piped: false, family: grid.format });
    lines.push(shown);
    offset += shown.length + 1;
  });
  return { rows, text: lines.join("\n") };
}
