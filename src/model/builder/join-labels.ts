/**
 * Labels wrapped over two lines (`绩效  ` then `指标`, `可持续影` then `响指标`): when a cell
 * and the cell in the same position on the next row only make a known label together,
 * they are read as one cell standing on the first line.
 */
import { labelKey } from "../../../grammar/normalize.js";
import { classifyCell, isLabel, type CellKind } from "../../../grammar/cell-kinds.js";
import type { Cell } from "../nodes.js";

export interface Row {
  line: number;
  cells: Cell[];
  /** The layout family the row was read in. */
  family?: string;
  /** How many cells of the input a front end took care of with this row (see RawRow.accounted). */
  accounted?: number;
}

/** Halves of a wrapped label: free text, or a category name (`质量` + `指标`, `服务对象` + `满意度指标`). */
const JOINABLE = new Set(["text", "level1", "level2"]);

/**
 * Joins as rows stream by: a row is held until the next one has been seen, then released
 * (with the lower halves of its wrapped labels taken from the next row).
 */
/** Blank lines that may stand between the two halves of a wrapped label (a page break). */
const MAX_BLANK_LINES = 2;

export class WrappedLabelJoiner {
  private pending: Row | undefined;

  /** Take a row; returns the row that is ready, if one is. */
  push(row: Row): Row | undefined {
    const upper = this.pending;
    this.pending = row;
    if (!upper) return undefined;
    // The halves may be a page break apart: a blank line or two between them.
    if (row.line - upper.line <= 1 + MAX_BLANK_LINES) join(upper, row);
    if (row.cells.length === 0) this.pending = undefined;
    return upper;
  }

  /** The row still held, if any. */
  finish(): Row | undefined {
    const last = this.pending;
    this.pending = undefined;
    return last;
  }
}

/** Every label of the vocabulary is shorter than this (the longest, 服务对象满意度指标, has 9). */
const LONGEST_LABEL = 16;

function join(upper: Row, lower: Row): void {
  let below: Map<number, Cell> | undefined;
  for (const top of upper.cells) {
    // A complete category label (`数量指标`) is no first half.
    if (!JOINABLE.has(top.kind.kind) || top.text.length >= LONGEST_LABEL || top.text.endsWith("指标")) continue;
    const bottom = lower.cells.length <= FEW ? lowerHalf(top, lower.cells) : (below ??= halvesBelow(lower.cells)).get(top.index);
    if (!bottom || top.text.length + bottom.text.length > LONGEST_LABEL + 4) continue;
    const kind = joinedKind(top.text, bottom.text);
    if (!kind) continue;
    top.text = top.text + bottom.text;
    top.kind = kind;
    top.joined = bottom;
    lower.cells = lower.cells.filter((c) => c !== bottom);
    below = undefined;
  }
}

/** Rows of more cells than this have the cells below looked up by position (two rows of 10,000 cells: no 10⁸ comparisons). */
const FEW = 16;

/** The cell below `top` that may be its lower half: in the same position, or the row's only cell. */
function lowerHalf(top: Cell, cells: Cell[]): Cell | undefined {
  for (const cell of cells) if (cell.index === top.index && JOINABLE.has(cell.kind.kind)) return cell;
  return cells.length === 1 && JOINABLE.has(cells[0].kind.kind) ? cells[0] : undefined;
}

/** The first cell that may be a lower half at each position of a row (lowerHalf for a row of more than one cell). */
function halvesBelow(cells: Cell[]): Map<number, Cell> {
  const out = new Map<number, Cell>();
  for (const cell of cells) if (JOINABLE.has(cell.kind.kind) && !out.has(cell.index)) out.set(cell.index, cell);
  return out;
}

/**
 * What two halves make together when that is a known label of the form, else null. Only a
 * known label joins (two halves making a number, a value or an unknown category stay apart).
 * Answers are kept by the halves' texts (a form repeats its rows table after table), for up
 * to JOINS_KEPT pairs.
 */
function joinedKind(top: string, bottom: string): CellKind | null {
  let byBottom = joins.get(top);
  if (byBottom === undefined) {
    if (joinsKept >= JOINS_KEPT) { joins.clear(); joinsKept = 0; }
    joins.set(top, (byBottom = new Map()));
  }
  let kind = byBottom.get(bottom);
  if (kind === undefined) {
    const joined = classifyCell(labelKey(top) + labelKey(bottom));
    kind = isLabel(joined) && !(joined.kind === "level2" && !joined.known) ? joined : null;
    byBottom.set(bottom, kind);
    joinsKept++;
  }
  return kind;
}

const JOINS_KEPT = 20_000;
const joins = new Map<string, Map<string, CellKind | null>>();
let joinsKept = 0;
