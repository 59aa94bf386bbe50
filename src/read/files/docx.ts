/**
 * .docx → a cell grid. The zip is opened with fflate (zip.ts) and only the main document part
 * (word/document.xml, or where _rels/.rels points) is unpacked, piece by piece, into a small
 * streaming scanner (xml.ts): the document is never held whole, as a tree or as text.
 *
 * Read: tables (`w:tbl`/`w:tr`/`w:tc`) with `w:gridSpan` and `w:gridBefore` (a cell's column
 * is its first grid column), vertically merged cells (`w:vMerge`: the merged cell appears
 * once, in its first row; the continuing cells are empty), text of `w:t` runs, `w:tab` as a tab, `w:br`/`w:cr`
 * and paragraphs inside a cell as line breaks, inserted text (`w:ins`, `w:moveTo`) kept and
 * deleted text (`w:del`, `w:moveFrom`) skipped, the new properties of a tracked change kept and
 * the old ones (`w:tcPrChange` …) skipped, `mc:Fallback` skipped (its `mc:Choice` is read).
 * A table nested in a cell is read in place as a table of its own (grid-builder.ts).
 * Paragraphs outside tables are rows of their own, split at tabs and line breaks like text;
 * an empty one is a gap. Not read: text boxes (said in a note), headers, footers, footnotes,
 * comments. Places: `表1 第3行 第2格` (table in document order, row, grid column) and `第5段`
 * (the 5th paragraph outside tables, empty ones counted).
 */
import { TextDecoder } from "node:util";
import type { Grid } from "../grid.js";
import { InputError } from "../errors.js";
import { GridBuilder, type TableRows } from "./grid-builder.js";
import { attribute, XmlScanner, type XmlHandler } from "./xml.js";
import { partText, unpack, zipEntries, type ZipEntry } from "./zip.js";

const WORD_NAMESPACES = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main", // transitional (what Word and WPS write)
  "http://purl.oclc.org/ooxml/wordprocessingml/main", // strict
]);

/**
 * Elements whose content is not part of the document as it reads now (`Fallback`: mc:Fallback),
 * and `tabs`, whose `w:tab` children are tab stops, not tab characters.
 */
const SKIPPED = new Set([
  "del", "moveFrom", "txbxContent", "instrText", "Fallback", "tabs",
  "tcPrChange", "trPrChange", "tblPrChange", "tblGridChange", "pPrChange", "rPrChange", "sectPrChange",
]);
/** The WordprocessingML elements the reader acts on; every other tag is passed over. */
const HANDLED = new Set([
  "p", "t", "tab", "ptab", "br", "cr", "noBreakHyphen", "sym", "tbl", "tr", "tc", "gridBefore", "gridSpan", "pStyle", "outlineLvl",
]);

/** Cells wider than this are a damaged file, not a table (Word allows 63 columns). */
const MAX_SPAN = 1000;

export function readGrid(bytes: Uint8Array, path: string): Grid {
  const entries = zipEntries(bytes, path);
  const entry = entries.get(mainPart(bytes, entries, path));
  if (!entry) throw new InputError(path, "a zip archive without word/document.xml: not a Word document");
  const builder = new GridBuilder("docx");
  const styles = optionalPart(bytes, entries, "word/styles.xml", path, (why) => builder.notes.push(`word/styles.xml not read (${why}): headings are read as plain paragraphs`));
  const handler = new DocxHandler(builder, headingLevels(styles ?? ""));
  const scanner = new XmlScanner(handler);
  handler.scanner = scanner;
  let decoder: TextDecoder | undefined;
  for (const chunk of unpack(bytes, entry, path)) {
    decoder ??= new TextDecoder(chunk[0] === 0xff && chunk[1] === 0xfe ? "utf-16le" : chunk[0] === 0xfe && chunk[1] === 0xff ? "utf-16be" : "utf-8");
    scanner.push(decoder.decode(chunk, { stream: true }));
  }
  if (decoder) scanner.push(decoder.decode());
  if (!scanner.end()) throw new InputError(path, `damaged: ${entry.name} ends inside a tag; save the document again`);
  handler.finish();
  if (handler.textBoxes > 0) builder.notes.push(`${handler.textBoxes} text box(es) (文本框) not read: a declaration's cells are in tables and paragraphs`);
  return builder.grid();
}

/**
 * A part the document can be read without (styles, relationships): when it is damaged or too
 * large, a note says so and reading goes on.
 */
function optionalPart(bytes: Uint8Array, entries: Map<string, ZipEntry>, name: string, path: string, note: (why: string) => void): string | undefined {
  try {
    return partText(bytes, entries, name, path, 16 * 1024 * 1024);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    note(error.reason);
    return undefined;
  }
}

