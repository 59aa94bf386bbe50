/**
 * Records of a flat export, in its own syntax: tab-separated lines, Markdown pipe rows
 * (`\|` is a pipe inside a cell) or CSV (RFC 4180: quoted fields, doubled quotes, line breaks
 * inside quotes). Each record is one row of the table with its non-empty cells, placed in the
 * text as given (1-based line and column, offset of the first character of the trimmed text);
 * `index` counts every field, empty ones included. Read piece by piece in one pass.
 */
import type { RawCell } from "../../../grammar/parser.js";
import { unguardFormula } from "../../convert/flat.js";

export type FlatSyntax = "tsv" | "csv" | "markdown";

export interface FlatRecord {
  line: number;
  /** Offset of the record's line start. */
  offset: number;
  piped: boolean;
  cells: RawCell[];
  /** The family rows already split came with (a file's grid: its format). */
  family?: string;
}

/** A line of the text and where it starts. */
interface Line {
  text: string;
  line: number;
  offset: number;
}

/** Lines of text given in pieces (a CRLF split over two pieces is one line end). */
function* linesOf(pieces: Iterable<string>): Generator<Line> {
  let carry = "", line = 1, offset = 0;
  for (const piece of pieces) {
    const text = carry + piece;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      // A CR that ends the text may be the first half of a CRLF: wait for the next piece.
      if (c === 13 && i === text.length - 1) break;
      const end = i;
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      yield { text: text.slice(start, end), line, offset };
      offset += i + 1 - start;
      line++;
      start = i + 1;
    }
    carry = text.slice(start);
  }
  if (carry.length > 0) {
    const cr = carry.endsWith("\r");
    yield { text: cr ? carry.slice(0, -1) : carry, line, offset };
  }
}

/** A field of a line as a cell, trimmed like the tabular reader trims; undefined when blank. */
function cellOf(raw: string, start: number, at: Line, index: number): RawCell | undefined {
  const text = raw.trim();
  if (text.length === 0) return undefined;
  const offset = at.offset + start + (raw.length - raw.trimStart().length);
  return { text, line: at.line, column: offset - at.offset + 1, offset, index };
}

const MARKDOWN_RULE = /^:?-{3,}:?$/;

/** Records of tab-separated text, or of Markdown pipe rows (a line without pipes is one cell). */
export function* separatedRecords(pieces: Iterable<string>, syntax: "tsv" | "markdown"): Generator<FlatRecord> {
  for (const at of linesOf(pieces)) {
    const piped = syntax === "markdown" && at.text.trimStart().startsWith("|");
    const cells = piped ? pipeCells(at) : tabCells(at, syntax === "tsv" ? "\t" : undefined);
    if (cells.length === 0) continue;
    if (piped && cells.every((c) => MARKDOWN_RULE.test(c.text))) continue;
    yield { line: at.line, offset: at.offset, piped, cells };
  }
}

function tabCells(at: Line, separator: string | undefined): RawCell[] {
  const cells: RawCell[] = [];
  const text = at.text;
  let start = 0, index = 0;
  while (start <= text.length) {
    const end = separator === undefined ? -1 : text.indexOf(separator, start);
    const stop = end === -1 ? text.length : end;
    const cell = cellOf(text.slice(start, stop), start, at, index);
    if (cell) cells.push(cell);
    if (end === -1) break;
    start = end + 1;
    index++;
  }
  return cells;
}

/** `| a | b \| c |`: the leading pipe opens the first cell; a backslash escapes the next character. */
function pipeCells(at: Line): RawCell[] {
  const cells: RawCell[] = [];
  const text = at.text;
  let start = text.indexOf("|") + 1, index = 0;
  for (let i = start; i <= text.length; i++) {
    const c = text[i];
    if (c === "\\") { i++; continue; }
    if (c !== "|" && i < text.length) continue;
    const cell = cellOf(text.slice(start, i), start, at, index);
    if (cell) cells.push(cell);
    start = i + 1;
    index++;
  }
  return cells;
}

/**
 * Records of CSV text (RFC 4180). A quoted field may hold commas, doubled quotes and line
 * breaks; a record ends at a line break outside quotes. A cell's place is that of the first
 * character of its trimmed text (inside the quotes). Read a character at a time with no look
 * ahead, so a piece may end anywhere (inside a field, between the two quotes of `""`, inside CRLF).
 */
