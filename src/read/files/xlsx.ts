/**
 * Workbooks — .xlsx/.xlsm (a zip of XML) and Excel 97–2003 .xls (an OLE2 compound file) — into
 * a cell grid, through SheetJS (@e965/xlsx, loaded only when a workbook is read). Every visible
 * sheet in order, an empty row between sheets and a sheet's own empty rows kept (bounded); a
 * merged cell once, at its first cell; the text
 * as displayed (see xlsx-cells.ts); each cell's place as `Sheet1!C12`. Hidden sheets are skipped,
 * hidden rows and columns read, and both said once in the grid's notes, as are formulas that have
 * no saved value. A file that cannot be read as a workbook — encrypted, truncated or corrupt, a
 * zip bomb, a Word document — is an InputError with the reason, before SheetJS sees it where
 * that can be told from the container.
 */
import type { Grid, GridCell, GridRow } from "../grid.js";
import { InputError } from "../errors.js";
import { checkZip, ZipRefused } from "./zip-guard.js";
import { cellText, columnName, formulaWithoutValue, sheetPrefix, type SheetCell } from "./xlsx-cells.js";

type SheetJS = typeof import("@e965/xlsx");
type Book = ReturnType<SheetJS["read"]>;
interface Range { s: { r: number; c: number }; e: { r: number; c: number } }

export async function readGrid(bytes: Uint8Array, path: string): Promise<Grid> {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (zip) {
    try {
      checkZip(bytes);
    } catch (error) {
      if (error instanceof ZipRefused) throw new InputError(path, error.message);
      throw error;
    }
  }
  const XLSX = await import("@e965/xlsx");
  if (!zip) await checkCompoundFile(XLSX, bytes, path);
  let book: Book;
  try {
    book = XLSX.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      type: "buffer",
      dense: true,
      cellStyles: true, // hidden rows and columns (and number formats, stub cells)
      cellFormula: zip, // to tell a formula without a saved value; an .xls always saves one
      cellHTML: false,
      cellDates: false,
      bookVBA: false,
    });
  } catch (error) {
    throw new InputError(path, reasonOf(error));
  }
  return gridOf(book, zip ? "xlsx" : "xls");
}

/** SheetJS's error, in the words perfgoal uses for a file it cannot read. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/password|encrypt/i.test(message)) return "is password-protected: remove the password (save a copy without one) and try again";
  if (error instanceof RangeError) return `is corrupt or too large to read as a workbook (${message})`;
  return `is corrupt or truncated: it cannot be read as a workbook (${message.split("\n")[0]!.slice(0, 120)})`;
}

/**
 * An OLE2 compound file is an Excel 97–2003 workbook only when it holds a Workbook (or Book)
 * stream; an encrypted .xlsx is one too, holding an EncryptedPackage stream. Word and
 * PowerPoint 97–2003 files are compound files as well: say what they are.
 */
async function checkCompoundFile(XLSX: SheetJS, bytes: Uint8Array, path: string): Promise<void> {
  let names: Set<string>;
  try {
    const container = XLSX.CFB.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: "buffer" }) as { FullPaths: string[] };
    names = new Set(container.FullPaths.map((full) => full.replace(/\/$/, "").split("/").pop()!.toUpperCase()));
  } catch {
    throw new InputError(path, "is corrupt or truncated: not a readable Excel 97–2003 file (its OLE2 container is damaged or cut short)");
  }
  if (names.has("ENCRYPTEDPACKAGE") || names.has("ENCRYPTIONINFO")) {
    throw new InputError(path, "is password-protected (an encrypted Excel workbook): remove the password (save a copy without one) and try again");
  }
  if (names.has("WORKBOOK")) return;
  if (names.has("BOOK")) {
    // Excel 5/95: strings in the workbook's code page (GBK for Chinese), which needs SheetJS's tables.
    const tables = await import("@e965/xlsx/dist/cpexcel.full.mjs");
    XLSX.set_cptable(tables);
    return;
  }
  if (names.has("WORDDOCUMENT")) throw new InputError(path, "is a Word 97–2003 .doc file, not a workbook: save it as .docx (Word or WPS: 另存为 .docx)");
  if (names.has("POWERPOINT DOCUMENT")) throw new InputError(path, "is a PowerPoint 97–2003 file, not a workbook or declaration");
  throw new InputError(path, "is an Office 97–2003 (OLE2) file without a workbook in it");
}

/** What is said once about a file: a count and the first place. */
class Tally {
  count = 0;
  first = "";
  add(where: string): void {
    if (this.count++ === 0) this.first = where;
  }
}

/**
 * Empty rows inside a sheet are kept, so that in the first sheet grid line n is sheet row n (the
 * line numbers some messages quote are then the row numbers a person sees); past this many in a
 * file, a run of empty rows becomes one, so a sheet with a cell at row 1,000,000 stays small.
 */