/** The main document part: where _rels/.rels points, else word/document.xml. */
function mainPart(bytes: Uint8Array, entries: Map<string, ZipEntry>, path: string): string {
  const rels = optionalPart(bytes, entries, "_rels/.rels", path, () => {}); // damaged: word/document.xml, as without one
  for (const tag of rels?.match(/<(?:\w+:)?Relationship\b[^>]*>/g) ?? []) {
    if (!/\/officeDocument$/.test(attribute(tag, "Type") ?? "")) continue;
    const target = (attribute(tag, "Target") ?? "").replace(/^\.?\//, "");
    if (entries.has(target)) return target;
  }
  return "word/document.xml";
}

/**
 * Paragraph styles that are headings, by style id: their outline level (0 for 标题 1 /
 * Heading 1 …), own or inherited through `w:basedOn`; the Title style counts as level 0.
 */
export function headingLevels(styles: string): Map<string, number> {
  const own = new Map<string, { level?: number; basedOn?: string }>();
  for (const m of styles.matchAll(/<(?:\w+:)?style\b([^>]*)>([^]*?)<\/(?:\w+:)?style>/g)) {
    const id = /\bstyleId\s*=\s*"([^"]*)"/.exec(m[1])?.[1];
    if (!id || !/\btype\s*=\s*"paragraph"/.test(m[1])) continue;
    const body = m[2];
    const level = /<(?:\w+:)?outlineLvl\b[^>]*\bval\s*=\s*"(\d+)"/.exec(body)?.[1];
    const name = /<(?:\w+:)?name\b[^>]*\bval\s*=\s*"([^"]*)"/.exec(body)?.[1];
    const basedOn = /<(?:\w+:)?basedOn\b[^>]*\bval\s*=\s*"([^"]*)"/.exec(body)?.[1];
    own.set(id, { level: level !== undefined ? Number(level) : /^title$/i.test(name ?? "") ? 0 : undefined, basedOn });
  }
  const levels = new Map<string, number>();
  for (const id of own.keys()) {
    let style = own.get(id);
    for (let hops = 0; style && style.level === undefined && style.basedOn && hops < 20; hops++) style = own.get(style.basedOn);
    if (style?.level !== undefined && style.level < 9) levels.set(id, style.level);
  }
  return levels;
}

/**
 * A cell being read. The lower parts of a vertically merged cell (`w:vMerge` without
 * `restart`) and old-style horizontal merges (`w:hMerge`) are cells of their own in the XML,
 * empty as Word saves them: read as any cell, they leave their columns empty, as the grid
 * wants; text in one (Word keeps none) is kept rather than lost.
 */
interface OpenCell {
  column: number;
  span: number;
  lines: string[];
}

interface OpenTable {
  rows: TableRows;
  /** The grid column the next cell starts at. */
  next: number;
  rowOpen: boolean;
  cell: OpenCell | null;
}

class DocxHandler implements XmlHandler {
  scanner!: XmlScanner;
  rooted = false;
  textBoxes = 0;
  /** The prefix WordprocessingML elements carry (`w`), "" for a default namespace. */
  private prefix = "w:";
  private skip = 0;
  private inText = false;
  private paragraph: string | null = null;
  /** The outline level of the current paragraph (0 for a level-1 heading), when it is a heading. */
  private level: number | undefined;
  private readonly tables: OpenTable[] = [];
  private paragraphs = 0;
  /** What each tag name is to the reader (its local name, or "" when passed over), worked out once. */
  private readonly kinds = new Map<string, string>();

  constructor(private readonly builder: GridBuilder, private readonly headings: Map<string, number>) {}

  open(name: string, selfClosing: boolean): void {
    if (!this.rooted) return this.root(this.scanner.tag());
    const local = this.kind(name);
    if (local === "") return;
    if (this.skip > 0) {
      if (!selfClosing && SKIPPED.has(local)) this.skip++;
      return;
    }
    if (SKIPPED.has(local)) {
      if (selfClosing) return; // a marker in properties (a deleted paragraph mark …)
      if (local === "txbxContent") this.textBoxes++;
      this.skip = 1;
      return;
    }
    const table = this.tables.at(-1);
    switch (local) {
      case "p": this.paragraph ??= ""; if (selfClosing) this.endParagraph(); break;
      case "pStyle": this.level = this.headings.get(this.value() ?? ""); break;
      case "outlineLvl": {
        const level = this.number();
        this.level = level < 9 ? level : undefined;
        break;
      }
      case "t": this.inText = !selfClosing; break;
      case "tab": case "ptab": this.add("\t"); break;
      case "br": case "cr": this.add("\n"); break;
      case "noBreakHyphen": this.add("-"); break;
      case "sym": {
        const code = parseInt(attribute(this.scanner.tag(), `${this.prefix}char`) ?? "", 16);
        if (code > 0 && code < 0xf000) this.add(String.fromCharCode(code)); // F0xx: a symbol font's glyph, no text
        break;
      }
      case "tbl": this.openTable(); if (selfClosing) this.closeTable(); break;
      case "tr": this.startRow(); if (selfClosing) this.endRow(); break;
      case "tc": this.startCell(); if (selfClosing) this.endCell(); break;
      case "gridBefore":
        if (table?.rowOpen && !table.cell) table.next += this.number();
        break;
      case "gridSpan":
        if (table?.cell) table.cell.span = Math.max(1, this.number());
        break;
    }
  }