export function* csvRecords(pieces: Iterable<string>): Generator<FlatRecord> {
  const reader = new CsvReader();
  for (const piece of pieces) yield* reader.read(piece);
  yield* reader.end();
}

/** Where the reader is within a field. */
const enum At { Start, Plain, Quoted, QuoteInQuoted, Closed }

class CsvReader {
  private line = 1;
  private lineStart = 0;
  private offset = 0;
  private recordLine = 1;
  private recordOffset = 0;
  private cells: RawCell[] = [];
  private index = 0;
  private text: string[] = [];
  private first: { line: number; column: number; offset: number } | undefined;
  private at = At.Start;
  /** A CR ended the last piece: an LF first in the next is the same line end. */
  private cr = false;

  *read(piece: string): Generator<FlatRecord> {
    let run = 0; // start of the run of field text not yet taken
    const flush = (end: number) => { if (end > run) this.take(piece.slice(run, end), this.offset + run); };
    for (let i = 0; i < piece.length; i++) {
      const c = piece.charCodeAt(i);
      if (this.cr) {
        this.cr = false;
        if (c === 10) {
          if (this.at === At.Quoted) this.text.push("\n");
          this.lineStart = this.offset + i + 1;
          if (this.at !== At.Quoted) this.recordOffset = this.lineStart;
          run = i + 1;
          continue;
        }
      }
      const newline = c === 10 || c === 13;
      switch (this.at) {
        case At.Quoted:
          if (c === 34) { flush(i); this.at = At.QuoteInQuoted; run = i + 1; }
          else if (newline) { flush(i); this.text.push(piece[i]); this.newline(c, i); run = i + 1; }
          continue;
        case At.QuoteInQuoted:
          if (c === 34) { this.take('"', this.offset + i - 1); this.at = At.Quoted; run = i + 1; continue; }
          this.at = At.Closed; // the quote closed the field: what follows is read below
          run = i;
          break;
        case At.Start:
          if (c === 34) { this.at = At.Quoted; run = i + 1; continue; }
          if (c !== 32 && c !== 9 && !newline && c !== 44) this.at = At.Plain;
          break;
      }
      if (c === 44) { // ,
        if (this.at !== At.Closed) flush(i);
        this.endField();
        run = i + 1;
      } else if (newline) {
        if (this.at !== At.Closed) flush(i);
        yield* this.endRecord();
        this.newline(c, i);
        this.recordLine = this.line;
        this.recordOffset = this.lineStart;
        run = i + 1;
      } else if (this.at === At.Closed) {
        // Text after a closing quote (`"a"b`): kept as written rather than dropped.
        this.at = At.Plain;
        run = i;
      }
    }
    if (this.at !== At.Closed && this.at !== At.QuoteInQuoted) flush(piece.length);
    this.offset += piece.length;
  }

  *end(): Generator<FlatRecord> {
    if (this.text.length > 0 || this.cells.length > 0 || this.index > 0 || this.at !== At.Start) yield* this.endRecord();
  }

  private newline(c: number, i: number): void {
    this.line++;
    this.lineStart = this.offset + i + 1;
    if (c === 13) this.cr = true;
  }

  private take(text: string, from: number): void {
    if (!this.first) {
      const blank = text.length - text.trimStart().length;
      if (blank < text.length) this.first = { line: this.line, column: from + blank - this.lineStart + 1, offset: from + blank };
    }
    this.text.push(text);
  }

  private endField(): void {
    // A cell written for spreadsheets with an apostrophe before = + - @ (convert --format csv) reads as written.
    const text = unguardFormula(this.text.join("").trim());
    if (text.length > 0 && this.first) this.cells.push({ text, ...this.first, index: this.index });
    this.text = [];
    this.first = undefined;
    this.at = At.Start;
    this.index++;
  }

  private *endRecord(): Generator<FlatRecord> {
    this.endField();
    if (this.cells.length > 0) yield { line: this.recordLine, offset: this.recordOffset, piped: false, cells: this.cells };
    this.cells = [];
    this.index = 0;
  }
}
