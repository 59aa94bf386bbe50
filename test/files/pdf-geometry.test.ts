/**
 * The PDF reader's geometry without pdf.js: ruling lines from drawing operators (transforms,
 * save/restore, stroked and thin filled rectangles), tables and merged cells from lines, text
 * pieces cut at borders and joined into a cell's text, rows of text outside tables.
 */
import { describe, expect, it } from "vitest";
import { rulingLines, type RulingOps, type Segment } from "../../src/read/files/pdf/ruling.js";
import { findTables } from "../../src/read/files/pdf/tables.js";
import { cellText, piecesOf, splitAtBorders, type Piece } from "../../src/read/files/pdf/text.js";
import { textLines } from "../../src/read/files/pdf/fallback.js";
import type { OperatorList } from "../../src/read/files/pdf/pdfjs.js";

/** Operator codes for these tests (pdf.js's own are loaded with pdf.js). */
const OPS: RulingOps = {
  save: 1, restore: 2, transform: 3, constructPath: 4, paintFormXObjectBegin: 5, paintFormXObjectEnd: 6,
  stroke: 10, closeStroke: 11, fill: 12, eoFill: 13, fillStroke: 14, eoFillStroke: 15, closeFillStroke: 16, closeEOFillStroke: 17,
};
const MOVE = 0, LINE = 1, CLOSE = 4;

/** Operators from [code, args] pairs. */
function list(...ops: Array<[number, unknown]>): OperatorList {
  return { fnArray: ops.map(([fn]) => fn), argsArray: ops.map(([, args]) => args) };
}
const path = (paint: number, ...coords: number[]): [number, unknown] => [OPS.constructPath, [paint, [new Float32Array(coords)], null]];
const rect = (x: number, y: number, w: number, h: number) => [MOVE, x, y, LINE, x + w, y, LINE, x + w, y + h, LINE, x, y + h, CLOSE];
const round = (s: Segment) => ({ ...s, at: Math.round(s.at * 100) / 100, from: Math.round(s.from * 100) / 100, to: Math.round(s.to * 100) / 100 });

describe("ruling lines", () => {
  it("reads stroked lines through the transform matrix, and restore undoes a transform", () => {
    const segments = rulingLines(list(
      [OPS.save, null],
      [OPS.transform, [2, 0, 0, 2, 10, 20]],
      path(OPS.stroke, MOVE, 0, 0, LINE, 50, 0),
      [OPS.restore, null],
      path(OPS.stroke, MOVE, 5, 0, LINE, 5, 30),
    ), OPS).map(round);
    expect(segments).toEqual([
      { horizontal: true, at: 20, from: 10, to: 110 },
      { horizontal: false, at: 5, from: 0, to: 30 },
    ]);
  });

  it("reads a stroked rectangle as its four sides, a flipped page (Chromium's y-down matrix) in page space", () => {
    const segments = rulingLines(list([OPS.transform, [1, 0, 0, -1, 0, 800]], path(OPS.stroke, ...rect(10, 100, 40, 20))), OPS).map(round);
    expect(segments).toEqual([
      { horizontal: true, at: 700, from: 10, to: 50 },
      { horizontal: false, at: 50, from: 680, to: 700 },
      { horizontal: true, at: 680, from: 10, to: 50 },
      { horizontal: false, at: 10, from: 680, to: 700 },
    ]);
  });

  it("reads a thin filled rectangle as its centre line, and a wide one (shading) as nothing", () => {
    const segments = rulingLines(list(path(OPS.fill, ...rect(0, 100, 60, 1)), path(OPS.fill, ...rect(0, 0, 60, 40))), OPS).map(round);
    expect(segments).toEqual([{ horizontal: true, at: 100.5, from: 0, to: 60 }]);
  });

  it("applies a form XObject's matrix until its end; a path only ended (a clip) paints nothing", () => {
    const segments = rulingLines(list(
      [OPS.paintFormXObjectBegin, [[1, 0, 0, 1, 100, 0], null]],
      path(OPS.stroke, MOVE, 0, 0, LINE, 10, 0),
      [OPS.paintFormXObjectEnd, []],
      path(OPS.stroke, MOVE, 0, 5, LINE, 10, 5),
      path(99, MOVE, 0, 9, LINE, 10, 9),
    ), OPS).map(round);
    expect(segments).toEqual([{ horizontal: true, at: 0, from: 100, to: 110 }, { horizontal: true, at: 5, from: 0, to: 10 }]);
  });
});

/** Horizontal and vertical lines of a grid: rows top to bottom at `ys`, columns at `xs`. */
function grid(xs: number[], ys: number[], skip: (s: Segment) => boolean = () => false): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < ys.length; i++) {
    for (let j = 0; j + 1 < xs.length; j++) out.push({ horizontal: true, at: ys[i], from: xs[j], to: xs[j + 1] });
  }
  for (const x of xs) {
    for (let i = 0; i + 1 < ys.length; i++) out.push({ horizontal: false, at: x, from: ys[i + 1], to: ys[i] });
  }
  return out.filter((s) => !skip(s));
}

