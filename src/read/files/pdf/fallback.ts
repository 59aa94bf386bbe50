/**
 * Text outside any ruled table (titles, the year line, a table drawn without borders): rows by
 * baseline, cells split where the gap between two pieces on a row is wider than CELL_GAP em.
 * A border-less table's wrapped cells cannot be told from separate rows: each line is a row.
 */
import { linesOf, lineText, type Piece } from "./text.js";

/** A gap this wide (in em of the smaller font) between two pieces of a row starts a new cell. */
const CELL_GAP = 1.2;

export interface TextCell {
  text: string;
  /** Where the cell starts and ends along the row (page x for upright text). */
  x0: number;
  x1: number;
}

export interface TextLine {
  /** The row's cells, left to right. */
  cells: TextCell[];
  /** The top of the row (page space, y up): where it sits among the page's tables. */
  top: number;
}

/** Pieces outside tables as rows of cells, top to bottom. */
export function textLines(pieces: Piece[]): TextLine[] {
  // Upright text first; text in another direction (a stamp, a rotated note) is read on its own.
  const groups = new Map<string, Piece[]>();
  for (const p of pieces) {
    const key = `${Math.round(p.dir[0] * 100)},${Math.round(p.dir[1] * 100)}`;
    const group = groups.get(key);
    if (group) group.push(p);
    else groups.set(key, [p]);
  }
  const out: TextLine[] = [];
  for (const group of groups.values()) {
    for (const line of linesOf(group)) {
      const cells: TextCell[] = [];
      let current: Piece[] = [];
      let begin = 0, end = -Infinity;
      const close = () => {
        const text = lineText({ ...line, pieces: current });
        if (text.length > 0) cells.push({ text, x0: begin, x1: end });
      };
      for (const p of line.pieces) {
        const start = p.x * p.dir[0] + p.y * p.dir[1];
        if (current.length > 0 && start - end > CELL_GAP * Math.min(p.size, current[0].size)) {
          close();
          current = [];
        }
        if (current.length === 0) begin = start;
        current.push(p);
        end = Math.max(end, start + p.width);
      }
      if (current.length > 0) close();
      const top = Math.max(...line.pieces.map((p) => p.y + p.size * 0.85));
      out.push({ cells, top });
    }
  }
  return out.sort((a, b) => b.top - a.top);
}

