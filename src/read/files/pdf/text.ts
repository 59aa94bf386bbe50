/**
 * Text of a page as pieces with positions, and pieces joined into a cell's text.
 *
 * pdf.js gives runs of text with a transform (baseline origin, direction, font size) and an
 * advance width. A run may cross a column border when two cells' texts are close on one
 * baseline (pdf.js joins glyphs less than 0.6 em apart into one run): such a run is cut at the
 * border, at a space when there is one near it, else where the characters' estimated widths put it.
 *
 * A page printed on its side (most of its text running up or down) is turned upright first.
 *
 * Pieces of a cell are read in lines, top to bottom, each left to right. Lines are joined the way
 * a wrapped cell was written: with nothing when the break is next to a Chinese character (a
 * wrapped 项目绩 / 效目标 is 项目绩效目标), with a space when a Latin text wrapped at a space,
 * and with a line break when the line ended well short of the cell's side (a hard break).
 */
import type { TextRun } from "./pdfjs.js";
import type { Box } from "./tables.js";
import { IDENTITY, multiply, type Matrix, type Segment } from "./ruling.js";

export interface Piece {
  text: string;
  /** Font size in page units. */
  size: number;
  /** Unit vector along the baseline. */
  dir: [number, number];
  /** Baseline origin (page space). */
  x: number;
  y: number;
  /** Advance along the baseline. */
  width: number;
}

/** Quarter turns that bring text running up, leftwards or down the page to run left to right. */
const TURNS: Array<{ dir: [number, number]; turn: Matrix }> = [
  { dir: [0, 1], turn: [0, -1, 1, 0, 0, 0] },
  { dir: [-1, 0], turn: [-1, 0, 0, -1, 0, 0] },
  { dir: [0, -1], turn: [0, 1, -1, 0, 0, 0] },
];

/**
 * The turn that makes most of a page's text run left to right (a landscape table printed on its
 * side of a portrait page), or undefined when most of it does already.
 */
export function uprightTurn(pieces: Piece[]): Matrix | undefined {
  const weight = (dir: [number, number]) => pieces.filter((p) => p.dir[0] * dir[0] + p.dir[1] * dir[1] > 0.999)
    .reduce((sum, p) => sum + p.text.length, 0);
  const upright = weight([1, 0]);
  let best: { turn: Matrix; weight: number } | undefined;
  for (const { dir, turn } of TURNS) {
    const w = weight(dir);
    if (w > upright && w > (best?.weight ?? 0)) best = { turn, weight: w };
  }
  return best?.turn;
}

/** The visual centre of a piece: half way along it, a third of a font size above the baseline. */
export function centreOf(p: Piece): [number, number] {
  const up: [number, number] = [-p.dir[1], p.dir[0]];
  return [p.x + p.dir[0] * p.width / 2 + up[0] * p.size * 0.35, p.y + p.dir[1] * p.width / 2 + up[1] * p.size * 0.35];
}

/** Whether a piece runs left to right on a horizontal baseline. */
function upright(p: Piece): boolean {
  return p.dir[0] > 0.999;
}

/** pdf.js's runs as pieces: empty and blank runs dropped; `base` maps page space to the space wanted (a turn). */
export function piecesOf(runs: TextRun[], base: Matrix = IDENTITY): Piece[] {
  const pieces: Piece[] = [];
  for (const run of runs) {
    if (typeof run.str !== "string" || run.str.trim().length === 0 || run.transform?.length !== 6) continue;
    const [a, b, c, d, e, f] = multiply(base, run.transform as Matrix);
    const scaleX = Math.hypot(a, b), size = Math.hypot(c, d) || run.height;
    if (!(scaleX > 0) || !(size > 0) || ![e, f, run.width].every(Number.isFinite)) continue;
    pieces.push({ text: run.str, size, dir: [a / scaleX, b / scaleX], x: e, y: f, width: Math.abs(run.width) });
  }
  return pieces;
}

/** CJK ideographs, kana, CJK punctuation, fullwidth forms: written without spaces between them. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{2fa1f}]/u;
/** Curly quotes and similar marks that Chinese text sets without spaces either. */
const CJK_ADJACENT = /[\u2018\u2019\u201c\u201d\u2026\u2014\u00b7]/;

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && (CJK.test(ch) || CJK_ADJACENT.test(ch));
}

/** Estimated advance of a character, in em: CJK full width, Latin about half. */
function charWidth(ch: string): number {
  if (isCjk(ch)) return 1;
  if (ch === " ") return 0.3;
  return 0.55;
}

/**
 * Pieces cut where they cross a vertical line of a table (a border between two cells).
 * `verticals` are the page's vertical ruling lines.
 */
export function splitAtBorders(pieces: Piece[], verticals: Segment[]): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    // A run may cross several borders: cut at the leftmost, then look right of it for the next.
    let rest = piece, after = -Infinity;
    for (;;) {
      const at: number | undefined = upright(rest) ? borderInside(rest, verticals, after) : undefined;
      const halves: [Piece, Piece] | undefined = at === undefined ? undefined : cutAt(rest, at);
      if (at === undefined || !halves) break;
      out.push(halves[0]);
      rest = halves[1];
      after = at;
    }
    out.push(rest);
  }
  return out;
}

