/**
 * A cell being read by the row rebuilder: its parts (a cell wrapped over lines has several)
 * and what its first part was classified as. The widths of its lines tell whether it may run
 * on to the next line; "quotes" a PDF extractor put around a multi-line cell keep it open.
 */
import type { CellKind } from "../../../grammar/cell-kinds.js";
import type { RawCell } from "../../../grammar/parser.js";
import { cellOf, separator, widthOf, type Piece } from "./pieces.js";

/** No wrapped line is this long: a longer part is measured by its length alone. */
const LONG_LINE = 256;

function lineWidth(text: string): number {
  return text.length > LONG_LINE ? 2 * text.length : widthOf(text);
}

function countQuotes(text: string): number {
  let n = 0;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) n++;
  return n;
}

export class OpenCell {
  readonly parts: Piece[];
  private readonly texts: string[];
  lastWidth: number;
  maxWidth: number;
  private quotes: number;

  constructor(piece: Piece, readonly kind: CellKind) {
    this.parts = [piece];
    this.texts = [piece.text];
    this.lastWidth = this.maxWidth = lineWidth(piece.text);
    this.quotes = countQuotes(piece.text);
  }

  append(piece: Piece): void {
    this.texts.push(separator(this.texts[this.texts.length - 1], piece.text), piece.text);
    this.parts.push(piece);
    this.lastWidth = lineWidth(piece.text);
    this.maxWidth = Math.max(this.maxWidth, this.lastWidth);
    this.quotes += countQuotes(piece.text);
  }

  /** Inside a "quoted" multi-line cell. */
  get quoted(): boolean {
    return this.quotes % 2 === 1;
  }

  /** The last line is as wide as the widest: the text may run on to the next line. */
  get full(): boolean {
    return this.lastWidth >= this.maxWidth - 2;
  }

  get text(): string {
    return this.texts.join("");
  }

  cell(index: number): RawCell {
    return cellOf(this.parts, this.text, index);
  }
}

/** A cell of a row being rebuilt, and the column it is given. */
export type Slot = [OpenCell, number];
