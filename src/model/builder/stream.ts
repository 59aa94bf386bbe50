/**
 * Read a document table by table: rows (from text or a file's grid) flow through the
 * wrapped-label joiner and the table segmenter, and each table is built into a project as
 * soon as the next one starts. Only the open table's rows are held, so memory does not grow
 * with the size of the input (a district's export can be 30 MB).
 */
import type { RawRow } from "../../../grammar/parser.js";
import { classifyCell, isLabel } from "../../../grammar/cell-kinds.js";
import { judgeTable } from "./confidence.js";
import type { Cell, Place, ProjectNode } from "../nodes.js";
import type { MoneyUnit } from "../../../grammar/money.js";
import { placeOf } from "../nodes.js";
import { CellLedger } from "./ledger.js";
import { WrappedLabelJoiner, type Row } from "./join-labels.js";
import { buildTable } from "./table.js";
import type { TableRows } from "./table.js";

const YEAR_IN_TITLE = /(\d{4})\s*年/;

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
  /** Cells read as labels of the form, in the whole document (a text with many has a declaration in it). */
  labelCount?: number;
  /** A money unit said before the first table (`单位：万元`), for every table that says none. */
  unit?: MoneyUnit;
}

/** `项目名称：乡村公路养护`, `年度资金总额：350万元`: a label and its value in one cell (Word forms). */
const INLINE_LABEL = /^((?:其中[:：])?[^:：\s]{2,16})\s*[:：]\s*(\S.*)$/s;
const SPLIT_KINDS = new Set(["field", "fundLabel", "goalHeading"]);

/** A cell holding a label and its value is read as the two cells it stands for. */
function splitInlineLabel(cell: Cell): Cell[] {
  if (cell.kind.kind !== "text" && cell.kind.kind !== "value" && cell.kind.kind !== "amount") return [cell];
  const match = INLINE_LABEL.exec(cell.text);
  if (!match) return [cell];
  const labelKind = classifyCell(match[1]);
  if (!SPLIT_KINDS.has(labelKind.kind)) return [cell];
  const at = cell.text.length - match[2].length;
  const label: Cell = { ...cell, text: match[1], kind: labelKind };
  const value: Cell = { ...cell, text: match[2], offset: cell.offset + at, column: cell.column + at, kind: classifyCell(match[2]) };
  return [label, value];
}

/** The rows with their cells classified (in place: the parser's cells become the model's cells). */
export function* classified(rows: Iterable<RawRow>, head: DocumentHead): Generator<Row> {
  let labels = 0;
  for (const raw of rows) {
    let cells = raw.cells as Cell[];
    let split = false;
    for (const cell of cells) {
      cell.kind = classifyCell(cell.text);
      if (cell.text.length <= 200 && hasColon(cell.text) && splitInlineLabel(cell).length > 1) split = true;
    }
    if (split) cells = cells.flatMap(splitInlineLabel);
    for (const cell of cells) {
      if (isLabel(cell.kind) && cell.kind.kind !== "nonData") labels++;
      else if (cell.kind.kind === "text" && cell.text.length >= FORM_WORD_LENGTH && cell.text.length < 4096) labels += labelsInside(cell.text);
    }
    head.labelCount = labels;
    yield { line: raw.line, cells, family: raw.family, accounted: raw.accounted?.length };
  }
}

/** Whether a text has a colon, half- or full-width (one pass: most cells have none). */
function hasColon(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a || c === 0xff1a) return true;
  }
  return false;
}

/** Words only a declaration form prints: text with them run together holds a declaration, read or not. */
const FORM_WORDS = /项目名称|一级指标|二级指标|三级指标|年度指标值|绩效目标(?:申报)?表|年度资金|产出指标|满意度指标/g;
/** The shortest of them. */
const FORM_WORD_LENGTH = 4;

function labelsInside(text: string): number {
  FORM_WORDS.lastIndex = 0;
  let n = 0;
  while (n < 3 && FORM_WORDS.exec(text)) n++;
  return n;
}

/** Rows before the first table are handed on in batches of this many, not held (100 MB of unrelated text). */
const ORPHAN_BATCH = 1000;
/** … and as soon as they hold this many cells (a line of 20 MB of cells comes as rows of 10,000). */
const ORPHAN_CELLS = 10_000;

/** The cells of rows, the lower halves of joined labels included (labels a front end supplied are no cells of the input). */
function cellsOf(rows: Row[]): Cell[] {
  const out: Cell[] = [];
  for (const row of rows) for (const cell of row.cells) {
    if (!cell.synthetic) out.push(cell);
    if (cell.joined) out.push(cell.joined);
  }
  return out;
}

