/** The record readers of flat exports (src/read/layouts/flat-records.ts): CSV by RFC 4180, tab and pipe lines; places into the text as given. */
import { describe, expect, it } from "vitest";
import { csvRecords, separatedRecords, type FlatRecord } from "../../src/read/layouts/flat-records.js";

const cells = (records: FlatRecord[]) => records.map((r) => r.cells.map((c) => [c.text, c.line, c.column, c.offset, c.index]));
/** The text at each cell's offset starts with the cell's first character (or a doubled quote's first quote). */
function placesHold(text: string, records: FlatRecord[]): void {
  for (const cell of records.flatMap((r) => r.cells)) expect(text[cell.offset]).toBe(cell.text.startsWith('"') ? '"' : cell.text[0]);
}
/** The same text cut into pieces of every size from 1 to 9 reads the same. */
function anyCut(read: (pieces: string[]) => FlatRecord[], text: string): void {
  const whole = JSON.stringify(read([text]));
  for (let size = 1; size < 10; size++) {
    const pieces: string[] = [];
    for (let at = 0; at < text.length; at += size) pieces.push(text.slice(at, at + size));
    expect(JSON.stringify(read(pieces))).toBe(whole);
  }
}
const csv = (pieces: string[]) => [...csvRecords(pieces)];

describe("CSV", () => {
  it("quoted fields with commas, doubled quotes and line breaks; empty fields count", () => {
    const text = 'a,"b,c","say ""hi""",,e\r\n"first\nsecond",x\r\n';
    const records = csv([text]);
    expect(cells(records)).toEqual([
      [["a", 1, 1, 0, 0], ["b,c", 1, 4, 3, 1], ['say "hi"', 1, 10, 9, 2], ["e", 1, 23, 22, 4]],
      [["first\nsecond", 2, 2, 26, 0], ["x", 3, 9, 40, 1]],
    ]);
    expect(records.map((r) => [r.line, r.offset])).toEqual([[1, 0], [2, 25]]);
    placesHold(text, records);
    anyCut(csv, text);
  });

  it("a BOM, blanks around fields, a last line without a line end, CR alone", () => {
    const text = '\ufeff项目名称 , 三级指标\r 甲 ,"  乙"\r丙';
    const records = csv([text]);
    expect(cells(records)).toEqual([
      [["项目名称", 1, 2, 1, 0], ["三级指标", 1, 9, 8, 1]],
      [["甲", 2, 2, 14, 0], ["乙", 2, 8, 20, 1]],
      [["丙", 3, 1, 23, 0]],
    ]);
    placesHold(text, records);
    anyCut(csv, text);
  });

  it("text after a closing quote is kept; an unclosed quote runs to the end", () => {
    expect(cells(csv(['"a"b,c\n"open,\nx']))).toEqual([[["ab", 1, 2, 1, 0], ["c", 1, 6, 5, 1]], [["open,\nx", 2, 2, 8, 0]]]);
  });

  it("blank records are skipped and leave the lines counted", () => {
    const records = csv(["a\n,,\n\nb,"]);
    expect(records.map((r) => [r.line, r.cells[0].text])).toEqual([[1, "a"], [4, "b"]]);
  });

  it("a doubled quote split between two pieces is one quote", () => {
    expect(cells(csv(['"x"', '"y"']))).toEqual([[['x"y', 1, 2, 1, 0]]]);
  });
});

describe("tab and pipe lines", () => {
  const tsv = (pieces: string[]) => [...separatedRecords(pieces, "tsv")];
  const md = (pieces: string[]) => [...separatedRecords(pieces, "markdown")];

  it("tabs: every tab starts a field; a pipe is text", () => {
    const text = "a\t\tb | c\r\n\t x \n";
    expect(cells(tsv([text]))).toEqual([[["a", 1, 1, 0, 0], ["b | c", 1, 4, 3, 2]], [["x", 2, 3, 12, 1]]]);
    anyCut(tsv, text);
  });

  it("pipes: the leading pipe opens the first cell, `\\|` stays in the cell, rule rows are skipped", () => {
    const text = "| 项目名称 | 三级指标 |\n|---|:---:|\n| 甲 \\| 乙 || 丙 |\n标题行";
    const records = md([text]);
    expect(cells(records)).toEqual([
      [["项目名称", 1, 3, 2, 0], ["三级指标", 1, 10, 9, 1]],
      [["甲 \\| 乙", 3, 3, 30, 0], ["丙", 3, 13, 40, 2]],
      [["标题行", 4, 1, 44, 0]],
    ]);
    expect(records.map((r) => r.piped)).toEqual([true, true, false]);
    anyCut(md, text);
  });
});
