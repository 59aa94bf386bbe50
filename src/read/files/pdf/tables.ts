/**
 * Tables from ruling lines. Lines that touch each other form a table; its column edges are the
 * x positions of its vertical lines and its row edges the y positions of its horizontal lines,
 * each clustered within TOLERANCE. The rectangles between adjacent edges are the table's
 * elementary cells; where the border between two of them is missing, they are one merged cell
 * (a label merged over a block of rows, a value spanning two columns).
 *
 * Coordinates are page space (points, y up). Rows are numbered from the top, columns from the left.
 */
import type { Segment } from "./ruling.js";

/** Lines this close (points) are one line; a line's end this close to another line touches it. */
export const TOLERANCE = 2;
/** A border is present between two elementary cells when lines cover this share of their common side. */
const COVERED = 0.6;

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A cell of a table: elementary cells [row, rowEnd) × [col, colEnd) (0-based), and its box. */
export interface TableCell {
  row: number;
  rowEnd: number;
  col: number;
  colEnd: number;
  box: Box;
  /**
   * The cell runs on past the table's top or bottom edge: no border is drawn along it there
   * while the edge has a border elsewhere — a merged cell cut by a page break.
   */
  open?: "top" | "bottom";
}

export interface Table {
  box: Box;
  /** Column edges, left to right. */
  xs: number[];
  /** Row edges, top to bottom (decreasing y). */
  ys: number[];
  /** Cells in reading order: by first row, then first column. */
  cells: TableCell[];
  /** The cell under a point, if the point is inside the table. */
  cellAt(x: number, y: number): TableCell | undefined;
}

/** Join collinear pieces (a border drawn cell by cell) into whole lines. */
export function joinSegments(segments: Segment[]): Segment[] {
  const joined: Segment[] = [];
  for (const horizontal of [true, false]) {
    const lines = segments.filter((s) => s.horizontal === horizontal).sort((a, b) => a.at - b.at || a.from - b.from);
    // Group by position (within TOLERANCE of the group's first line), then join overlapping runs.
    let group: Segment[] = [];
    const flush = () => {
      if (group.length === 0) return;
      const at = group.reduce((sum, s) => sum + s.at, 0) / group.length;
      group.sort((a, b) => a.from - b.from);
      let run: Segment = { horizontal, at, from: group[0].from, to: group[0].to };
      for (const s of group.slice(1)) {
        if (s.from <= run.to + TOLERANCE) run.to = Math.max(run.to, s.to);
        else { joined.push(run); run = { horizontal, at, from: s.from, to: s.to }; }
      }
      joined.push(run);
      group = [];
    };
    for (const line of lines) {
      if (group.length > 0 && line.at - group[0].at > TOLERANCE) flush();
      group.push(line);
    }
    flush();
  }
  return joined;
}

function touches(h: Segment, v: Segment): boolean {
  return v.at >= h.from - TOLERANCE && v.at <= h.to + TOLERANCE && h.at >= v.from - TOLERANCE && h.at <= v.to + TOLERANCE;
}

/** Groups of lines that touch, each with at least two horizontal and two vertical lines: the tables. */
export function findTables(segments: Segment[]): Table[] {
  const lines = joinSegments(segments);
  const parent = lines.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const horizontals = lines.map((s, i) => [s, i] as const).filter(([s]) => s.horizontal);
  const verticals = lines.map((s, i) => [s, i] as const).filter(([s]) => !s.horizontal);
  for (const [h, i] of horizontals) {
    for (const [v, j] of verticals) if (touches(h, v)) parent[find(i)] = find(j);
  }
  const groups = new Map<number, Segment[]>();
  lines.forEach((s, i) => {
    const root = find(i);
    const group = groups.get(root) ?? [];
    group.push(s);
    groups.set(root, group);
  });
  const tables: Table[] = [];
  for (const group of groups.values()) {
    const hs = group.filter((s) => s.horizontal), vs = group.filter((s) => !s.horizontal);
    if (hs.length >= 2 && vs.length >= 2) tables.push(tableOf(hs, vs));
  }
  // Top to bottom, then left to right.
  return tables.sort((a, b) => b.box.y1 - a.box.y1 || a.box.x0 - b.box.x0);
}

