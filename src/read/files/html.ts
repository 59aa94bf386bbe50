/**
 * .html/.htm (saved budget-disclosure pages) → a cell grid, with htmlparser2's streaming
 * parser (forgiving like a browser's: unclosed cells and rows, stray end tags, legacy entities
 * such as `&nbsp` without a semicolon).
 *
 * Read: `<table>`/`<tr>`/`<td>`/`<th>` with `rowspan`/`colspan` (a merged cell appears once, in
 * its first row and column; the columns a rowspan holds in the rows below are skipped, as a
 * browser lays them out), `<br>` and block elements inside a cell as line breaks, white space
 * collapsed as a browser shows it (`&nbsp;` as a space; `<pre>` and `<textarea>` lines kept),
 * entities decoded. Text outside tables (headings as `#` lines, paragraphs, captions, text
 * between `<br>`s) as rows of one cell.
 * A table nested in a cell is read in place as a table of its own (grid-builder.ts), so a
 * layout table around the real one does not matter. A form saved with its values reads as a
 * browser shows it: a text `<input>`'s value, a `<select>`'s selected option, a `<textarea>`'s
 * text. Not read: `<script>`, `<style>`, `<template>`, `<title>`, `<svg>` and comments.
 * Charset: a BOM, else `<meta charset>` or `<meta http-equiv="Content-Type" content="…;
 * charset=…">` (gb2312/gbk read as GB18030; a page that declares GBK but is valid UTF-8 is read as
 * UTF-8, with a note), else detected as text is (decode.ts).
 * Places: `表1 第3行 第2格` (table in document order, row, grid column) and `第5段` (the 5th
 * piece of text outside tables).
 */
import { Buffer, isUtf8 } from "node:buffer";
import { TextDecoder } from "node:util";
import { Parser } from "htmlparser2";
import type { Grid } from "../grid.js";
import { decode } from "../decode.js";
import { GridBuilder, type TableRows } from "./grid-builder.js";

const SKIPPED = new Set(["script", "style", "template", "title", "svg", "math"]);
const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html",
  "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "ul",
]);
const HEADING = /^h([1-6])$/;
/** Input types whose value a browser shows as text. */
const TEXT_INPUT = /^(?:|text|number|date|datetime-local|month|email|tel|search|url)$/i;
/** The HTML standard's limits on colspan and rowspan. */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;
/** Grid columns at most (Excel's); cells past it keep their text in the last column. */
const MAX_COLUMNS = 16384;

export function readGrid(bytes: Uint8Array, path: string): Grid {
  const builder = new GridBuilder("html");
  const { text, note } = decodePage(bytes, path);
  if (note) builder.notes.push(note);
  const handler = new PageHandler(builder);
  const parser = new Parser(handler, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.end(text);
  handler.finish();
  return builder.grid();
}

// ---------------------------------------------------------------------------------------------
// Charset

const GB = /^(?:gb2312|gbk|gb18030|x-gbk|gb_2312(?:-80)?|csgb2312|x-gb2312|cp936|windows-936|chinese|iso-ir-58)$/;
const UTF8 = /^(?:utf-?8|unicode-1-1-utf-8|x-unicode20utf8)$/;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([\w.:-]+)/i;

export interface DecodedPage {
  text: string;
  /** The encoding the page was read as. */
  encoding: string;
  /** Said once when the page's bytes contradict its declared charset. */
  note?: string;
}

/** A page's text: by its BOM, its declared charset, or detected. */
export function decodePage(bytes: Uint8Array, path: string): DecodedPage {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: whole(bytes.subarray(3), "utf-8"), encoding: "utf-8" };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const d = decode(bytes, "auto", path);
    return { text: d.text, encoding: d.encoding };
  }
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 8192)).toString("latin1");
  const declared = (META_CHARSET.exec(head)?.[1] ?? XML_ENCODING.exec(head)?.[1])?.toLowerCase();
  if (declared && GB.test(declared)) {
    // A page saved again by an editor keeps its old meta: bytes that are clean UTF-8 with Chinese in them are UTF-8.
    if (isUtf8(bytes) && hasMultibyte(bytes)) return { text: whole(bytes, "utf-8"), encoding: "utf-8", note: `declares charset ${declared} but is UTF-8: read as UTF-8` };
    return { text: whole(bytes, "gb18030"), encoding: "gb18030" };
  }
  if (declared && !UTF8.test(declared) && supported(declared)) return { text: whole(bytes, declared), encoding: declared };
  if (declared && UTF8.test(declared) && isUtf8(bytes)) return { text: whole(bytes, "utf-8"), encoding: "utf-8" };
  // No charset, an unknown one, or UTF-8 declared over bytes that are not: as text is read.
  const d = decode(bytes, "auto", path);
  const note = declared && d.encoding !== "utf-8" ? `declares charset ${declared} but is not ${declared}: read as ${d.encoding}` : undefined;
  return { text: d.text, encoding: d.encoding, note };
}