  close(name: string): void {
    const local = this.kind(name);
    if (local === "") return;
    if (this.skip > 0) {
      if (SKIPPED.has(local)) this.skip--;
      return;
    }
    switch (local) {
      case "t": this.inText = false; break;
      case "p": this.endParagraph(); break;
      case "tc": this.endCell(); break;
      case "tr": this.endRow(); break;
      case "tbl": this.closeTable(); break;
    }
  }

  text(text: string): void {
    if (this.inText && this.skip === 0) this.add(text);
  }

  /** The end of the part: whatever is still open is closed. */
  finish(): void {
    this.endParagraph();
    while (this.tables.length > 0) this.closeTable();
  }

  /** The root element names the WordprocessingML namespace's prefix (`w:` when it does not). */
  private root(tag: string): void {
    this.rooted = true;
    for (const m of tag.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      if (WORD_NAMESPACES.has(m[2] ?? m[3])) this.prefix = m[1] ? `${m[1]}:` : "";
    }
  }

  private kind(name: string): string {
    let kind = this.kinds.get(name);
    if (kind === undefined) {
      const local = this.prefix === "" ? (name.includes(":") ? undefined : name) : name.startsWith(this.prefix) ? name.slice(this.prefix.length) : undefined;
      kind = name.endsWith(":Fallback") ? "Fallback" : local !== undefined && (HANDLED.has(local) || SKIPPED.has(local)) ? local : "";
      if (this.kinds.size < 10_000) this.kinds.set(name, kind); // a hostile part may use millions of names
    }
    return kind;
  }

  private value(): string | undefined {
    return attribute(this.scanner.tag(), `${this.prefix}val`);
  }

  private number(): number {
    const n = parseInt(this.value() ?? "1", 10);
    return Number.isFinite(n) ? Math.min(Math.max(n, 0), MAX_SPAN) : 1;
  }

  private add(text: string): void {
    this.paragraph = (this.paragraph ?? "") + text;
  }

  private endParagraph(): void {
    const text = this.paragraph;
    const level = this.level;
    if (text === null) return;
    this.paragraph = null;
    this.level = undefined;
    this.inText = false;
    const cell = this.tables.at(-1)?.cell;
    if (cell) { cell.lines.push(text); return; }
    // Outside tables: a row per line, split at tabs as text is; an empty paragraph is a gap;
    // a heading reads as the Markdown heading the text reader knows (`# 汇总表`).
    const where = `第${++this.paragraphs}段`;
    const lines = text.split("\n").filter((line) => line.trim() !== "");
    if (level !== undefined && lines.length > 0) lines[0] = `${"#".repeat(level + 1)} ${lines[0].trim()}`;
    if (lines.length === 0) this.builder.gap();
    for (const line of lines) this.builder.textRow(line.split("\t"), where);
  }

  private openTable(): void {
    this.endParagraph();
    const outer = this.tables.at(-1);
    if (outer?.cell) {
      outer.rows.cutAt(outer.cell.lines.join("\n"), outer.cell.column);
      outer.cell.lines = [];
    }
    this.tables.push({ rows: this.builder.table(), next: 1, rowOpen: false, cell: null });
  }

  private closeTable(): void {
    if (this.tables.length === 0) return;
    this.endRow();
    this.tables.pop();
  }

  private startRow(): void {
    const table = this.tables.at(-1);
    if (!table) return;
    this.endRow();
    table.rows.startRow();
    table.next = 1;
    table.rowOpen = true;
  }

  private endRow(): void {
    const table = this.tables.at(-1);
    if (!table?.rowOpen) return;
    this.endCell();
    table.rows.endRow();
    table.rowOpen = false;
  }

  private startCell(): void {
    const table = this.tables.at(-1);
    if (!table) return;
    if (!table.rowOpen) this.startRow();
    this.endCell();
    table.cell = { column: table.next, span: 1, lines: [] };
  }

  private endCell(): void {
    const table = this.tables.at(-1);
    const cell = table?.cell;
    if (!table || !cell) return;
    this.endParagraph();
    table.cell = null;
    table.next += cell.span;
    table.rows.cell(cell.lines.join("\n"), cell.column);
  }
}
