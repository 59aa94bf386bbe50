/**
 * Tables continued over pages. A table part at the end of a page and one at the start of the
 * next (nothing but page furniture between) with the same outer edges and mostly the same column
 * lines are parts of one table: a chain. Within a chain:
 * - columns are numbered over the column lines of all parts, so a column keeps its number;
 * - a merged cell cut by a page break (open at the bottom of one part, open at the top of the
 *   next, over the same columns) is one cell: its text is read once, in the cell's first row,
 *   wherever the producer printed it (Calc prints it in each part, centred on the whole range and
 *   clipped — often off the page; other producers print it in one part only);
 * - rows at the top of a later part that repeat the table's first rows (a header printed on each
 *   page) are read once.
 */
import type { Block, TableBlock } from "./page.js";
import { cluster, TOLERANCE, type TableCell } from "./tables.js";

/** A cell's text and where it was read. */
export interface PlacedText {
  text: string;
  where: string;
}

export interface Chains {
  /** The part each continued part runs on from. */
  continuedFrom: Map<TableBlock, TableBlock>;
  /** Each part's chain (all its table's parts, in order). */
  chainOf: Map<TableBlock, TableBlock[]>;
  /** Each chain's column edges. */
  columnsOf: Map<TableBlock[], number[]>;
}

/** Chains of parts over a document's blocks (in reading order, furniture left out). */
export function chainTables(placed: Array<{ page: number; block: Block }>): Chains {
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
  return { continuedFrom, chainOf, columnsOf };
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

/**
 * The texts of a chain's cells with their places, merged cells cut by page breaks joined: the
 * text goes to the cell's part in its first part, with the place where it was printed; a copy
 * of it in a later part is left out (a different text stays where it is).
 */
export function chainTexts(chain: TableBlock[], whereOf: (block: TableBlock, cell: TableCell) => string): Map<TableBlock, Map<TableCell, PlacedText>> {
  const texts = new Map<TableBlock, Map<TableCell, PlacedText>>();
  for (const block of chain) {
    texts.set(block, new Map([...block.texts].map(([cell, text]) => [cell, { text, where: whereOf(block, cell) }])));
  }
  // Follow each cut cell from its first part down the chain.
  const first = new Map<TableCell, { block: TableBlock; cell: TableCell }>();
  for (let k = 1; k < chain.length; k++) {
    const above = chain[k - 1], below = chain[k];
    for (const cell of below.table.cells) {
      if (cell.open !== "top") continue;
      const cut = above.table.cells.find((c) => c.open === "bottom"
        && Math.abs(c.box.x0 - cell.box.x0) <= TOLERANCE && Math.abs(c.box.x1 - cell.box.x1) <= TOLERANCE);
      if (!cut) continue;
      const origin = first.get(cut) ?? { block: above, cell: cut };
      first.set(cell, origin);
      const kept = texts.get(origin.block)!, here = texts.get(below)!;
      const text = here.get(cell);
      if (!text) continue;
      const head = kept.get(origin.cell);
      if (!head) { kept.set(origin.cell, text); here.delete(cell); }
      else if (head.text === text.text) here.delete(cell);
    }
  }
  return texts;
}

/** A part's rows that have text: each cell in the row it starts in, left to right. */
export function partRows(block: TableBlock, texts: Map<TableCell, PlacedText>): Array<{ index: number; cells: Array<{ cell: TableCell } & PlacedText> }> {
  const byRow = new Map<number, { index: number; cells: Array<{ cell: TableCell } & PlacedText> }>();
  for (const cell of block.table.cells) {
    const text = texts.get(cell);
    if (text === undefined) continue;
    const row = byRow.get(cell.row) ?? { index: cell.row, cells: [] };
    row.cells.push({ cell, ...text });
    byRow.set(cell.row, row);
  }
  return [...byRow.values()].sort((a, b) => a.index - b.index);
}

/** How many rows at the top of a later part repeat the table's first rows (a header printed on each page). */
export function repeatedHeaderRows(first: TableBlock, part: TableBlock): number {
  const key = (block: TableBlock, index: number) => block.table.cells.filter((c) => c.row === index).map((c) => block.texts.get(c) ?? "").join("\t");
  const rows = Math.min(first.table.ys.length, part.table.ys.length) - 1;
  let k = 0;
  // The first part must have more than the repeated rows (else it is all header, and so is the next).
  while (k < rows && k < first.table.ys.length - 2 && key(part, k).replace(/\t/g, "") !== "" && key(part, k) === key(first, k)) k++;
  return k;
}