function whole(bytes: Uint8Array, encoding: string): string {
  return new TextDecoder(encoding).decode(bytes);
}

function supported(label: string): boolean {
  try { new TextDecoder(label); return true; } catch { return false; }
}

function hasMultibyte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Parsing

interface OpenTable {
  rows: TableRows;
  rowOpen: boolean;
  cell: { column: number; text: string } | null;
  /** The next grid column a cell of this row may take. */
  next: number;
  /** Per grid column, the last row a rowspan from above holds it through. */
  heldUntil: number[];
}

class PageHandler {
  private skip = 0;
  private pre = 0;
  /** An open <select>: its options' texts and which one is selected; an open <option>'s text. */
  private select: { options: string[]; selected: number } | null = null;
  private option: string | null = null;
  /** Text outside table cells, waiting for the end of its block. */
  private loose = "";
  private pieces = 0;
  private readonly tables: OpenTable[] = [];

  constructor(private readonly builder: GridBuilder) {}

  onopentag(name: string, attribs: Record<string, string>): void {
    if (this.skip > 0) { if (SKIPPED.has(name)) this.skip++; return; }
    if (SKIPPED.has(name)) { this.skip = 1; return; }
    const table = this.tables.at(-1);
    switch (name) {
      case "table": return this.openTable();
      case "tr": if (table) return this.startRow(table); break;
      case "td": case "th": if (table) return this.startCell(table, attribs); break;
      case "br": return this.lineBreak();
      case "pre": case "textarea": this.pre++; break;
      case "input":
        // A form saved with its values: a text field shows its value.
        if (TEXT_INPUT.test(attribs.type ?? "") && attribs.value) this.append(` ${attribs.value} `);
        return;
      case "select": this.select = { options: [], selected: -1 }; return;
      case "option":
        if (!this.select) break;
        this.endOption();
        if ("selected" in attribs) this.select.selected = this.select.options.length;
        this.option = "";
        return;
    }
    if (BLOCKS.has(name) || name === "tr" || name === "td" || name === "th") this.lineBreak();
    // A heading outside tables reads as the Markdown heading the text reader knows (`# 汇总表`).
    const level = HEADING.exec(name);
    if (level && !this.tables.at(-1)?.cell) this.loose = `${"#".repeat(Number(level[1]))} `;
  }

  onclosetag(name: string): void {
    if (this.skip > 0) { if (SKIPPED.has(name)) this.skip--; return; }
    const table = this.tables.at(-1);
    switch (name) {
      case "table": if (table) return this.closeTable(); break;
      case "tr": if (table) return this.endRow(table); break;
      case "td": case "th": if (table?.cell) return this.endCell(table); break;
      case "pre": case "textarea": this.pre = Math.max(0, this.pre - 1); break;
      case "option": return this.endOption();
      case "select": {
        // A drop-down shows its selected option (the first when none is marked), not the list.
        this.endOption();
        const select = this.select;
        this.select = null;
        if (select && select.options.length > 0) this.append(` ${select.options[Math.max(0, select.selected)]} `);
        return;
      }
    }
    if (BLOCKS.has(name) || name === "tr" || name === "td" || name === "th") this.lineBreak();
  }

