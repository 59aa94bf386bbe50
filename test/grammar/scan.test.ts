/**
 * The scanner the reader runs (grammar/scan.ts) against the row grammar it implements
 * (grammar/parser.ts, Chevrotain): the same rows, cells, places and next line for every text.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseSlice } from "../../grammar/parser.js";
import { MAX_ROW_CELLS, scanRows, scanSlice } from "../../grammar/scan.js";

const runs = Number(process.env.PERFGOAL_FC_RUNS ?? 300);
const seed = Number(process.env.PERFGOAL_FC_SEED ?? 20241128);

/** Characters that mean something to the grammar, white space trim() removes, and plain text. */
const PARTS = ["\t", "\t\t", "|", "||", "\\", "\\|", "\r", "\n", "\r\n", " ", "\u3000", "\u00a0", "\u2028", "\ufeff", "a", "项目名称", "≥1.00(次)", "-", ":---:", "\ud800", "\udc00", "𠀀"];
const textArb = fc.array(fc.constantFrom(...PARTS), { maxLength: 60 }).map((parts) => parts.join(""));

describe("row scanner", () => {
  it("gives the rows the grammar gives, on generated texts", () => {
    fc.assert(fc.property(textArb, fc.nat(1000), fc.nat(100_000), (text, line, offset) => {
      // Same fields in the same order: rows are written out as they are (convert's JSON).
      expect(JSON.stringify(scanSlice(text, line + 1, offset))).toBe(JSON.stringify(parseSlice(text, line + 1, offset)));
    }), { numRuns: runs, seed });
  });

  it("gives the grammar's rows for the examples of the lexer tests", () => {
    for (const text of ["a\r\nb\rc\nd", "\t\t 课题调研完成率\u3000\t≥1.00(个)", "| 项目名称 | 党建经费 |", "a\n\n\nb", "x\ny", "z", "", "\t\t\n|", "| a \\| b | c\t|d"]) {
      expect(JSON.stringify(scanSlice(text))).toBe(JSON.stringify(parseSlice(text)));
    }
  });

  it("reads an escaped pipe in a Markdown row as a pipe, and a pipe in a tab row as text", () => {
    expect(scanRows("| a \\| b | c |")[0].cells.map((c) => c.text)).toEqual(["a | b", "c"]);
    expect(scanRows("a|b\tc")[0].cells.map((c) => c.text)).toEqual(["a|b", "c"]);
  });

  it("hands on a line of more cells than a form has as rows of MAX_ROW_CELLS cells, on that line", () => {
    const rows = scanRows(`${"ab\t".repeat(2 * MAX_ROW_CELLS + 5)}\nx`);
    expect(rows.map((r) => [r.line, r.cells.length])).toEqual([[1, MAX_ROW_CELLS], [1, MAX_ROW_CELLS], [1, 5], [2, 1]]);
    const cells = rows.slice(0, 3).flatMap((r) => r.cells);
    expect(cells.map((c) => c.index)).toEqual(cells.map((_, i) => i));
    expect(cells.at(-1)!.column).toBe(3 * (2 * MAX_ROW_CELLS + 4) + 1);
    expect(scanRows("ab\t".repeat(MAX_ROW_CELLS)).map((r) => r.cells.length)).toEqual([MAX_ROW_CELLS]);
  });
});