const EMPTY_ROWS_KEPT = 100_000;

function gridOf(book: Book, format: "xlsx" | "xls"): Grid {
  const rows: GridRow[] = [];
  const hiddenSheets: string[] = [];
  const hidden = new Tally();
  const noValue = new Tally();
  const underMerge = new Tally();
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  let emptyBudget = EMPTY_ROWS_KEPT;
  const empty = (count: number) => {
    const kept = count <= emptyBudget ? count : Math.min(count, 1);
    emptyBudget = Math.max(0, emptyBudget - kept);
    for (let i = 0; i < kept; i++) rows.push({ cells: [] });
  };

  book.SheetNames.forEach((name, index) => {
    if (book.Workbook?.Sheets?.[index]?.Hidden) {
      hiddenSheets.push(name);
      return;
    }
    const sheet = book.Sheets[name] as Record<string, unknown> | undefined;
    const data = sheet?.["!data"] as Array<Array<SheetCell | undefined> | undefined> | undefined;
    if (!sheet || !data) return; // a chart sheet: no cells
    const prefix = sheetPrefix(name);
    const hiddenRows = (sheet["!rows"] ?? []) as Array<{ hidden?: boolean } | undefined>;
    const hiddenColumns = (sheet["!cols"] ?? []) as Array<{ hidden?: boolean } | undefined>;
    const merges = new Merges((sheet["!merges"] ?? []) as Range[]);
    // One empty row between sheets, so that their tables do not run together.
    let pending = rows.length > 0 ? 1 : 0;
    for (let r = 0; r < data.length; r++) {
      const row = data[r];
      if (!row) { pending++; continue; }
      merges.moveTo(r);
      const cells: GridCell[] = [];
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (!cell) continue;
        const where = () => `${prefix}${columnName(c)}${r + 1}`;
        const text = cellText(cell, date1904);
        if (merges.covers(r, c)) {
          if (text.trim().length > 0) underMerge.add(where());
          continue;
        }
        if (formulaWithoutValue(cell)) { noValue.add(where()); continue; }
        if (text.trim().length === 0) continue;
        const place = where();
        if (hiddenRows[r]?.hidden || hiddenColumns[c]?.hidden) hidden.add(place);
        cells.push({ text, column: c + 1, where: place });
      }
      if (cells.length === 0) { pending++; continue; }
      empty(pending);
      pending = 0;
      rows.push({ cells });
    }
  });

  const notes: string[] = [];
  if (hiddenSheets.length > 0) {
    const names = hiddenSheets.slice(0, 10).map((n) => `'${n}'`).join(", ") + (hiddenSheets.length > 10 ? ` and ${hiddenSheets.length - 10} more` : "");
    notes.push(`${hiddenSheets.length} hidden sheet(s) skipped: ${names}`);
  }
  if (hidden.count > 0) notes.push(`${hidden.count} cell(s) in hidden rows or columns were read (first at ${hidden.first})`);
  if (noValue.count > 0) {
    notes.push(`${noValue.count} formula cell(s) have no saved value and were read as empty (first at ${noValue.first}): open the workbook in Excel or WPS and save it to compute them`);
  }
  if (underMerge.count > 0) notes.push(`${underMerge.count} cell(s) hidden under merged cells were not read (first at ${underMerge.first}): a merged range shows only its first cell`);
  return { format, rows, notes };
}

/**
 * The merged ranges of a sheet, visited row by row: the ranges that span the current row,
 * ordered by first column, so telling whether a cell lies under one (and not at its first
 * cell) costs no more than a walk along the row.
 */
class Merges {
  private readonly byStart: Range[];
  private next = 0;
  private active: Range[] = [];
  private cursor = 0;

  constructor(ranges: Range[]) {
    this.byStart = ranges.filter((m) => m.e.r > m.s.r || m.e.c > m.s.c).sort((a, b) => a.s.r - b.s.r);
  }

  moveTo(row: number): void {
    let changed = false;
    while (this.next < this.byStart.length && this.byStart[this.next]!.s.r <= row) {
      this.active.push(this.byStart[this.next++]!);
      changed = true;
    }
    if (this.active.some((m) => m.e.r < row)) {
      this.active = this.active.filter((m) => m.e.r >= row);
      changed = true;
    }
    if (changed) this.active.sort((a, b) => a.s.c - b.s.c);
    this.cursor = 0;
  }

  /** Whether the cell lies in a merged range other than at its first cell (columns asked in order). */
  covers(row: number, column: number): boolean {
    const active = this.active;
    while (this.cursor < active.length && active[this.cursor]!.e.c < column) this.cursor++;
    for (let k = this.cursor; k < active.length && active[k]!.s.c <= column; k++) {
      const m = active[k]!;
      if (column <= m.e.c) return !(row === m.s.r && column === m.s.c);
    }
    return false;
  }
}
