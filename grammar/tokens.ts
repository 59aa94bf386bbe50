/**
 * Structural tokens of declaration text. Cell *content* is classified after lexing
 * (see cell-kinds.ts): the lexer only finds line breaks, cell separators and cell text.
 *
 * Patterns follow engineering.md: explicit ranges instead of complements, no /u flag,
 * so Chevrotain's first-character optimisation stays on (asserted in the tests).
 */
import { createToken, Lexer } from "chevrotain";

/** The category of everything that can stand in a row: separators and cell text. */
export const RowPart = createToken({ name: "RowPart", pattern: Lexer.NA });

/** CRLF, CR and LF all end a line: CRLF counts as one break. */
export const Newline = createToken({ name: "Newline", pattern: /\r\n|\r|\n/, line_breaks: true });

/** Tabs separate cells (Excel, WPS and PDF text exports); a run of n tabs is one token. */
export const Tab = createToken({ name: "Tab", pattern: /\t+/, categories: RowPart });

/** Pipes separate cells in Markdown-style tables (`| a | b |`); a run is one token. */
export const Pipe = createToken({ name: "Pipe", pattern: /\|+/, categories: RowPart });

/** Everything up to the next tab, pipe or line break; `\|` (a Markdown escape) is text. */
export const Text = createToken({
  name: "Text",
  pattern: /(?:[\u0000-\u0008\u000B\u000C\u000E-\u005B\u005D-\u007B\u007D-\uFFFF]|\\\|?)+/,
  categories: RowPart,
});

export const allTokens = [Newline, Tab, Pipe, Text, RowPart];

export { Lexer };
