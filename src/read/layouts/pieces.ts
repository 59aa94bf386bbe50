/**
 * Lines and pieces of text with their places, for the front ends that have no cell
 * separators: a piece is a stretch of one line (a whole line, or part of one between
 * spaces) that is a cell or a wrapped part of one. Pieces joined into one cell keep the
 * place of the first; the cell's source end is remembered so tests can check that every
 * character of the input ends in some cell.
 */
import { eastAsianWidth } from "get-east-asian-width";
import type { RawCell } from "../../../grammar/parser.js";

/** One line of the input, without its line break. */
export interface Line {
  text: string;
  /** 1-based line number. */
  line: number;
  /** Offset of the line's first character in the whole text. */
  offset: number;
}

/** A trimmed stretch of a line: a cell, or a wrapped part of one. */
export interface Piece {
  text: string;
  line: number;
  /** Offset of text[0] in the whole text. */
  offset: number;
  /** Offset of the start of the piece's line. */
  lineStart: number;
  /** Offset just after the piece's last character. */
  end: number;
}

/** The lines of a text given in pieces (CRLF, CR and LF end a line; a CRLF may be split between pieces). */
export function* linesOf(pieces: Iterable<string>): Generator<Line> {
  let line = 1, carry = "", carryStart = 0, skipLf = false;
  for (const piece of pieces) {
    const text = carry + piece;
    const base = carryStart;
    let start = 0;
    if (skipLf && text.charCodeAt(0) === 10) start = 1;
    skipLf = false;
    for (let i = start; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code !== 10 && code !== 13) continue;
      yield { text: text.slice(start, i), line, offset: base + start };
      line++;
      if (code === 13) {
        if (i + 1 === text.length) skipLf = true;
        else if (text.charCodeAt(i + 1) === 10) i++;
      }
      start = i + 1;
    }
    carry = text.slice(start);
    carryStart = base + start;
  }
  if (carry.length > 0) yield { text: carry, line, offset: carryStart };
}

/** A piece for text[from, to) of a line, trimmed; undefined when blank. */
export function pieceOf(line: Line, from = 0, to = line.text.length): Piece | undefined {
  const raw = line.text.slice(from, to);
  const text = raw.trim();
  if (text.length === 0) return undefined;
  const lead = raw.length - raw.trimStart().length;
  const offset = line.offset + from + lead;
  return { text, line: line.line, offset, lineStart: line.offset, end: offset + text.length };
}

/** Display width: a Chinese (wide or full-width) character counts two, others one. */
export function widthOf(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    width += code < 0x20 ? 0 : eastAsianWidth(code);
  }
  return width;
}

const SENTENCE_END = /[。！？；!?;：:]/;
const LIST_START = /^(?:\d{1,2}[.．、)）]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}[、.．]|[①-⑳])/;
const LETTER = /[A-Za-z]/;

/**
 * What stands between two wrapped parts of one cell: nothing between Chinese characters, a
 * space between English words, a line break before a new numbered item after a full stop.
 */
export function separator(before: string, after: string): string {
  const last = before.charAt(before.length - 1);
  if (SENTENCE_END.test(last) && LIST_START.test(after)) return "\n";
  if (LETTER.test(last) && LETTER.test(after.charAt(0))) return " ";
  return "";
}

/** Source end of each cell joined from several parts (it ends where its last part ends). */
const ends = new WeakMap<RawCell, number>();

/**
 * Where in the text a cell joined from several parts ends; undefined for a cell of one part,
 * which ends at offset + text.length (only joined cells are remembered: a WeakMap entry for
 * every cell of a 30 MB text costs more than reading it).
 */
export function cellEnd(cell: RawCell): number | undefined {
  return ends.get(cell);
}

/** A cell read from a part of the text, moved to its place in the whole. */
export function shiftEnd(cell: RawCell, by: number): void {
  const end = ends.get(cell);
  if (end !== undefined) ends.set(cell, end + by);
}

/** A cell of the model from one piece or several joined (placed at the first). */
export function cellOf(parts: readonly Piece[], text: string, index: number): RawCell {
  const first = parts[0];
  const cell: RawCell = { text, line: first.line, column: first.offset - first.lineStart + 1, offset: first.offset, index };
  const end = parts[parts.length - 1].end;
  if (end !== first.offset + text.length) ends.set(cell, end);
  return cell;
}
