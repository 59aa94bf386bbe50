/**
 * Rows and cells of tab- or pipe-separated text, read in one pass over its characters. This is
 * the row grammar of parser.ts (lines of tabs, pipes and cell text), which stays its
 * definition: the two give the same rows for every text with no more than MAX_ROW_CELLS cells
 * on a line (test/grammar/scan.test.ts compares them on generated texts). The scanner is what
 * the reader runs — it makes no tokens, so a cell costs two indexes and one string, and the
 * CLI loads no parser library at start-up.
 *
 *   document := line*
 *   line     := (Tab | Pipe | Text)* Newline     Newline: CRLF, CR or LF
 *   Text     := characters up to a tab, pipe or line break; `\|` is text
 */
import type { ParsedSlice, RawCell, RawRow } from "./parser.js";

const TAB = 9, LF = 10, CR = 13, PIPE = 124, BACKSLASH = 92;

/**
 * No form has a row of this many cells: a longer line (20 MB of short cells on one line) is
 * handed on as rows of this many cells each, on the same line, so it is never held whole.
 */
export const MAX_ROW_CELLS = 10_000;

/**
 * The rows of a slice of text that starts at `startLine` and `startOffset` of the whole (as
 * parseSlice): every line with something on it gives a row, one with only separators an
 * empty one.
 */
export function scanSlice(text: string, startLine = 1, startOffset = 0): ParsedSlice {
  const at = { line: startLine };
  const rows = [...rowsOfSlice(text, at, startOffset)];
  return { rows, nextLine: at.line };
}

/** Rows of a whole text (as parseRows). */
export function scanRows(text: string): RawRow[] {
  return scanSlice(text).rows;
}

/**
 * The rows of a slice, one at a time; `at.line` is the line the slice starts on, and once the
 * rows are all read, the line after it.
 */
export function* rowsOfSlice(text: string, at: { line: number }, startOffset: number): Generator<RawRow> {
  const length = text.length;
  const cursor: LineCursor = { at: 0, index: 0, tabbed: false, piped: false, base: startOffset, lineStart: 0 };
  for (let start = 0; start < length;) {
    let end = start;
    for (let c = text.charCodeAt(end); end < length && c !== LF && c !== CR; c = text.charCodeAt(++end));
    if (end > start) {
      startLine(text, start, end, cursor);
      yield lineRow(text, end, at.line, cursor); // a line with only separators is an empty row, as the grammar has it
      // A line of more than MAX_ROW_CELLS cells goes on in more rows (its last part may be none).
      while (cursor.at < end) {
        const more = lineRow(text, end, at.line, cursor);
        if (more.cells.length > 0) yield more;
      }
    }
    if (end === length) break;
    end += text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? 2 : 1;
    at.line++;
    start = end;
  }
}

/** Where the scan of a line stands: the next character, the next cell's position in the row, how the line separates its cells, and the slice's offset in the whole text. */
interface LineCursor {
  at: number;
  index: number;
  tabbed: boolean;
  piped: boolean;
  base: number;
  lineStart: number;
}

/** The cursor at the start of the line text[from, to), which has no line break in it. */
function startLine(text: string, from: number, to: number, cursor: LineCursor): void {
  // A row written as a Markdown table starts with a pipe; its leading pipe opens the first cell.
  cursor.piped = text.charCodeAt(from) === PIPE;
  // Tab text is tab text: a `|` inside a tab-separated row is part of its cell.
  cursor.tabbed = !cursor.piped && hasTab(text, from, to);
  cursor.index = cursor.piped ? -1 : 0;
  cursor.at = from;
  cursor.lineStart = cursor.base + from;
}

/** A row of the line's cells from the cursor on, up to the line's end `to` or MAX_ROW_CELLS cells. */
function lineRow(text: string, to: number, line: number, cursor: LineCursor): RawRow {
  const { tabbed, piped, base, lineStart } = cursor;
  const cells: RawCell[] = [];
  let index = cursor.index;
  let at = cursor.at;
  while (at < to && cells.length < MAX_ROW_CELLS) {
    const c = text.charCodeAt(at);
    if (c === TAB || (c === PIPE && !tabbed)) {
      index++; // a run of separators: one per character
      at++;
      continue;
    }
    let end = at;
    while (end < to) {
      const d = text.charCodeAt(end);
      if (d === TAB || (d === PIPE && !tabbed)) break;
      end += d === BACKSLASH && text.charCodeAt(end + 1) === PIPE && end + 1 < to ? 2 : 1;
    }
    const raw = text.slice(at, end);
    // trim() removes U+3000 and NBSP too, in linear time.
    let cell = raw.trim();
    if (cell.length > 0) {
      if (piped && cell.includes("\\|")) cell = cell.replaceAll("\\|", "|");
      // The cell's first character is no white space: where the raw text starts with it, nothing was trimmed before it.
      const lead = raw.charCodeAt(0) === cell.charCodeAt(0) ? 0 : raw.length - raw.trimStart().length;
      const offset = base + at + lead;
      cells.push({ text: cell, line, column: offset - lineStart + 1, offset, index });
    }
    at = end;
  }
  cursor.at = at;
  cursor.index = index;
  return { line, offset: lineStart, cells, piped };
}

function hasTab(text: string, from: number, to: number): boolean {
  const at = text.indexOf("\t", from);
  return at !== -1 && at < to;
}