  private endOption(): void {
    if (this.select && this.option !== null) this.select.options.push(this.option.trim());
    this.option = null;
  }

  ontext(data: string): void {
    if (this.skip > 0) return;
    const text = this.pre > 0 ? data.replace(/\r\n?/g, "\n").replace(/\u00a0/g, " ") : data.replace(/[\t\n\r\f \u00a0]+/g, " ");
    if (this.option !== null) this.option += text;
    else if (!this.select) this.append(text);
  }

  private append(text: string): void {
    const cell = this.tables.at(-1)?.cell;
    if (cell) cell.text += text;
    else this.loose += text;
  }

  /** The end of the page: whatever is still open is closed. */
  finish(): void {
    while (this.tables.length > 0) this.closeTable();
    this.flushLoose();
  }

  private lineBreak(): void {
    const cell = this.tables.at(-1)?.cell;
    if (cell) cell.text += "\n";
    else this.flushLoose();
  }

  /** Text outside cells up to a block boundary: a row per line, one place for them all. */
  private flushLoose(): void {
    const lines = tidy(this.loose);
    this.loose = "";
    if (lines === "") return;
    const where = `第${++this.pieces}段`;
    for (const line of lines.split("\n")) this.builder.textRow([line], where);
  }

  private openTable(): void {
    this.flushLoose();
    const outer = this.tables.at(-1);
    if (outer?.cell) {
      outer.rows.cutAt(tidy(outer.cell.text), outer.cell.column);
      outer.cell.text = "";
    }
    this.tables.push({ rows: this.builder.table(), rowOpen: false, cell: null, next: 1, heldUntil: [] });
  }

  private closeTable(): void {
    const table = this.tables.pop();
    if (!table) return;
    this.endRow(table);
    this.flushLoose(); // a caption, or text a broken page left between rows
  }

  private startRow(table: OpenTable): void {
    this.endRow(table);
    table.rows.startRow();
    table.rowOpen = true;
    table.next = 1;
  }

  private endRow(table: OpenTable): void {
    if (!table.rowOpen) return;
    if (table.cell) this.endCell(table);
    table.rows.endRow();
    table.rowOpen = false;
  }

  private startCell(table: OpenTable, attribs: Record<string, string>): void {
    if (!table.rowOpen) this.startRow(table);
    if (table.cell) this.endCell(table);
    const row = table.rows.row;
    let column = table.next;
    while (column < MAX_COLUMNS && (table.heldUntil[column] ?? 0) >= row) column++;
    const colspan = Math.min(span(attribs.colspan, MAX_COLSPAN), MAX_COLUMNS - column + 1);
    const rowspanAttr = span(attribs.rowspan, MAX_ROWSPAN, true);
    // rowspan="0": to the end of the table.
    const through = rowspanAttr === 0 ? Infinity : row + rowspanAttr - 1;
    if (through > row) for (let x = column; x < column + colspan; x++) table.heldUntil[x] = through;
    table.next = Math.min(column + colspan, MAX_COLUMNS);
    table.cell = { column, text: "" };
  }

  private endCell(table: OpenTable): void {
    const cell = table.cell!;
    table.cell = null;
    table.rows.cell(tidy(cell.text), cell.column);
  }
}

/** A colspan/rowspan attribute as a browser reads it: a leading whole number, 1 when absent or bad. */
function span(value: string | undefined, max: number, zeroAllowed = false): number {
  const n = parseInt(value ?? "", 10);
  if (!Number.isFinite(n) || n < 0 || (n === 0 && !zeroAllowed)) return 1;
  return Math.min(n, max);
}

/** Lines of text with spaces collapsed and trimmed, empty lines dropped. */
function tidy(text: string): string {
  if (!text.includes("\n")) return text.replace(/ {2,}/g, " ").trim();
  return text.split("\n").map((line) => line.replace(/ {2,}/g, " ").trim()).filter((line) => line !== "").join("\n");
}
