/**
 * Pages put together into one grid: tables run on over pages, repeated header rows, page
 * numbers and a browser's print header and footer, places, empty rows between tables.
 */
import { describe, expect, it } from "vitest";
import { findTables } from "../../src/read/files/pdf/tables.js";
import { assemble } from "../../src/read/files/pdf.js";
import type { Block, PageContent } from "../../src/read/files/pdf/page.js";
import type { Segment } from "../../src/read/files/pdf/ruling.js";

/** Horizontal and vertical lines of a grid: rows top to bottom at `ys`, columns at `xs`. */
function grid(xs: number[], ys: number[], skip: (s: Segment) => boolean = () => false): Segment[] {
  const out: Segment[] = [];
  for (const y of ys) for (let j = 0; j + 1 < xs.length; j++) out.push({ horizontal: true, at: y, from: xs[j], to: xs[j + 1] });
  for (const x of xs) for (let i = 0; i + 1 < ys.length; i++) out.push({ horizontal: false, at: x, from: ys[i + 1], to: ys[i] });
  return out.filter((s) => !skip(s));
}

describe("pages put together", () => {
  /** A ruled table of two columns at x 0–100–200, one row a text pair, from `top` down 20 points a row. */
  function table(top: number, rows: Array<[string, string]>, skip?: (s: Segment) => boolean): Block {
    const ys = Array.from({ length: rows.length + 1 }, (_, i) => top - 20 * i);
    const [t] = findTables(grid([0, 100, 200], ys, skip));
    const texts = new Map(t.cells.flatMap((cell) => {
      const text = rows[cell.row][cell.col];
      return text ? [[cell, text] as const] : [];
    }));
    return { kind: "table", table: t, texts, top, bottom: ys[ys.length - 1] };
  }
  const line = (top: number, ...texts: string[]): Block => ({ kind: "line", top, cells: texts.map((text, i) => ({ text, x0: i * 300, x1: i * 300 + 100 })) });
  const page = (...blocks: Block[]): PageContent => ({ blocks, hasText: true, hasImages: false });
  const shown = (pages: PageContent[]) => assemble(pages).rows.map((r) => r.cells.map((c) => `${c.column}:${c.text}@${c.where}`));

  it("a table run on to the next page goes on without a gap; its repeated header row and the page numbers are left out, and said so", () => {
    const grid = assemble([
      page(line(800, "财政项目支出绩效目标申报表"), table(700, [["一级指标", "二级指标"], ["产出指标", "数量指标"]]), line(30, "- 1 -")),
      page(table(780, [["一级指标", "二级指标"], ["", "质量指标"]]), line(30, "- 2 -")),
    ]);
    expect(grid.rows.map((r) => r.cells.map((c) => `${c.column}:${c.text}@${c.where}`))).toEqual([
      ["1:财政项目支出绩效目标申报表@第1页 第1行"],
      [],
      ["1:一级指标@第1页 表1 第1行 第1格", "2:二级指标@第1页 表1 第1行 第2格"],
      ["1:产出指标@第1页 表1 第2行 第1格", "2:数量指标@第1页 表1 第2行 第2格"],
      ["2:质量指标@第2页 表1 第2行 第2格"],
    ]);
    expect(grid.notes).toEqual(["2 page numbers or print headers not read", "1 header row repeated at the top of a page not read again"]);
  });

  it("a merged cell cut by the page break is one cell: its text, printed on the next page, is read in its first row", () => {
    // Column 1's last cell on page 1 has no bottom border; page 2's first cell in column 1 (two rows) no top border.
    const openBottom = (s: Segment) => s.horizontal && s.at === 660 && s.from === 0;
    const openTop = (s: Segment) => s.horizontal && (s.at === 780 || s.at === 760) && s.from === 0;
    expect(shown([
      page(table(700, [["质量指标", "学习学时完成率"], ["", "大型活动完成及时率"]], openBottom)),
      page(table(780, [["时效指标", "红领书记工作室活动及时开展率"], ["", "区域化党建活动及时开展率"]], openTop)),
    ])).toEqual([
      ["1:质量指标@第1页 表1 第1行 第1格", "2:学习学时完成率@第1页 表1 第1行 第2格"],
      ["1:时效指标@第2页 表1 第1行 第1格", "2:大型活动完成及时率@第1页 表1 第2行 第2格"],
      ["2:红领书记工作室活动及时开展率@第2页 表1 第1行 第2格"],
      ["2:区域化党建活动及时开展率@第2页 表1 第2行 第2格"],
    ]);
  });

  it("a browser's print header and footer are left out where they come back on each page; text between two tables parts them", () => {
    const header = (n: number) => [line(830, "11/29/26, 6:28 AM", "申报表"), line(12, "file:///tmp/sample.html", `${n}/2`)];
    expect(shown([
      page(header(1)[0], table(700, [["项目名称", "党建经费"]]), header(1)[1]),
      page(header(2)[0], line(760, "财政项目支出绩效目标申报表"), table(700, [["项目名称", "专户项目经费"]]), header(2)[1]),
    ])).toEqual([
      ["1:项目名称@第1页 表1 第1行 第1格", "2:党建经费@第1页 表1 第1行 第2格"],
      [],
      ["1:财政项目支出绩效目标申报表@第2页 第1行"],
      [],
      ["1:项目名称@第2页 表1 第1行 第1格", "2:专户项目经费@第2页 表1 第1行 第2格"],
    ]);
  });

  it("a number alone in a row is left out only at a page's top or bottom", () => {
    expect(shown([page(line(800, "12"), line(700, "2024"), line(600, "备注"), line(20, "3"))])).toEqual([["1:2024@第1页 第1行"], ["1:备注@第1页 第2行"]]);
  });
});
