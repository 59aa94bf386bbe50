/**
 * Read a text table by table: slices of lines are lexed and parsed one at a time, rows flow
 * through the wrapped-label joiner and the table segmenter, and each table is built into a
 * project as soon as the next one starts. Only the open table's rows are held, so memory
 * does not grow with the size of the input (a district's export can be 30 MB).
 */
import { parseSlice } from "../../../grammar/parser.js";
import { classifyCell } from "../../../grammar/cell-kinds.js";
import type { Cell, Place, ProjectNode } from "../nodes.js";
import type { MoneyUnit } from "../../../grammar/money.js";
import { placeOf } from "../nodes.js";
import { CellLedger } from "./ledger.js";
import { WrappedLabelJoiner, type Row } from "./join-labels.js";
import { buildTable } from "./table.js";
import type { TableRows } from "./table.js";

/** About this many characters are lexed at a time (cut at a line end). */
const SLICE = 16 * 1024;
const YEAR_IN_TITLE = /(\d{4})\s*年/;
const MARKDOWN_RULE = /^:?-{3,}:?$/;

export interface TableRead {
  /** The project built from the table; absent for cells before the first table. */
  project?: ProjectNode;
  /** Cells of the table (or before any table) that could not be placed. */
  unplaced: Cell[];
  cellCount: number;
  placedCount: number;
}

export interface DocumentHead {
  title: Place | null;
  year: number | null;
  /** A money unit said before the first table (`单位：万元`), for every table that says none. */
  unit?: MoneyUnit;
}

/** Slices of a piece of text, about `size` characters each, cut after a line end. */
function* slices(text: string, size: number): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = start + size;
    if (end >= text.length) end = text.length;
    else {
      const lf = text.indexOf("\n", end);
      if (lf !== -1) end = lf + 1;
      else {
        const cr = text.indexOf("\r", end);
        end = cr === -1 ? text.length : cr + 1;
      }
    }
    yield start === 0 && end === text.length ? text : text.slice(start, end);
    start = end;
  }
}

/** Rows of the text with classified cells, slice by slice; places count from the whole text. */
function* rowsOf(pieces: Iterable<string>, size: number): Generator<Row> {
  let line = 1, offset = 0;
  for (const piece of pieces) {
    for (const slice of slices(piece, size)) {
      const { rows, nextLine } = parseSlice(slice, line, offset);
      line = nextLine;
      offset += slice.length;
      for (const raw of rows) {
        if (raw.cells.length === 0) continue;
        if (raw.piped && raw.cells.every((c) => MARKDOWN_RULE.test(c.text))) continue;
        // The parser's cells become the model's cells: classified in place, not copied.
        const cells = raw.cells as Cell[];
        for (const cell of cells) cell.kind = classifyCell(cell.text);
        yield { line: raw.line, cells };
      }
    }
  }
}

/** The cells of rows, the lower halves of joined labels included. */
function cellsOf(rows: Row[]): Cell[] {
  const out: Cell[] = [];
  for (const row of rows) for (const cell of row.cells) {
    out.push(cell);
    if (cell.joined) out.push(cell.joined);
  }
  return out;
}

/**
 * The tables of a text (given in pieces that end at line ends), one at a time. `head` is filled in as the document title is read
 * (it precedes the first table).
 */
export function* readTables(pieces: Iterable<string>, head: DocumentHead, sliceSize = SLICE): Generator<TableRead> {
  const joiner = new WrappedLabelJoiner();
  let open: (TableRows & { ledger: CellLedger; hasName: boolean }) | null = null;
  let orphans: Row[] = [];
  let preamblePlaced = 0;

  /** A document-level cell before the first table (the 汇总表 title, a unit note); the rest of its row is not placed. */
  const preamble = (cell: Cell, row: Row) => {
    preamblePlaced += 1;
    const rest = row.cells.filter((c) => c !== cell);
    if (rest.length > 0) orphans.push({ line: row.line, cells: rest });
  };

  function* close(): Generator<TableRead> {
    if (orphans.length > 0 || preamblePlaced > 0) {
      const cells = cellsOf(orphans);
      yield { unplaced: cells, cellCount: cells.length + preamblePlaced, placedCount: preamblePlaced };
      orphans = [];
      preamblePlaced = 0;
    }
    if (!open) return;
    const table = open;
    open = null;
    const project = buildTable(table, table.ledger, head);
    const cells = cellsOf(table.rows);
    const unplaced = table.ledger.unplaced(cells);
    const titleCell = table.title ? 1 : 0;
    yield { project, unplaced, cellCount: cells.length + titleCell, placedCount: cells.length - unplaced.length + titleCell };
  }

  function* take(row: Row): Generator<TableRead> {
    const formTitle = row.cells.find((c) => c.kind.kind === "formTitle");
    const heading = row.cells.find((c) => c.kind.kind === "heading");
    const nameField = row.cells.find((c) => c.kind.kind === "field" && c.kind.field === "name");
    if (formTitle && formTitle.kind.kind === "formTitle") {
      yield* close();
      open = { title: { ...placeOf(formTitle), text: formTitle.kind.title }, rows: [], ledger: new CellLedger(), hasName: false };
      const rest = row.cells.filter((c) => c !== formTitle);
      if (rest.length > 0) open.rows.push({ line: row.line, cells: rest });
      return;
    }
    if (heading && heading.kind.kind === "heading" && !open && head.title === null) {
      head.title = { ...placeOf(heading), text: heading.kind.title };
      const year = YEAR_IN_TITLE.exec(heading.kind.title);
      if (year) head.year = Number(year[1]);
      preamble(heading, row);
      return;
    }
    const note = row.cells.find((c) => c.kind.kind === "unitNote");
    if (note && note.kind.kind === "unitNote" && !open) {
      head.unit = note.kind.unit;
      preamble(note, row);
      return;
    }
    if (nameField && (!open || open.hasName)) {
      yield* close();
      open = { title: null, rows: [], ledger: new CellLedger(), hasName: false };
    }
    if (!open) {
      orphans.push(row); // cells before any table stay unplaced and are reported
      return;
    }
    if (nameField) open.hasName = true;
    open.rows.push(row);
  }

  for (const row of rowsOf(pieces, sliceSize)) {
    for (const ready of joiner.push(row)) yield* take(ready);
  }
  for (const ready of joiner.finish()) yield* take(ready);
  yield* close();
}
