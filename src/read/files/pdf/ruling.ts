/**
 * Ruling lines of a page: the horizontal and vertical lines its drawing operators paint, in page
 * space (points, y up). The current transform matrix is followed through save/restore, `cm` and
 * form XObjects. Two ways of drawing a table border are read:
 * - a stroked path: each axis-parallel straight segment of it (LibreOffice strokes one line per
 *   border run; other producers stroke `re` rectangles cell by cell);
 * - a filled rectangle thinner than MAX_THICKNESS: its centre line (Chromium/Skia fills a thin
 *   rectangle for each side of each cell). Wider filled rectangles are shading, not rules.
 *
 * pdf.js 5.x hands a path over as one `constructPath` operator: [paint operator, [Float32Array of
 * DrawOPS codes and coordinates], bounding box] (DrawOPS: moveTo 0, lineTo 1, curveTo 2,
 * quadraticCurveTo 3, closePath 4), with `re` already written out as moveTo/lineTo/closePath.
 */
import type { OperatorList } from "./pdfjs.js";

/** An axis-parallel line: `at` is its y (horizontal) or x (vertical); it runs from `from` to `to` (from < to). */
export interface Segment {
  horizontal: boolean;
  at: number;
  from: number;
  to: number;
}

/** [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** A filled rectangle at most this thick (points) is a rule; a thicker one is shading. */
export const MAX_THICKNESS = 3;
/** Shorter lines are not borders (dots, glyph-like marks). */
const MIN_LENGTH = 2;
/** How far from axis-parallel (points over the length of a segment) a line may lean. */
const SLANT = 0.5;

const DRAW_MOVE = 0, DRAW_LINE = 1, DRAW_CURVE = 2, DRAW_QUADRATIC = 3, DRAW_CLOSE = 4;

/** m ∘ n: apply n, then m. */
export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function isMatrix(value: unknown): value is ArrayLike<number> {
  return (Array.isArray(value) || value instanceof Float32Array) && value.length === 6 && Array.prototype.every.call(value, Number.isFinite);
}

/** The operator codes this module reads (pdf.js's OPS, passed in so it is loaded once, elsewhere). */
export interface RulingOps {
  save: number; restore: number; transform: number; constructPath: number;
  paintFormXObjectBegin: number; paintFormXObjectEnd: number;
  stroke: number; closeStroke: number; fill: number; eoFill: number;
  fillStroke: number; eoFillStroke: number; closeFillStroke: number; closeEOFillStroke: number;
}

/** The page's ruling lines, in the order drawn; `base` maps page space to the space wanted (a turn). */
export function rulingLines(list: OperatorList, ops: RulingOps, base: Matrix = IDENTITY): Segment[] {
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const segments: Segment[] = [];
  const stack: Matrix[] = [];
  let ctm = base;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform && args && isMatrix(args)) ctm = multiply(ctm, Array.from(args) as Matrix);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = args?.[0];
      if (isMatrix(matrix)) ctm = multiply(ctm, Array.from(matrix) as Matrix);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.constructPath && args) {
      const paint = args[0] as number;
      const path = (args[1] as unknown[] | undefined)?.[0];
      if (!(path instanceof Float32Array)) continue;
      const subpaths = pathPoints(path, ctm);
      if (strokes.has(paint)) for (const points of subpaths) strokedSegments(points, segments);
      if (fills.has(paint)) for (const points of subpaths) filledRule(points, segments);
    }
  }
  return segments;
}

/** A subpath as page-space points; `closed` when it ends with closePath. Curves end a straight run. */
interface Subpath {
  points: Array<[number, number] | null>;
  closed: boolean;
}

function pathPoints(path: Float32Array, ctm: Matrix): Subpath[] {
  const subpaths: Subpath[] = [];
  let current = undefined as Subpath | undefined;
  for (let k = 0; k < path.length;) {
    const op = path[k++];
    if (op === DRAW_MOVE) {
      current = { points: [apply(ctm, path[k], path[k + 1])], closed: false };
      subpaths.push(current);
      k += 2;
    } else if (op === DRAW_LINE) {
      current?.points.push(apply(ctm, path[k], path[k + 1]));
      k += 2;
    } else if (op === DRAW_CURVE) {
      // Not a straight line: break the run, continue from the curve's end.
      current?.points.push(null, apply(ctm, path[k + 4], path[k + 5]));
      k += 6;
    } else if (op === DRAW_QUADRATIC) {
      current?.points.push(null, apply(ctm, path[k + 2], path[k + 3]));
      k += 4;
    } else if (op === DRAW_CLOSE) {
      if (current) current.closed = true;
      // A path may go on from the subpath's start after closePath.
      const start = current?.points[0];
      if (start) { current = { points: [start], closed: false }; subpaths.push(current); }
    } else {
      break; // not a path we know how to read
    }
  }
  return subpaths;
}

function addSegment(a: [number, number], b: [number, number], out: Segment[]): void {
  const dx = Math.abs(a[0] - b[0]);
  const dy = Math.abs(a[1] - b[1]);
  if (dy <= SLANT && dx >= MIN_LENGTH) out.push({ horizontal: true, at: (a[1] + b[1]) / 2, from: Math.min(a[0], b[0]), to: Math.max(a[0], b[0]) });
  else if (dx <= SLANT && dy >= MIN_LENGTH) out.push({ horizontal: false, at: (a[0] + b[0]) / 2, from: Math.min(a[1], b[1]), to: Math.max(a[1], b[1]) });
}

function strokedSegments({ points, closed }: Subpath, out: Segment[]): void {
  for (let k = 1; k < points.length; k++) {
    const a = points[k - 1], b = points[k];
    if (a && b) addSegment(a, b, out);
  }
  const first = points[0], last = points[points.length - 1];
  if (closed && first && last && points.length > 2) addSegment(last, first, out);
}

/** A filled subpath that is a thin axis-parallel rectangle: its centre line. */
function filledRule({ points }: Subpath, out: Segment[]): void {
  const corners = points.filter((p): p is [number, number] => p !== null);
  if (corners.length !== points.length || corners.length < 4 || corners.length > 5) return;
  const xs = corners.map((p) => p[0]), ys = corners.map((p) => p[1]);
  const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
  // Every corner on the box's edges: an axis-parallel rectangle.
  const onBox = corners.every(([x, y]) => (Math.abs(x - x0) < 0.01 || Math.abs(x - x1) < 0.01) && (Math.abs(y - y0) < 0.01 || Math.abs(y - y1) < 0.01));
  if (!onBox) return;
  const width = x1 - x0, height = y1 - y0;
  if (height <= MAX_THICKNESS && width > height && width >= MIN_LENGTH) out.push({ horizontal: true, at: (y0 + y1) / 2, from: x0, to: x1 });
  else if (width <= MAX_THICKNESS && height > width && height >= MIN_LENGTH) out.push({ horizontal: false, at: (x0 + x1) / 2, from: y0, to: y1 });
}