describe("tables from lines", () => {
  it("a missing inner border is a merged cell; pieces of one border drawn cell by cell are one line", () => {
    // 3 columns × 3 rows; column 1 merged over rows 2-3 (no line between them), row 1 merged over columns 2-3.
    const lines = grid([0, 50, 100, 150], [300, 280, 260, 240], (s) =>
      (s.horizontal && s.at === 260 && s.from === 0) || (!s.horizontal && s.at === 100 && s.from === 280));
    const [table] = findTables(lines);
    const spans = table.cells.map((c) => [c.row, c.rowEnd, c.col, c.colEnd]);
    expect(spans).toEqual([[0, 1, 0, 1], [0, 1, 1, 3], [1, 3, 0, 1], [1, 2, 1, 2], [1, 2, 2, 3], [2, 3, 1, 2], [2, 3, 2, 3]]);
    expect(table.cellAt(25, 250)).toBe(table.cells[2]); // the merged cell, in its second row
    expect(table.cellAt(200, 250)).toBeUndefined();
  });

  it("lines less than 2 points apart are one edge; two separate groups of lines are two tables", () => {
    const first = grid([0, 50, 100], [300, 280, 260]).map((s) => (s.horizontal && s.at === 280 && s.from === 50 ? { ...s, at: 281.2 } : s));
    const second = grid([0, 100], [200, 180]);
    const tables = findTables([...second, ...first]);
    expect(tables.map((t) => t.ys.length - 1)).toEqual([2, 1]);
    expect(tables[0].cells).toHaveLength(4);
  });

  it("a cell cut by the page's end (no border along the table's bottom there) is open", () => {
    const lines = grid([0, 50, 100], [300, 280, 260], (s) => s.horizontal && s.at === 260 && s.from === 0);
    const [table] = findTables(lines);
    expect(table.cells.map((c) => c.open ?? null)).toEqual([null, null, "bottom", null]);
  });

  it("lines that form no grid (an underline, a lone rule) are no table", () => {
    expect(findTables([{ horizontal: true, at: 100, from: 0, to: 300 }, { horizontal: true, at: 90, from: 0, to: 300 }])).toEqual([]);
  });
});

/** A piece of upright text at (x, y) with size 10 and CJK width 1 em a character (Latin ½ em). */
function piece(text: string, x: number, y: number, width?: number): Piece {
  const w = width ?? [...text].reduce((s, ch) => s + (/[\u4e00-\u9fff]/.test(ch) ? 10 : 5.5), 0);
  return piecesOf([{ str: text, transform: [10, 0, 0, 10, x, y], width: w, height: 10, hasEOL: false }])[0];
}

describe("text in cells", () => {
  const box = { x0: 0, x1: 40, y0: 0, y1: 40 };

  it("a label wrapped next to Chinese characters joins without a space (项目绩 / 效目标)", () => {
    expect(cellText([piece("效目标", 2, 10), piece("项目绩", 2, 22)], box)).toBe("项目绩效目标");
  });

  it("pieces of one line join left to right; a Latin gap is a space, a Chinese one nothing", () => {
    expect(cellText([piece("年度", 30, 10), piece("(2024", 2, 10), piece(")", 50, 10)])).toBe("(2024年度)");
    expect(cellText([piece("=100.00", 0, 10), piece("(%)", 42, 10)])).toBe("=100.00 (%)");
  });

  it("a Latin line wrapped at the cell's side joins with a space; a short line ended on purpose keeps its break", () => {
    const wide = { x0: 0, x1: 200, y0: 0, y1: 40 };
    expect(cellText([piece("plan for", 2, 22, 190), piece("2024", 2, 10)], wide)).toBe("plan for 2024");
    expect(cellText([piece("1.", 2, 22), piece("2.", 2, 10)], wide)).toBe("1.\n2.");
  });

  it("a run crossing a border is cut there: at the gap pdf.js filled with a space", () => {
    // pdf.js joins glyphs less than 0.6 em apart: two cells' texts became one run.
    const run = piece("项目名称 党建经费", 2, 10, 83);
    const cut = splitAtBorders([run], [{ horizontal: false, at: 44, from: 0, to: 40 }]);
    expect(cut.map((p) => [p.text, Math.round(p.x)])).toEqual([["项目名称", 2], ["党建经费", 45]]);
  });

  it("a run crossing two borders is cut at both", () => {
    const run = piece("项目名称 党建经费 项目性质", 2, 10, 126);
    const borders = [{ horizontal: false, at: 87, from: 0, to: 40 }, { horizontal: false, at: 44, from: 0, to: 40 }];
    expect(splitAtBorders([run], borders).map((p) => p.text)).toEqual(["项目名称", "党建经费", "项目性质"]);
  });

  it("a run that does not cross a border stays whole", () => {
    const run = piece("党建经费", 2, 10);
    expect(splitAtBorders([run], [{ horizontal: false, at: 44, from: 0, to: 40 }, { horizontal: false, at: 30, from: 100, to: 140 }])).toEqual([run]);
  });
});

describe("rows of text outside tables", () => {
  it("rows by baseline, top first; cells where the gap is wider than 1.2 em", () => {
    const lines = textLines([piece("实施单位", 200, 700), piece("主管部门", 10, 700.8), piece("财政项目支出绩效目标申报表", 100, 740), piece("办事处", 58, 700)]);
    expect(lines.map((l) => l.cells.map((c) => c.text))).toEqual([["财政项目支出绩效目标申报表"], ["主管部门办事处", "实施单位"]]);
  });
});

