/**
 * PDF files → a cell grid. Each page is read into ruled tables and rows of text outside them
 * (./pdf/page.ts); the pages are then put together:
 * - page numbers and a browser's print header and footer are left out (./pdf/furniture.ts; a
 *   note says how many);
 * - a table that runs on from the bottom of one page to the top of the next is one table
 *   (./pdf/continued.ts): its rows continue without a gap, its columns keep their numbers, a
 *   merged cell cut by the page break is read once in its first row, a header row repeated at
 *   the top of the page is read once (a note says so);
 * - other tables and text are set apart by an empty row.
 *
 * A cell's place reads `第2页 表1 第3行 第2格` (page, table on the page, row and column of that
 * table on that page; for a merged cell cut by a page break, where its text is printed); a row
 * of text outside tables `第2页 第7行` (its row among them on the page), `第2页 第7行 第2格` for
 * one of several cells on it.
 */
import type { Grid, GridCell, GridRow } from "../grid.js";
import { InputError } from "../errors.js";
import { openPdf, reasonOf } from "./pdf/pdfjs.js";
import { readPage, type Block, type LineBlock, type PageContent, type TableBlock } from "./pdf/page.js";
import { cluster, type TableCell } from "./pdf/tables.js";
import type { TextCell } from "./pdf/fallback.js";
import { withoutFurniture } from "./pdf/furniture.js";
import { chainTables, chainTexts, partRows, repeatedHeaderRows, type PlacedText } from "./pdf/continued.js";

/** Cells of rows outside tables that start within this (points) share a column. */
const COLUMN_TOLERANCE = 6;

export async function readGrid(bytes: Uint8Array, path: string): Promise<Grid> {
  const document = await openPdf(bytes, path);
  const pages: PageContent[] = [];
  try {
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      try {
        pages.push(await readPage(page));
      } finally {
        page.cleanup();
      }
    }
  } catch (error) {
    throw error instanceof InputError ? error : new InputError(path, reasonOf(error));
  } finally {
    await document.destroy().catch(() => {});
  }
  if (!pages.some((p) => p.hasText)) {
    throw new InputError(path, pages.some((p) => p.hasImages)
      ? "scanned PDF: no text to read; OCR is not supported"
      : "no text to read: the pages are blank or their text is drawn as shapes");
  }
  return assemble(pages);
}

interface Placed {
  page: number;
  block: Block;
}

/**
 * Column numbers for rows of text outside tables: the starts of their cells clustered over a run
 * of such rows, so that cells that start at one x (a border-less table's column) share a number.
 */
function lineColumns(run: LineBlock[]): Map<TextCell, number> {
  const starts = cluster(run.flatMap((line) => line.cells.map((c) => c.x0)), COLUMN_TOLERANCE);
  const columns = new Map<TextCell, number>();
  for (const line of run) {
    let previous = 0;
    for (const cell of line.cells) {
      // Left to right, one column a cell, even when two starts fall into one cluster.
      previous = Math.max(previous + 1, nearest(starts, cell.x0) + 1);
      columns.set(cell, previous);
    }
  }
  return columns;
}

/** Pages' blocks as one grid (see the header). */
export function assemble(pages: PageContent[]): Grid {
  const notes: string[] = [];
  const blank = pages.flatMap((p, i) => (p.hasText ? [] : [i + 1]));
  if (blank.length > 0) notes.push(`page${blank.length > 1 ? "s" : ""} ${blank.join(", ")} ha${blank.length > 1 ? "ve" : "s"} no text (scanned?): not read; OCR is not supported`);

  const furniture = withoutFurniture(pages);
  const placed: Placed[] = furniture.pages.flatMap((blocks, i) => blocks.map((block) => ({ page: i + 1, block })));

  // Each table's number on its page, and its cells' places.
  const tableAt = new Map<TableBlock, { page: number; number: number }>();
  let page = 0, number = 0;
  for (const { page: n, block } of placed) {
    if (n !== page) { page = n; number = 0; }
    if (block.kind === "table") tableAt.set(block, { page: n, number: ++number });
  }
  const whereOf = (block: TableBlock, cell: TableCell) => {
    const { page, number } = tableAt.get(block)!;
    return `第${page}页 表${number} 第${cell.row + 1}行 第${cell.col + 1}格`;
  };
  const { continuedFrom, chainOf, columnsOf } = chainTables(placed);
  const textsOf = new Map<TableBlock, Map<TableCell, PlacedText>>();
  for (const chain of new Set(chainOf.values())) for (const [block, texts] of chainTexts(chain, whereOf)) textsOf.set(block, texts);

  // Runs of rows outside tables (between tables, on one page) number their columns together.
  const runColumns = new Map<LineBlock, Map<TextCell, number>>();
  for (let k = 0; k < placed.length;) {
    const run: LineBlock[] = [];
    const runPage = placed[k].page;
    for (; k < placed.length && placed[k].page === runPage && placed[k].block.kind === "line"; k++) run.push(placed[k].block as LineBlock);
    if (run.length === 0) k++;
    const columns = lineColumns(run);
    for (const line of run) runColumns.set(line, columns);
  }

  const rows: GridRow[] = [];
  // An empty row sets a table apart from what comes before and after it (but not from its own next part).
  let apart = false;
  const gap = () => { if (rows.length > 0) rows.push({ cells: [] }); };
  let lineNumber = 0, repeated = 0;
  page = 0;
  for (const { page: n, block } of placed) {
    if (n !== page) { page = n; lineNumber = 0; }
    if (block.kind === "line") {
      if (apart) gap();
      apart = false;
      lineNumber++;
      const where = `第${n}页 第${lineNumber}行`;
      const columns = runColumns.get(block)!;
      rows.push({ cells: block.cells.map((cell, i) => ({
        text: cell.text, column: columns.get(cell)!, where: block.cells.length > 1 ? `${where} 第${i + 1}格` : where,
      })) });
      continue;
    }
    const continued = continuedFrom.has(block);
    if (!continued) gap();
    apart = true;
    const chain = chainOf.get(block)!;
    const skip = continued ? repeatedHeaderRows(chain[0], block) : 0;
    repeated += skip;
    const columns = columnsOf.get(chain)!;
    for (const row of partRows(block, textsOf.get(block)!)) {
      if (row.index < skip) continue;
      rows.push({ cells: row.cells.map(({ cell, text, where }): GridCell => ({ text, column: nearest(columns, cell.box.x0) + 1, where })) });
    }
  }
  const { dropped } = furniture;
  if (dropped > 0) notes.push(`${dropped} page number${dropped > 1 ? "s" : ""} or print header${dropped > 1 ? "s" : ""} not read`);
  if (repeated > 0) notes.push(`${repeated} header row${repeated > 1 ? "s" : ""} repeated at the top of a page not read again`);
  return { format: "pdf", rows, notes };
}

function nearest(edges: number[], x: number): number {
  let best = 0;
  edges.forEach((e, i) => { if (Math.abs(e - x) < Math.abs(edges[best] - x)) best = i; });
  return best;
}
