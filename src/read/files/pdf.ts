/**
 * PDF files → a cell grid. Each page is read into ruled tables and rows of text outside them
 * (./pdf/page.ts); the pages are then put together:
 * - a table that runs on from the bottom of one page to the top of the next (same outer edges,
 *   mostly the same column lines, nothing but a page number between) is one table: its rows
 *   continue without a gap, header rows repeated at the top of the next page are read once, and
 *   its columns are numbered over the column lines of all its parts, so a column keeps its
 *   number from page to page;
 * - other tables and text are set apart by an empty row;
 * - page numbers (`第 2 页`, `2/5`, `- 2 -`) and a browser's print header and footer (date, title,
 *   address, page number) above or below everything else on a page are not read (a note says
 *   how many).
 *
 * A cell's place reads `第2页 表1 第3行 第2格` (page, table on the page, row and column of that
 * table on that page); a row of text outside tables `第2页 第7行` (its row among them on the page).
 */
import type { Grid, GridCell, GridRow } from "../grid.js";
import { InputError } from "../errors.js";
import { openPdf, reasonOf } from "./pdf/pdfjs.js";
import { readPage, type Block, type LineBlock, type PageContent, type TableBlock } from "./pdf/page.js";
import { cluster, TOLERANCE, type TableCell } from "./pdf/tables.js";
import type { TextCell } from "./pdf/fallback.js";

/** Cells of rows outside tables that start within this (points) share a column. */
const COLUMN_TOLERANCE = 6;

/** A page number (`第 2 页`, `共 5 页 第 2 页`, `2/5`, `- 2 -`, `2`, `Page 2 of 5`). */
const PAGE_NUMBER = /^(?:第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*[,，]?\s*第\s*\d+\s*页|\d{1,4}\s*\/\s*\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}|page\s+\d+(?:\s+of\s+\d+)?)$/i;
/** What a browser or a print dialogue puts in a page's margin: the file's address, the date and time. */
const STAMP = /^(?:(?:file|https?):\/\/\S+|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?:[ ,]+(?:上午|下午)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?)$/i;

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
 * Page furniture: the row above or below everything else on a page when it is a page number, and
 * up to two rows at the top and bottom that hold a page number, an address or a date stamp and
 * come back at the same height on another page (a browser's print header and footer: date and
 * title, address and 1/5).
 * Returns each page's blocks without them, and how many rows were left out.
 */
