/**
 * A large text cut into parts that are read apart (each by a worker) and give, put together,
 * exactly what one reading of the whole gives. A part starts at a line where the reading of the
 * whole is sure to start a new table, with nothing carried over from the line before:
 * - a form title alone on its line (`财政项目支出绩效目标申报表`: grammar/vocabulary.ts FORM_TITLE,
 *   as classifyCell reads it) after two rows that can hold no title, not even half of one wrapped
 *   over two lines: the table before it has rows, so the title is no repeat of the one before;
 *   and a title is one cell, which no wrapped label joins;
 * - a `项目名称` row (HEADER_FIELDS.name) after another since the last row that can hold a
 *   title: the table open there has its name, so this row starts the next — and no cell of the
 *   row makes a wrapped label with the row above (tried as the reader joins them).
 * Only text read by the tabular family (cells between tabs, one row a line: a line reads the
 * same whatever came before it) is cut; other families keep their stretch whole. Where no such
 * line comes (one huge table, unrelated text) the text is not cut. Whether a row can hold a
 * title is told from its characters (`绩`, then `表`), so looking costs a search, not a reading.
 */
import { classifyCell } from "../../grammar/cell-kinds.js";
import { scanSlice } from "../../grammar/scan.js";
import { FORM_TITLE, HEADER_FIELDS } from "../../grammar/vocabulary.js";
import { lineBreaks, type Chunk } from "../read/layouts/segments.js";
import { classified } from "../model/builder/stream.js";
import { WrappedLabelJoiner } from "../model/builder/join-labels.js";

/** A stretch of text and the name of the family that reads it. */
export interface PartChunk {
  text: string;
  family: string;
}

/** A part of the text: its stretches, and where it starts in the whole. */
export interface Part {
  chunks: PartChunk[];
  start: { line: number; offset: number };
  /** Characters in the part. */
  size: number;
}

/** Every form title has this character (绩效目标), so a line without it is no title nor half of one. */
const TITLE_CHAR = "绩";
/** Every form title ends in this character (绩效目标申报表). */
const TITLE_END = "表";
/** Every label of a project's name (项目名称 …) has this character. */
const NAME_CHAR = "名";
if (!/绩效目标.*表/.test(FORM_TITLE.source) || !HEADER_FIELDS.name.every((label) => label.includes(NAME_CHAR))) {
  throw new Error("internal: split.ts finds titles by 绩…表 and name labels by 名; the vocabulary changed");
}
/** Longer lines are no title (segments.ts reads titles the same way). */
const TITLE_LENGTH = 80;

const isSpace = (code: number) => code === 32 || code === 9 || code === 11 || code === 12 || code === 0x3000 || code === 0xa0 || code === 0xfeff;
const isBreak = (code: number) => code === 10 || code === 13;

function lineStart(text: string, at: number): number {
  while (at > 0 && !isBreak(text.charCodeAt(at - 1))) at--;
  return at;
}
function lineEnd(text: string, at: number): number {
  while (at < text.length && !isBreak(text.charCodeAt(at))) at++;
  return at;
}
/** Where the line before the one starting at `start` ends (its break excluded). */
function previousEnd(text: string, start: number): number {
  return start - (text.charCodeAt(start - 1) === 10 && text.charCodeAt(start - 2) === 13 ? 2 : 1);
}

function blank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** Whether text[from, to) has a character that makes a cell (not space, tab, pipe, or a Markdown rule's `:` and `-`). */
function solid(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c) && c !== 124 && c !== 58 && c !== 45) return true;
  }
  return false;
}

/** The line with cells before the one starting at `start` (blank lines passed over), if it is a row for sure. */
function rowBefore(text: string, start: number): { from: number; to: number } | undefined {
  for (let end = start; end > 0;) {
    const to = previousEnd(text, end);
    const from = lineStart(text, to);
    if (!blank(text, from, to)) return solid(text, from, to) ? { from, to } : undefined;
    end = from;
  }
  return undefined;
}

const has = (text: string, from: number, to: number, char: string) => {
  const at = text.indexOf(char, from);
  return at !== -1 && at < to;
};

/**
 * Whether the line text[from, to) may hold a form title, whole or as the upper half of one
 * wrapped over two lines (the title then stands on this line): it has `绩`, and `表` (which ends
 * every title) on it or on the next line with cells. A title's lower half alone has no `绩`
 * before its `表`, or it would be a title itself, which no label joins.
 */
function mayBeTitle(text: string, from: number, to: number): boolean {
  if (!has(text, from, to, TITLE_CHAR)) return false;
  if (has(text, from, to, TITLE_END)) return true;
  for (let at = to + 1; at < text.length;) {
    const end = lineEnd(text, at);
    if (has(text, at, end, TITLE_END)) return true;
    if (solid(text, at, end)) return false;
    at = end + 1;
  }
  return false;
}

/** A form title alone on its line: one cell, read as the form's title. */
function titleLine(line: string): boolean {
  if (line.length > TITLE_LENGTH || line.includes("\t") || line.includes("|")) return false;
  return classifyCell(line.trim()).kind === "formTitle";
}

