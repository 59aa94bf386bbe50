/**
 * Texts whose tables come in different families (a tab-separated table, then one pasted from
 * a PDF one cell per line): the text is cut at the form titles where the family of the table
 * that starts there differs from the one before, and each part goes to its own family's
 * reader. Finding the titles costs one indexOf per piece and a look at the lines it hits; a
 * text of one family throughout is passed on in the pieces it came in.
 */
import { classifyCell } from "../../../grammar/cell-kinds.js";
import type { RawRow } from "../../../grammar/parser.js";
import type { LayoutFamily } from "./index.js";
import { shiftEnd } from "./pieces.js";

/** A stretch of the text and the family that reads it. */
export interface Chunk {
  text: string;
  family: LayoutFamily;
}

/** Every form title has these words (grammar/vocabulary.ts FORM_TITLE). */
const TITLE_WORDS = "绩效目标";
/** How much of a table after a form title its family is judged by. */
const TABLE_HEAD = 4096;
/** Longer lines are no title (classifyCell reads longer cells as text). */
const TITLE_LENGTH = 80;
/** Tabs on half the first lines: a tab-separated table (titles and years stand alone). */
const TABBED_START = 0.5;

/** Offsets of the starts of the lines of `text` that are form titles. */
function titleStarts(text: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(TITLE_WORDS); at !== -1;) {
    let start = at, end = at;
    while (start > 0 && text.charCodeAt(start - 1) !== 10 && text.charCodeAt(start - 1) !== 13) start--;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const line = text.slice(start, end).trim();
    if (line.length <= TITLE_LENGTH && classifyCell(line).kind === "formTitle") out.push(start);
    at = text.indexOf(TITLE_WORDS, end);
  }
  return out;
}

/** A family and how well the text fits it (0: not at all; the family is then the fallback). */
export interface Detected {
  family: LayoutFamily;
  score: number;
}

/**
 * The text in chunks of one family each: a new family starts at a form title whose table
 * (up to the next title, at most `head` characters) fits another family. Text that fits no
 * family at all (a note before the first table, a title with nothing after it) stays with
 * the family around it. Where a piece ends before that much of a table is seen, the table is
 * judged with the next piece: the chunks are the same however the text is cut into pieces.
 */
export function* chunks(pieces: Iterable<string>, detect: (head: string) => Detected, head: number): Generator<Chunk> {
  let family: LayoutFamily | undefined;
  const all = pieces[Symbol.iterator]();
  let next = all.next();
  let carry = "";
  while (!next.done) {
    const piece = carry + next.value;
    next = all.next();
    const cuts = titleStarts(piece);
    if (family === undefined && cuts[0] !== 0) cuts.unshift(0);
    let start = 0;
    /** Where the text held for the next piece starts (a table not yet seen far enough). */
    let held = piece.length;
    for (let i = 0; i < cuts.length; i++) {
      const from = cuts[i];
      // The text's own start is read as far as `head`; a table after a title shows its family in its first lines.
      const window = family === undefined ? head : TABLE_HEAD;
      const last = i + 1 === cuts.length;
      if (last && !next.done && from + window > piece.length) {
        held = from;
        break;
      }
      const to = Math.min(last ? piece.length : cuts[i + 1], from + window);
      // A tab-separated table after a tab-separated one needs no more looking at.
      if (family?.name === "tabular" && tabbedStart(piece, from, to)) continue;
      const found = detect(piece.slice(from, to));
      if (found.score === 0 || found.family === family) continue;
      if (family !== undefined && from > start) {
        yield { text: piece.slice(start, from), family };
        start = from;
      }
      family = found.family;
    }
    if (held > start) {
      family ??= detect("").family;
      yield { text: start === 0 && held === piece.length ? piece : piece.slice(start, held), family };
    }
    carry = piece.slice(held); // the last piece holds nothing back
  }
}

/** Lines a table's start is judged by. */
const START_LINES = 16;

/** Whether tabs or pipes stand on most of the first lines of text[from, to). */
function tabbedStart(text: string, from: number, to: number): boolean {
  let lines = 0, tabbed = 0;
  for (let start = from; start < to && lines < START_LINES;) {
    let end = text.indexOf("\n", start);
    if (end === -1 || end > to) end = to;
    const line = text.slice(start, end).trim();
    if (line.length > 0) {
      lines++;
      if (line.includes("\t") || line.includes("|")) tabbed++;
    }
    start = end + 1;
  }
  return lines > 0 && tabbed / lines >= TABBED_START;
}

/** Line breaks in a text (CRLF counts one). */
export function lineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  for (let i = text.indexOf("\r"); i !== -1; i = text.indexOf("\r", i + 1)) if (text.charCodeAt(i + 1) !== 10) n++;
  return n;
}

/**
 * Rows of every chunk, each read by its family, with places in the whole text; `start`: where
 * the first chunk stands in it (a part of a text read apart, src/parallel/).
 */
export function* chunkRows(all: Iterator<Chunk>, sliceSize: number, start = { line: 1, offset: 0 }): Generator<RawRow> {
  let next = all.next();
  let { line, offset } = start;
  while (!next.done) {
    const family = next.value.family;
    const baseLine = line - 1, baseOffset = offset;
    function* same(): Generator<string> {
      while (!next.done && next.value.family === family) {
        const text = next.value.text;
        line += lineBreaks(text);
        offset += text.length;
        next = all.next();
        yield text;
      }
    }
    for (const row of family.rows(same(), sliceSize)) {
      if (baseOffset > 0) shift(row, baseLine, baseOffset);
      row.family = family.name;
      yield row;
    }
  }
}

/** A row read from a part of the text, placed in the whole. */
function shift(row: RawRow, lines: number, offset: number): void {
  row.line += lines;
  row.offset += offset;
  for (const cell of [...row.cells, ...(row.accounted ?? [])]) {
    cell.line += lines;
    cell.offset += offset;
    shiftEnd(cell, offset);
  }
}
