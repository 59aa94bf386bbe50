/**
 * Rows and cells. The parser reads the token stream as
 *
 *   document := line*
 *   line     := RowPart* Newline            (RowPart: Tab, Pipe or Text)
 *
 * and, through embedded actions, gives every non-empty cell its text, offset, line
 * and position within the row. What the cells *mean* is decided by content later
 * (cell-kinds.ts and the model builder), never by column number alone.
 */
import { EmbeddedActionsParser, type IToken } from "chevrotain";
import { allTokens, Newline, Pipe, RowPart, Tab, Text } from "./tokens.js";
import { tokenize } from "./lexer.js";

/** One non-empty cell of the input. */
export interface RawCell {
  /** Cell text with surrounding white space (also U+3000 and NBSP) removed. */
  text: string;
  /** 1-based line of the input. */
  line: number;
  /** 1-based column (UTF-16 units from the line start; a tab counts one). */
  column: number;
  /** Offset of the first character of `text` in the decoded input. */
  offset: number;
  /** 0-based index among the row's separated cells (empty cells count). */
  index: number;
  /** Where a person finds the cell in a file that is not text (`Sheet1!C12`); absent for text. */
  where?: string;
  /**
   * A label a layout front end supplied that is not a cell of the input (a flat export's column
   * heading repeated for each project): read like any cell, never counted or reported as unplaced.
   */
  synthetic?: boolean;
}

export interface RawRow {
  line: number;
  /** Offset of the line start in the decoded input. */
  offset: number;
  cells: RawCell[];
  /** True when the row was written as a Markdown table row (`| a | b |`). */
  piped: boolean;
  /** The layout family the row was read in (`tabular`, `lines`, `spaces`, `flat` …). */
  family?: string;
  /**
   * Cells of the input a front end read itself instead of handing them on as cells of a row: a
   * flat export's column headings (restated as synthetic labels), copies of a project's cells
   * repeated on its later rows (the same fact as the first), perfgoal's own key and provenance
   * columns. Accounted for, not dropped: a ledger counts them as placed.
   */
  accounted?: RawCell[];
}

class RowParser extends EmbeddedActionsParser {
  private line = 1;
  private lineStart = 0;
  /** Offset of the parsed slice in the whole text. */
  private base = 0;

  constructor() {
    // The grammar is fixed and covered by tests: skip Chevrotain's grammar validations at start-up.
    super(allTokens, { recoveryEnabled: false, maxLookahead: 1, skipValidations: true });
    this.performSelfAnalysis();
  }

  get currentLine(): number {
    return this.line;
  }

  startDocument(line: number, offset: number): void {
    this.line = line;
    this.lineStart = offset;
    this.base = offset;
  }

  /**
   * Every line ends with a Newline (parseSlice adds one to a last line that lacks it), so the
   * grammar needs no alternation: one loop over lines, one over the parts of a line.
   */
  public document = this.RULE("document", () => {
    const rows: RawRow[] = [];
    this.MANY(() => {
      const tokens: IToken[] = [];
      this.MANY2(() => {
        tokens.push(this.CONSUME(RowPart));
      });
      const newline = this.CONSUME(Newline);
      this.ACTION(() => {
        if (tokens.length > 0) rows.push(this.buildRow(tokens));
        this.line += 1;
        this.lineStart = this.base + newline.startOffset + newline.image.length;
      });
    });
    return rows;
  });

  private buildRow(tokens: IToken[]): RawRow {
    const piped = tokens[0].tokenType === Pipe;
    // Tab text is tab text: a `|` inside a tab-separated row is part of its cell.
    const pipesAreText = !piped && tokens.some((t) => t.tokenType === Tab);
    const row: RawRow = { line: this.line, offset: this.lineStart, cells: [], piped };
    // In a piped row the leading pipe opens the first cell rather than closing an empty one.
    let index = piped ? -1 : 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (token.tokenType === Text || (pipesAreText && token.tokenType === Pipe)) {
        let raw = token.image;
        while (i + 1 < tokens.length && (tokens[i + 1].tokenType === Text || (pipesAreText && tokens[i + 1].tokenType === Pipe))) raw += tokens[++i].image;
        // trim() removes U+3000 and NBSP too, in linear time (a /\s+$/ can backtrack quadratically).
        let text = raw.trim();
        if (text.length === 0) continue;
        if (piped && text.includes("\\|")) text = text.replaceAll("\\|", "|");
        const offset = this.base + token.startOffset + (raw.length - raw.trimStart().length);
        row.cells.push({ text, line: this.line, column: offset - this.lineStart + 1, offset, index });
      } else {
        index += token.image.length; // a run of separators: one per character
      }
    }
    return row;
  }
}

let shared: RowParser | undefined;

/** Rows of a slice of text, and the line the text after it starts on. */
export interface ParsedSlice {
  rows: RawRow[];
  nextLine: number;
}

/**
 * Lex and parse a slice of declaration text that starts at `startLine` and `startOffset` of
 * the whole, so places stay those of the whole text (the reader goes through a long text
 * slice by slice, holding the tokens of one slice at a time).
 */
export function parseSlice(text: string, startLine = 1, startOffset = 0): ParsedSlice {
  shared ??= new RowParser();
  // The grammar reads lines that end in a line break: give the last line one if it has none.
  const last = text.charCodeAt(text.length - 1);
  const open = text.length > 0 && last !== 10 && last !== 13;
  const { tokens } = tokenize(open ? `${text}\n` : text);
  shared.startDocument(startLine, startOffset);
  shared.input = tokens;
  const rows = shared.document();
  if (shared.errors.length > 0) {
    // The grammar accepts every token sequence the lexer can produce; reaching this is a bug.
    throw new Error(`internal: row grammar rejected input: ${shared.errors[0].message}`);
  }
  return { rows, nextLine: shared.currentLine - (open ? 1 : 0) };
}

/** Lex and parse declaration text into rows of non-empty cells. */
export function parseRows(text: string): RawRow[] {
  return parseSlice(text).rows;
}

export { RowParser };