/** A row whose first cell is a project's name label (a label cell never joins another, nor is split). */
function startsWithName(line: string): boolean {
  const tab = line.indexOf("\t");
  if (tab === -1 || line.includes("|")) return false;
  const kind = classifyCell(line.slice(0, tab).trim());
  return kind.kind === "field" && kind.field === "name";
}

/**
 * A title at `start` (text[start, end)) where a part may start: the two rows before it may hold
 * no title (so the table before it has rows, and this title is no repeat of the one before).
 */
function titleCut(text: string, start: number, end: number): boolean {
  if (!titleLine(text.slice(start, end))) return false;
  const last = rowBefore(text, start);
  if (!last || mayBeTitle(text, last.from, last.to)) return false;
  const before = rowBefore(text, last.from);
  return before !== undefined && !mayBeTitle(text, before.from, before.to);
}

/** Cells that keep a row from starting a table before the first one (they say something of the whole document). */
const DOCUMENT_KINDS = new Set(["formTitle", "heading", "unitNote"]);

/** A 项目名称 row at `start` (text[start, end)) where a part may start. */
function nameCut(text: string, start: number, end: number): boolean {
  const line = text.slice(start, end);
  if (line.includes(TITLE_CHAR) || line.includes("|") || !line.includes("\t")) return false;
  const above = rowBefore(text, start);
  if (!above || !namedSince(text, above.from)) return false;
  // The two rows as the reader reads them (with the reader's scanner, so the CLI loads no parser
  // library): this one is a name row, and keeps all its cells.
  const { rows } = scanSlice(text.slice(above.from, end));
  if (rows.length !== 2) return false;
  const [upper, lower] = [...classified(rows, { title: null, year: null })];
  if (!lower.cells.some((c) => c.kind.kind === "field" && c.kind.field === "name")) return false;
  if (lower.cells.some((c) => DOCUMENT_KINDS.has(c.kind.kind))) return false;
  const cells = lower.cells.length;
  const joiner = new WrappedLabelJoiner();
  joiner.push(upper);
  joiner.push(lower);
  return lower.cells.length === cells;
}

/** Lines looked back at for the name row of the table open at a 项目名称 row. */
const LOOK_BACK = 1000;

/**
 * Whether the table open at the line starting at `last` has its name: a line up to it starts
 * with a name label, and no line since may hold a title (which would start a table without one).
 */
function namedSince(text: string, last: number): boolean {
  for (let from = last, n = 0; n < LOOK_BACK; n++) {
    const to = lineEnd(text, from);
    if (mayBeTitle(text, from, to)) return false;
    if (startsWithName(text.slice(from, to))) return true;
    if (from === 0) return false;
    from = lineStart(text, previousEnd(text, from));
  }
  return false;
}

/** Offsets in a tabular stretch, from `from` on, where a part may start. */
function* cutsIn(text: string, from: number): Generator<number> {
  let title = text.indexOf(TITLE_CHAR, from), name = text.indexOf(NAME_CHAR, from);
  while (title !== -1 || name !== -1) {
    const isTitle = name === -1 || (title !== -1 && title <= name);
    const at = isTitle ? title : name;
    const start = lineStart(text, at), end = lineEnd(text, at);
    if (start >= from && (isTitle ? titleCut(text, start, end) : nameCut(text, start, end))) yield start;
    if (title !== -1 && title < end) title = text.indexOf(TITLE_CHAR, end);
    if (name !== -1 && name < end) name = text.indexOf(NAME_CHAR, end);
  }
}

/**
 * The parts of a text given as its family stretches (layouts textChunks). The first part ends
 * at the first place a part may start (it holds the text before the first table, which the
 * main thread reads again for what it says); the others are of about `target` characters or
 * more. A part is handed on once the next one starts (or the text ends); `holding` bounds how
 * much text may wait without a place to cut (over it, `null` is yielded: read the text whole).
 */
export function* splitText(chunks: Iterable<Chunk>, target: number, holding: number): Generator<Part | null> {
  let part: Part = { chunks: [], start: { line: 1, offset: 0 }, size: 0 };
  let line = 1, offset = 0;
  const add = (text: string, family: string) => {
    if (text.length === 0) return;
    part.chunks.push({ text, family });
    part.size += text.length;
    line += lineBreaks(text);
    offset += text.length;
  };
  let first = true;
  for (const chunk of chunks) {
    const family = chunk.family.name;
    let from = 0;
    if (family === "tabular") {
      for (;;) {
        const wanted = first ? 0 : target - part.size;
        const at = cutsIn(chunk.text, Math.max(from + 1, from + wanted)).next();
        if (at.done) break;
        add(chunk.text.slice(from, at.value), family);
        from = at.value;
        if (part.size > 0) {
          yield part;
          first = false;
        }
        part = { chunks: [], start: { line, offset }, size: 0 };
      }
    }
    add(from === 0 ? chunk.text : chunk.text.slice(from), family);
    if (part.size > holding) {
      yield null;
      return;
    }
  }
  if (part.size > 0 || first) yield part; // an empty text is one (empty) part
}