function withoutFurniture(pages: PageContent[]): { pages: Block[][]; dropped: number } {
  const marked = (block: Block) => block.kind === "line" && block.cells.some((c) => PAGE_NUMBER.test(c.text) || STAMP.test(c.text));
  const alone = (block: Block) => block.kind === "line" && PAGE_NUMBER.test(block.cells.map((c) => c.text).join(" "));
  const shape = (block: Block) => (block.kind === "line" ? block.cells.map((c) => c.text.replace(/\d+/g, "#")).join("\t") : "");
  const repeats = (block: Block, page: number) => pages.some((other, i) => i !== page && other.blocks.some((b) =>
    b.kind === "line" && Math.abs(b.top - block.top) <= TOLERANCE && shape(b) === shape(block)));
  // The outermost row may be a page number alone; up to two rows at each end may be a header or footer.
  const furniture = (block: Block, page: number, outermost: boolean) => (outermost && alone(block)) || (marked(block) && repeats(block, page));
  let dropped = 0;
  const kept = pages.map((p, i) => {
    let first = 0, last = p.blocks.length;
    while (first < last && first < 2 && furniture(p.blocks[first], i, first === 0)) first++;
    while (last > first && p.blocks.length - last < 2 && furniture(p.blocks[last - 1], i, last === p.blocks.length)) last--;
    dropped += p.blocks.length - (last - first);
    return p.blocks.slice(first, last);
  });
  return { pages: kept, dropped };
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

  // Chains of table parts continued over pages: continuedFrom[k] is the part k runs on from.
  const continuedFrom = new Map<TableBlock, TableBlock>();
  for (let k = 1; k < placed.length; k++) {
    const before = placed[k - 1], after = placed[k];
    if (after.page === before.page + 1 && before.block.kind === "table" && after.block.kind === "table"
      && sameColumns(before.block, after.block)) continuedFrom.set(after.block, before.block);
  }
  const chainOf = new Map<TableBlock, TableBlock[]>();
  for (const { block } of placed) {
    if (block.kind !== "table") continue;
    const from = continuedFrom.get(block);
    const chain = from ? chainOf.get(from)! : [];
    chain.push(block);
    chainOf.set(block, chain);
  }
  const columnsOf = new Map<TableBlock[], number[]>();
  for (const chain of new Set(chainOf.values())) columnsOf.set(chain, cluster(chain.flatMap((t) => t.table.xs)));

  // Runs of rows outside tables (between tables, on one page) number their columns together.
  const runColumns = new Map<LineBlock, Map<TextCell, number>>();
  for (let k = 0; k < placed.length;) {
    const run: LineBlock[] = [];
    const page = placed[k].page;
    for (; k < placed.length && placed[k].page === page && placed[k].block.kind === "line"; k++) run.push(placed[k].block as LineBlock);
    if (run.length === 0) k++;
    const columns = lineColumns(run);
    for (const line of run) runColumns.set(line, columns);
  }
  const lineColumnsOf = (line: LineBlock) => runColumns.get(line)!;

  const rows: GridRow[] = [];
  // An empty row sets a table apart from what comes before and after it (but not from its own next part).
  let apart = false;
  const gap = () => { if (rows.length > 0) rows.push({ cells: [] }); };
  let page = 0, tableNumber = 0, lineNumber = 0, repeated = 0;
  for (const { page: n, block } of placed) {
    if (n !== page) { page = n; tableNumber = 0; lineNumber = 0; }
    if (block.kind === "line") {
      if (apart) gap();
      apart = false;
      lineNumber++;
      const where = `第${n}页 第${lineNumber}行`;
      const columns = lineColumnsOf(block);
      rows.push({ cells: block.cells.map((cell, i) => ({
        text: cell.text, column: columns.get(cell)!, where: block.cells.length > 1 ? `${where} 第${i + 1}格` : where,
      })) });
      continue;
    }
    tableNumber++;
    const continued = continuedFrom.has(block);
    if (!continued) gap();
    apart = true;
    const chain = chainOf.get(block)!;
    const skip = continued ? repeatedHeaderRows(chain[0], block) : 0;
    repeated += skip;
    const columns = columnsOf.get(chain)!;
    for (const row of tableRows(block)) {
      if (row.index < skip) continue;
      rows.push({
        cells: row.cells.map(({ cell, text }): GridCell => ({
          text,
          column: nearest(columns, cell.box.x0) + 1,
          where: `第${n}页 表${tableNumber} 第${row.index + 1}行 第${cell.col + 1}格`,
        })),
      });
    }
  }
  const { dropped } = furniture;
  if (dropped > 0) notes.push(`${dropped} page number${dropped > 1 ? "s" : ""} or print header${dropped > 1 ? "s" : ""} not read`);
  if (repeated > 0) notes.push(`${repeated} header row${repeated > 1 ? "s" : ""} repeated at the top of a page not read again`);
  return { format: "pdf", rows, notes };
}

interface TableRow {
  /** The elementary row (0-based) the row's cells start in. */
  index: number;
  cells: Array<{ cell: TableCell; text: string }>;
}

/** A table part's rows that have text: each cell in the row it starts in, left to right. */
function tableRows(block: TableBlock): TableRow[] {
  const byRow = new Map<number, TableRow>();
  for (const cell of block.table.cells) {
    const text = block.texts.get(cell);
    if (text === undefined) continue;
    const row = byRow.get(cell.row) ?? { index: cell.row, cells: [] };
    row.cells.push({ cell, text });
    byRow.set(cell.row, row);
  }
  return [...byRow.values()].sort((a, b) => a.index - b.index);
}

/** The rows at the top of `part` that repeat the first rows of the table (a header printed on each page). */
function repeatedHeaderRows(first: TableBlock, part: TableBlock): number {
  const key = (row: TableRow) => row.cells.map((c) => c.text).join("\t");
  const head = tableRows(first), top = tableRows(part);
  let k = 0;
  while (k < top.length && k < head.length - 1 && top[k].index === k && key(top[k]) === key(head[k])) k++;
  return k;
}

/** Two parts of one table: the same outer edges, and most column lines of the smaller part in the other. */
function sameColumns(a: TableBlock, b: TableBlock): boolean {
  const ax = a.table.xs, bx = b.table.xs;
  const close = (x: number, y: number) => Math.abs(x - y) <= TOLERANCE;
  if (!close(ax[0], bx[0]) || !close(ax[ax.length - 1], bx[bx.length - 1])) return false;
  const [small, large] = ax.length <= bx.length ? [ax, bx] : [bx, ax];
  const shared = small.filter((x) => large.some((y) => close(x, y))).length;
  return shared >= Math.max(2, Math.ceil(small.length * 0.6));
}

function nearest(edges: number[], x: number): number {
  let best = 0;
  edges.forEach((e, i) => { if (Math.abs(e - x) < Math.abs(edges[best] - x)) best = i; });
  return best;
}