/** The x of the leftmost vertical line right of `after` that crosses the piece well inside it, at its height. */
function borderInside(p: Piece, verticals: Segment[], after: number): number | undefined {
  const [, cy] = centreOf(p);
  const margin = p.size * 0.25;
  let found: number | undefined;
  for (const v of verticals) {
    if (cy < v.from || cy > v.to || v.at <= after) continue;
    if (v.at > p.x + margin && v.at < p.x + p.width - margin && (found === undefined || v.at < found)) found = v.at;
  }
  return found;
}

/** A piece cut in two at page x `at`: at the space nearest to it, else at the nearest character boundary. */
function cutAt(p: Piece, at: number): [Piece, Piece] | undefined {
  const chars = [...p.text];
  const weights = chars.map(charWidth);
  const total = weights.reduce((s, w) => s + w, 0);
  const unit = p.width / total;
  // Boundary k lies before chars[k]; its x is p.x + unit × (sum of weights before k).
  let best = -1, bestScore = Infinity, position = 0;
  const positions: number[] = [];
  for (let k = 0; k <= chars.length; k++) {
    positions.push(p.x + position * unit);
    if (k < chars.length) position += weights[k];
  }
  for (let k = 1; k < chars.length; k++) {
    const distance = Math.abs(positions[k] - at);
    // A space next to the boundary is where a gap between two cells' texts shows.
    const spaced = chars[k - 1] === " " || chars[k] === " ";
    const score = distance - (spaced ? p.size : 0);
    if (score < bestScore) { best = k; bestScore = score; }
  }
  if (best <= 0) return undefined;
  const left = chars.slice(0, best).join(""), right = chars.slice(best).join("");
  const cut = positions[best];
  const pieceOf = (text: string, x: number, width: number): Piece => ({ ...p, text, x, width: Math.max(0, width) });
  const leftText = left.trimEnd(), rightText = right.trimStart();
  if (leftText.length === 0 || rightText.length === 0) return undefined;
  return [pieceOf(leftText, p.x, cut - p.x), pieceOf(rightText, cut, p.x + p.width - cut)];
}

/** A piece's span along its own baseline direction (u) and its baseline's offset across it (v). */
function frame(p: Piece, dir: [number, number]): { u0: number; u1: number; v: number } {
  const u0 = p.x * dir[0] + p.y * dir[1];
  const v = -p.x * dir[1] + p.y * dir[0];
  return { u0, u1: u0 + p.width, v };
}

interface Line {
  pieces: Piece[];
  u0: number;
  u1: number;
  v: number;
  size: number;
}

/** Pieces in lines: top to bottom, each left to right (in the text's own direction). */
export function linesOf(pieces: Piece[]): Line[] {
  if (pieces.length === 0) return [];
  const dir = pieces[0].dir;
  const placed = pieces.map((p) => ({ p, ...frame(p, dir) })).sort((a, b) => b.v - a.v || a.u0 - b.u0);
  const lines: Line[] = [];
  for (const item of placed) {
    const line = lines.find((l) => Math.abs(l.v - item.v) <= 0.5 * Math.min(l.size, item.p.size));
    if (line) {
      line.pieces.push(item.p);
      line.u0 = Math.min(line.u0, item.u0);
      line.u1 = Math.max(line.u1, item.u1);
    } else {
      lines.push({ pieces: [item.p], u0: item.u0, u1: item.u1, v: item.v, size: item.p.size });
    }
  }
  for (const line of lines) line.pieces.sort((a, b) => frame(a, dir).u0 - frame(b, dir).u0);
  return lines.sort((a, b) => b.v - a.v);
}

/** One line's pieces as text: a space where a visible gap separates two Latin words. */
export function lineText(line: Line): string {
  let text = "";
  let end = -Infinity;
  const dir = line.pieces[0].dir;
  for (const p of line.pieces) {
    const { u0, u1 } = frame(p, dir);
    if (text.length > 0) {
      const gap = u0 - end;
      const before = text.at(-1), after = p.text[0];
      if (gap > 0.25 * p.size && before !== " " && after !== " " && !isCjk(before) && !isCjk(after)) text += " ";
    }
    text += p.text;
    end = Math.max(end, u1);
  }
  return text.trim();
}

/** The text of a cell: its lines joined as they were wrapped (see the header). */
export function cellText(pieces: Piece[], box?: Box): string {
  const lines = linesOf(pieces);
  const texts = lines.map(lineText);
  let text = texts[0] ?? "";
  for (let i = 1; i < lines.length; i++) {
    const next = texts[i];
    if (next.length === 0) continue;
    text += lineBreak(text, next, lines[i - 1], box) + next;
  }
  return text;
}

/** What a break between two lines of a cell stands for. */
function lineBreak(before: string, after: string, line: Line, box: Box | undefined): string {
  const last = before.at(-1), first = after[0];
  if (isCjk(last) || isCjk(first)) return "";
  // Would the next line's first word have fitted on this line? Then the break was written.
  if (box) {
    const width = Math.abs(line.pieces[0].dir[0]) > 0.5 ? box.x1 - box.x0 : box.y1 - box.y0;
    const word = after.split(" ")[0];
    const wordWidth = [...word].reduce((s, ch) => s + charWidth(ch), 0) * line.size;
    if (line.u1 - line.u0 + wordWidth + 2 * line.size < width) return "\n";
  }
  // A wrap: at a space (Latin lines break at spaces), or after a hyphen or slash.
  return last === "-" || last === "/" ? "" : " ";
}