/**
 * The tables of a document's rows (text or a file's grid), one at a time. `head` is filled in
 * as the document title is read (it precedes the first table).
 */
export function* readTables(rows: Iterable<RawRow>, head: DocumentHead): Generator<TableRead> {
  const joiner = new WrappedLabelJoiner();
  /** `accounted`: cells a front end took care of (a flat export's heading, copies of a project's cells): placed. */
  let open: (TableRows & { ledger: CellLedger; hasName: boolean; accounted: number }) | null = null;
  let orphans: Row[] = [];
  let orphanCells = 0;
  let preamblePlaced = 0;

  /** A document-level cell before the first table (the 汇总表 title, a unit note); the rest of its row is not placed. */
  const preamble = (cell: Cell, row: Row) => {
    if (!cell.synthetic) preamblePlaced += 1;
    const rest = row.cells.filter((c) => c !== cell);
    if (rest.length > 0) orphans.push({ line: row.line, cells: rest });
  };

  /** Tables (and batches of cells before the first) read and not yet handed on. */
  const ready: TableRead[] = [];

  function close(): void {
    if (orphans.length > 0 || preamblePlaced > 0) {
      const cells = cellsOf(orphans);
      ready.push({ unplaced: cells, cellCount: cells.length + preamblePlaced, placedCount: preamblePlaced });
      orphans = [];
      orphanCells = 0;
      preamblePlaced = 0;
    }
    if (!open) return;
    const table = open;
    open = null;
    const project = buildTable(table, table.ledger, head);
    const cells = cellsOf(table.rows);
    const unplaced = table.ledger.unplaced(cells);
    const titleCell = table.title && !(table.title as Cell).synthetic ? 1 : 0;
    const cellCount = cells.length + titleCell + table.accounted, placedCount = cellCount - unplaced.length;
    project.layout = judgeTable(project, { family: table.rows[0]?.family ?? "tabular", cells: cellCount, placed: placedCount }, unplaced);
    ready.push({ project, unplaced, cellCount, placedCount });
  }

  function take(row: Row): void {
    // The first cell of each kind that opens or heads a table, in one pass over the row.
    let formTitle: Cell | undefined, heading: Cell | undefined, nameField: Cell | undefined, note: Cell | undefined;
    for (const cell of row.cells) {
      const kind = cell.kind;
      if (kind.kind === "formTitle") formTitle ??= cell;
      else if (kind.kind === "heading") heading ??= cell;
      else if (kind.kind === "field") { if (kind.field === "name") nameField ??= cell; }
      else if (kind.kind === "unitNote") note ??= cell;
    }
    if (formTitle && formTitle.kind.kind === "formTitle") {
      // The same title printed twice (a page header, a cover line) opens one table, not an empty one and another.
      if (open && open.rows.length === 0 && open.title) {
        if (!(open.title as Cell).synthetic) preamblePlaced += 1;
        open = { ...open, title: { ...placeOf(formTitle), text: formTitle.kind.title } };
        const rest = row.cells.filter((c) => c !== formTitle);
        if (rest.length > 0) open.rows.push({ line: row.line, cells: rest });
        return;
      }
      close();
      open = { title: { ...placeOf(formTitle), text: formTitle.kind.title }, rows: [], ledger: new CellLedger(), hasName: false, accounted: 0 };
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
    if (note && note.kind.kind === "unitNote" && !open) {
      head.unit = note.kind.unit;
      preamble(note, row);
      return;
    }
    if (nameField && (!open || open.hasName)) {
      close();
      open = { title: null, rows: [], ledger: new CellLedger(), hasName: false, accounted: 0 };
    }
    if (!open) {
      if (row.cells[0]?.kind.kind === "nonData") {
        // A page mark, `附件1` or a note before the first table: recognised, not data.
        for (const cell of row.cells) preamble(cell, { line: row.line, cells: [] });
        return;
      }
      orphans.push(row); // cells before any table stay unplaced and are reported
      orphanCells += row.cells.length;
      if (orphans.length >= ORPHAN_BATCH || orphanCells >= ORPHAN_CELLS) close();
      return;
    }
    if (nameField) open.hasName = true;
    open.rows.push(row);
  }

  function takeCounting(row: Row): void {
    take(row);
    if (open) open.accounted += row.accounted ?? 0;
    else preamblePlaced += row.accounted ?? 0;
  }
  for (const row of classified(rows, head)) {
    const released = joiner.push(row);
    if (released) takeCounting(released);
    if (ready.length > 0) yield* ready.splice(0);
  }
  const last = joiner.finish();
  if (last) takeCounting(last);
  close();
  yield* ready.splice(0);
}
