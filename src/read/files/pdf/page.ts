/**
 * One page read into blocks, top to bottom: ruled tables (each cell with its text) and rows of
 * text outside them. A text piece belongs to the table cell under its centre; a merged cell's
 * text is the text of the whole merged range, read once. Text past a table's top or bottom edge
 * inside the sides of a cell cut open there by the page's end is that cell's (see below).
 */
import { OPS, type PdfPage, type TextRun } from "./pdfjs.js";
import { rulingLines, type RulingOps } from "./ruling.js";
import { findTables, type Table, type TableCell } from "./tables.js";
import { cellText, centreOf, piecesOf, splitAtBorders, uprightTurn, type Piece } from "./text.js";
import { textLines, type TextLine } from "./fallback.js";

export interface TableBlock {
  kind: "table";
  table: Table;
  /** Each cell's text (cells without text are absent). */
  texts: Map<TableCell, string>;
  top: number;
  bottom: number;
}

export interface LineBlock extends TextLine {
  kind: "line";
}

export type Block = TableBlock | LineBlock;

export interface PageContent {
  blocks: Block[];
  /** Whether the page has any text at all (a scanned page has none). */
  hasText: boolean;
  /** Whether the page paints an image (a scanned page is one). */
  hasImages: boolean;
}

/** pdf.js's operators that paint an image (paintImageXObject, paintInlineImageXObject …). */
function imageOps(): Set<number> {
  return new Set(Object.entries(OPS).filter(([name]) => /^paint.*Image/.test(name)).map(([, code]) => code));
}

/**
 * The open cell (see TableCell.open) of a table that a piece past the table's top or bottom lies
 * beyond, within the cell's sides (a print header's date at the page's corner is not in one).
 */
function openCellBeyond(tables: Table[], p: Piece, y: number): TableCell | undefined {
  if (p.dir[0] < 0.999) return undefined;
  for (const t of tables) {
    const side = y > t.box.y1 ? "top" : y < t.box.y0 ? "bottom" : undefined;
    if (!side) continue;
    const cell = t.cells.find((c) => c.open === side && p.x >= c.box.x0 - 1 && p.x + p.width <= c.box.x1 + 1);
    if (cell) return cell;
  }
  return undefined;
}

export async function readPage(page: PdfPage): Promise<PageContent> {
  const [list, content] = await Promise.all([page.getOperatorList(), page.getTextContent()]);
  const runs = content.items.filter((item): item is TextRun => typeof (item as TextRun).str === "string");
  let pieces = piecesOf(runs);
  // A page whose text runs up or down (printed on its side) is read turned upright.
  const turn = uprightTurn(pieces);
  if (turn) pieces = piecesOf(runs, turn);
  const segments = rulingLines(list, OPS as unknown as RulingOps, turn);
  const tables = findTables(segments);
  const hasText = pieces.length > 0;
  const images = imageOps();
  const hasImages = list.fnArray.some((fn) => images.has(fn));
  // Only lines inside a table cut text: an underline or a rule beside a title does not.
  const borders = tables.flatMap((t) => segments.filter((s) => !s.horizontal && s.at > t.box.x0 + 1 && s.at < t.box.x1 - 1
    && s.to > t.box.y0 && s.from < t.box.y1));
  pieces = splitAtBorders(pieces, borders);

  const inCells = new Map<TableCell, Piece[]>();
  const add = (map: Map<TableCell, Piece[]>, cell: TableCell, p: Piece) => {
    const list = map.get(cell);
    if (list) list.push(p);
    else map.set(cell, [p]);
  };
  const beyond = new Map<TableCell, Piece[]>();
  const outside: Piece[] = [];
  for (const p of pieces) {
    const [x, y] = centreOf(p);
    let cell: TableCell | undefined;
    for (const t of tables) if ((cell = t.cellAt(x, y))) break;
    if (cell) { add(inCells, cell, p); continue; }
    const open = openCellBeyond(tables, p, y);
    if (open) add(beyond, open, p);
    else outside.push(p);
  }
  // A merged cell cut by a page break has its text drawn where the whole cell would centre it,
  // past the table's edge, clipped: it is that cell's text when the cell shows none of its own;
  // an invisible copy of the text the cell shows is left out; other text is read outside tables.
  for (const [cell, list] of beyond) {
    if (!inCells.has(cell)) inCells.set(cell, list);
    else if (cellText(list) !== cellText(inCells.get(cell)!)) outside.push(...list);
  }
  const blocks: Block[] = tables.map((table) => {
    const texts = new Map<TableCell, string>();
    for (const cell of table.cells) {
      const text = cellText(inCells.get(cell) ?? [], cell.box);
      if (text.length > 0) texts.set(cell, text);
    }
    return { kind: "table", table, texts, top: table.box.y1, bottom: table.box.y0 };
  });
  for (const line of textLines(outside)) if (line.cells.length > 0) blocks.push({ kind: "line", ...line });
  blocks.sort((a, b) => b.top - a.top);
  return { blocks, hasText, hasImages };
}
