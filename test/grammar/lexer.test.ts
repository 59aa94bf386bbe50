import { describe, expect, it } from "vitest";
import { createLexer } from "../../grammar/lexer.js";
import { parseRows } from "../../grammar/parser.js";

describe("lexer", () => {
  it("keeps Chevrotain's first-character optimisation (ensureOptimizations)", () => {
    expect(() => createLexer({ ensureOptimizations: true })).not.toThrow();
  });

  it("tracks offsets only", () => {
    const { tokens } = createLexer({ ensureOptimizations: true }).tokenize("项目名称\t党建经费\n");
    expect(tokens.map((t) => [t.tokenType.name, t.image, t.startOffset])).toEqual([
      ["Text", "项目名称", 0], ["Tab", "\t", 4], ["Text", "党建经费", 5], ["Newline", "\n", 9],
    ]);
    expect(tokens[0].startLine).toBeUndefined();
  });

  it("never fails to lex: every character belongs to a token", () => {
    const { errors } = createLexer().tokenize("\u0000\u0001\ud800|\t\r\n\uffff€ 𠀀");
    expect(errors).toEqual([]);
  });
});

describe("rows and cells", () => {
  it("counts CRLF, CR and LF as one line break each", () => {
    const rows = parseRows("a\r\nb\rc\nd");
    expect(rows.map((r) => [r.line, r.cells[0].text])).toEqual([[1, "a"], [2, "b"], [3, "c"], [4, "d"]]);
  });

  it("gives cells their column and position in the row, trimming padding", () => {
    const [row] = parseRows("\t\t 课题调研完成率\u3000\t≥1.00(个)");
    expect(row.cells.map((c) => [c.text, c.column, c.index])).toEqual([["课题调研完成率", 4, 2], ["≥1.00(个)", 13, 3]]);
  });

  it("reads Markdown pipe rows", () => {
    const [row] = parseRows("| 项目名称 | 党建经费 |");
    expect(row.piped).toBe(true);
    expect(row.cells.map((c) => [c.text, c.index])).toEqual([["项目名称", 0], ["党建经费", 1]]);
  });

  it("reads a last line without a newline, and no row for blank lines", () => {
    expect(parseRows("a\n\n\nb").map((r) => r.line)).toEqual([1, 4]);
  });

  it("can be used again and again (one parser instance)", () => {
    expect(parseRows("x\ny")).toHaveLength(2);
    expect(parseRows("z")[0].line).toBe(1);
  });
});