/** Positions clustered within `tolerance`: each cluster's mean, ascending. */
export function cluster(values: number[], tolerance = TOLERANCE): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    if (group.length > 0 && v - group[0] > tolerance) { out.push(mean(group)); group = []; }
    group.push(v);
  }
  if (group.length > 0) out.push(mean(group));
  return out;
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Cells along the top or bottom edge without a border there, when the edge has a border elsewhere. */
function markOpenEdges(cells: TableCell[], hs: Segment[], xs: number[], ys: number[],
  covered: (lines: Segment[], edges: number[], edge: number, a: number, b: number) => boolean): void {
  const rows = ys.length - 1;
  for (const [side, edge, atEdge] of [["top", 0, (c: TableCell) => c.row === 0], ["bottom", rows, (c: TableCell) => c.rowEnd === rows]] as const) {
    const along = cells.filter(atEdge);
    const open = along.filter((c) => !covered(hs, ys, edge, xs[c.col], xs[c.colEnd]));
    if (open.length < along.length) for (const c of open) c.open = side;
  }
}

/** The index of the edge within TOLERANCE of `value`, or -1. */
function edgeIndex(edges: number[], value: number): number {
  let best = -1, distance = TOLERANCE;
  edges.forEach((e, i) => {
    const d = Math.abs(e - value);
    if (d <= distance) { best = i; distance = d; }
  });
  return best;
}

function tableOf(hs: Segment[], vs: Segment[]): Table {
  // The outer edges: a table's sides may be open (no outer vertical line), so its lines' extents count too.
  const left = Math.min(...hs.map((s) => s.from)), right = Math.max(...hs.map((s) => s.to));
  const bottom = Math.min(...vs.map((s) => s.from)), top = Math.max(...vs.map((s) => s.to));
  const xs = cluster([left, right, ...vs.map((s) => s.at)]);
  const ys = cluster([bottom, top, ...hs.map((s) => s.at)]).reverse();
  const rows = ys.length - 1, cols = xs.length - 1;

  /** Whether lines at `edge` cover the span [a, b] (enough of it). */
  const covered = (lines: Segment[], edges: number[], edge: number, a: number, b: number) => {
    const lo = Math.min(a, b), hi = Math.max(a, b);
    let length = 0;
    for (const s of lines) {
      if (edgeIndex(edges, s.at) !== edge) continue;
      length += Math.max(0, Math.min(hi, s.to) - Math.max(lo, s.from));
    }
    return length >= COVERED * (hi - lo);
  };

  // Elementary cells joined where their common border is missing.
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const join = (a: number, b: number) => { parent[find(a)] = find(b); };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !covered(vs, xs, c + 1, ys[r], ys[r + 1])) join(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !covered(hs, ys, r + 1, xs[c], xs[c + 1])) join(r * cols + c, (r + 1) * cols + c);
    }
  }
  const byRoot = new Map<number, TableCell>();
  const cellOf: TableCell[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = find(r * cols + c);
      let cell = byRoot.get(root);
      if (!cell) {
        cell = { row: r, rowEnd: r + 1, col: c, colEnd: c + 1, box: { x0: 0, y0: 0, x1: 0, y1: 0 } };
        byRoot.set(root, cell);
      }
      cell.rowEnd = Math.max(cell.rowEnd, r + 1);
      cell.col = Math.min(cell.col, c);
      cell.colEnd = Math.max(cell.colEnd, c + 1);
      cellOf[r * cols + c] = cell;
    }
  }
  const cells = [...byRoot.values()];
  for (const cell of cells) cell.box = { x0: xs[cell.col], x1: xs[cell.colEnd], y0: ys[cell.rowEnd], y1: ys[cell.row] };
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  markOpenEdges(cells, hs, xs, ys, covered);

  const box = { x0: xs[0], x1: xs[cols], y0: ys[rows], y1: ys[0] };
  const cellAt = (x: number, y: number): TableCell | undefined => {
    if (x < box.x0 || x > box.x1 || y < box.y0 || y > box.y1) return undefined;
    let c = xs.findIndex((e) => e > x);
    c = c === -1 ? cols - 1 : Math.max(0, c - 1);
    let r = ys.findIndex((e) => e < y);
    r = r === -1 ? rows - 1 : Math.max(0, r - 1);
    return cellOf[r * cols + c];
  };
  return { box, xs, ys, cells, cellAt };
}
