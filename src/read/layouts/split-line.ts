/**
 * One line of a table row whose cells have no separator of their own: cells between spaces
 * (`项目名称 乡村公路日常养护  主管部门 示例县交通运输局`, pdftotext -layout and pdfplumber
 * text) or run together (`项目名称乡村公路日常养护主管部门示例县交通运输局`, OCR and .docx text).
 *
 * Runs of two or more spaces always part cells. Inside a run of text the line is cut only
 * at labels of the vocabulary (longest first, lexicon.ts) and before an indicator value that
 * ends the row — and only where the pieces make a row of the form:
 *
 *   header     field value (field value)*     each field once, its value plausible for it
 *   funds      section? (label amount?)+      amounts short
 *   goals      section? heading* text         a heading after text only after a full stop
 *   headings   section? heading+ [indicator]
 *   indicator  section? 一级? 二级? name value
 *
 * A label inside a name or a value (`绩效目标申报表编报及时率`, a unit named `…单位名称…`)
 * makes no row of the form there, so it does not cut. A goal paragraph is never cut. In
 * spaced text a label must be whole words. Everything is linear in the line's length.
 */
import { classifyCell, type CellKind } from "../../../grammar/cell-kinds.js";
import { isAmountText } from "../../../grammar/money.js";
import { looksLikeValue } from "../../../grammar/value.js";
import { LEGACY_LEVEL2 } from "../../model/taxonomy.js";
import { isFormLabel, isSpace, keyStream, lexicon } from "./lexicon.js";
import { pieceOf, type Line, type Piece } from "./pieces.js";
import type { Section } from "./rebuild.js";

export type SplitMode = "spaces" | "run-together";

/** A stretch [from, to) of the line's text. */
interface Span {
  from: number;
  to: number;
}

/** A label found in the line. */
interface Found extends Span {
  kind: CellKind;
  /** Index of the segment (run of text between wide gaps) it stands in. */
  segment: number;
}

/** Cells said alone on a line, whatever the family. */
const ALONE = new Set(["formTitle", "heading", "year", "nonData", "unitNote", "value", "amount", "date"]);
/**
 * Labels are looked for in a line's first characters only: no row of the form is longer
 * but for its goal text, and a megabyte line costs no more than this.
 */
const REACH = 4096;
/** No cell of the form other than text is longer. */
const SHORT = 64;
/** An indicator value is never longer than this. */
const VALUE_LENGTH = 24;
const SENTENCE = /[。；;！？!?]/;
const SENTENCE_END = /[。；;！？!?]\s*$/;
const NOTE = /^[(（][^()（）]{0,28}[)）]$/;
const COLON = /^[:：]$/;
const COMPARISON = /[≥≤=<>＝≧≦＞＜%％]/;
/** A qualitative value is at most this long; a longer one starts with an operator or a figure. */
const WORD_VALUE = 8;
const VALUE_START = /[≥≤=<>＝≧≦＞＜0-9０-９+\-不大小高低至达控等超多少最]/;
/** A value does not run on from a word or a number (`ISO9001` holds no value). */
const GLUED_BEFORE = /[A-Za-z0-9.,]/;

/** The cells of one line, as pieces with places. */
export function splitLine(line: Line, mode: SplitMode, section: Section): Piece[] {
  const text = line.text;
  const trimmed = text.trim();
  if (trimmed.length === 0) return [];
  if (trimmed.length <= SHORT) {
    const kind = classifyCell(trimmed);
    if (ALONE.has(kind.kind) || isFormLabel(kind)) return [pieceOf(line)!];
  }
  const segments = segmentsOf(text);
  const found = labelsIn(text, segments, mode);
  const cells = readRow(text, segments, found, mode, section);
  const out: Piece[] = [];
  for (const span of cells) {
    const piece = pieceOf(line, span.from, span.to);
    if (piece) out.push(piece);
  }
  return out;
}

/** Runs of text between gaps of two or more spaces. */
function segmentsOf(text: string): Span[] {
  const out: Span[] = [];
  let start = -1, spaces = 0;
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || isSpace(text.charCodeAt(i));
    if (!space) {
      if (start === -1) start = i;
      else if (spaces >= 2) { out.push({ from: start, to: i - spaces }); start = i; }
      spaces = 0;
    } else if (start !== -1) {
      spaces++;
      if (i === text.length) out.push({ from: start, to: i - spaces + 1 });
    }
  }
  return out;
}

/** Labels in each segment, leftmost-longest; in spaced text only those that are whole words. */
function labelsIn(text: string, segments: Span[], mode: SplitMode): Found[] {
  const lex = lexicon();
  const out: Found[] = [];
  segments.forEach((segment, s) => {
    if (segment.from >= REACH) return;
    const { key, at } = keyStream(text, segment.from, Math.min(segment.to, REACH));
    for (let i = 0; i < key.length;) {
      const match = lex.longestAt(key, i);
      const from = at[i];
      const to = match ? at[match.end - 1] + 1 : 0;
      const words = match !== undefined
        && (from === segment.from || isSpace(text.charCodeAt(from - 1))) && (to === segment.to || isSpace(text.charCodeAt(to)));
      // Run together, a category without `指标` (`质量`, `成本`) is more often the start of a name.
      const short = match !== undefined && (match.kind.kind === "level1" || match.kind.kind === "level2") && key.charCodeAt(match.end - 1) !== 0x6807;
      const whole = match !== undefined && (mode === "run-together" ? !short || (from === segment.from && to === segment.to) : words);
      if (match && whole) {
        out.push({ from, to, kind: match.kind, segment: s });
        i = match.end;
      } else {
        i++;
      }
    }
  });
  return out;
}

type Group = "header" | "funds" | "goals" | "headings" | "indicator";

function groupOf(kind: CellKind): Group {
  switch (kind.kind) {
    case "field": return "header";
    case "fundsSection": case "fundLabel": case "unitNote": return "funds";
    case "goalSection": case "goalHeading": return "goals";
    case "indicatorSection": case "indicatorHeading": return "headings";
    default: return "indicator";
  }
}

/** The cells of a line: its labels taken by the row's shape, and the text between them. */
function readRow(text: string, segments: Span[], found: Found[], mode: SplitMode, section: Section): Span[] {
  let read: { taken: Found[]; indicator: boolean } | undefined;
  if (found.length > 0 && found[0].from === segments[0].from) {
    const group = groupOf(found[0].kind);
    const only = (taken: Found[] | undefined) => (taken ? { taken, indicator: false } : undefined);
    // Inside the indicator table only 项目名称 (the next table) and the table's own labels start a row.
    const inside = section === "indicators";
    if (group === "header") read = inside && fieldOf(found[0]) !== "name" ? undefined : only(header(text, found));
    else if (group === "funds") read = inside ? undefined : only(funds(text, found));
    else if (group === "goals") read = inside ? undefined : only(goals(text, found));
    else read = headingsAndIndicator(text, found, segments, section);
  }
  // A row that starts with no label (or whose labels make no row of the form) is text: under
  // the indicator headings, a name and its value.
  read ??= { taken: [], indicator: section === "indicators" };
  const cells = between(text, segments, read.taken);
  if (read.indicator) splitValue(text, cells, read.taken, mode);
  return cells;
}

/** The text between two places, trimmed. */
function textOf(text: string, from: number, to: number): string {
  return text.slice(from, to).trim();
}

/** Header: fields, each once, with values a field can have. */
function header(text: string, found: Found[]): Found[] | undefined {
  const taken = [found[0]];
  const fields = new Set<string>([fieldOf(found[0])]);
  for (const next of found.slice(1)) {
    if (next.kind.kind !== "field" || fields.has(next.kind.field)) continue;
    const last = taken[taken.length - 1];
    if (!fieldValue(last, textOf(text, last.to, next.from))) continue;
    taken.push(next);
    fields.add(next.kind.field);
  }
  const last = taken[taken.length - 1];
  return fieldValue(last, textOf(text, last.to, text.length)) ? taken : undefined;
}

function fieldOf(found: Found): string {
  return found.kind.kind === "field" ? found.kind.field : "";
}

/** A header value is no indicator value (`项目名称规范率=100%` is an indicator's name and value). */
function fieldValue(field: Found, value: string): boolean {
  if (value.length === 0) return true;
  if (COMPARISON.test(value)) return false;
  return fieldOf(field) !== "plannedStart" && fieldOf(field) !== "plannedEnd" ? true : value.length <= 20;
}

/** Funds: every funds label, amounts between them. */
function funds(text: string, found: Found[]): Found[] | undefined {
  const taken = found.filter((f, i) => f.kind.kind === "fundLabel" || (i === 0 && groupOf(f.kind) === "funds"));
  let end = taken[0].to;
  for (const next of [...taken.slice(1), undefined]) {
    const between = textOf(text, end, next?.from ?? text.length);
    if (between.length > 0 && !isAmountText(between) && between.length > 16) return undefined;
    end = next?.to ?? end;
  }
  return taken;
}

/** Goals: the section, then headings; a heading after text only where a sentence ended. */
function goals(text: string, found: Found[]): Found[] {
  const taken = [found[0]];
  for (const next of found.slice(1)) {
    if (next.kind.kind !== "goalHeading") continue;
    const before = textOf(text, taken[taken.length - 1].to, next.from);
    if (before.length === 0 || SENTENCE_END.test(before) || NOTE.test(before)) taken.push(next);
  }
  return taken;
}

/** Column headings (with a section label), or an indicator's 一级/二级 labels, or both. */
function headingsAndIndicator(text: string, found: Found[], segments: Span[], section: Section): { taken: Found[]; indicator: boolean } | undefined {
  const taken: Found[] = [];
  let i = 0;
  const adjacent = (f: Found) => taken.length === 0 || textOf(text, taken[taken.length - 1].to, f.from).length === 0;
  while (i < found.length && groupOf(found[i].kind) === "headings" && adjacent(found[i])) taken.push(found[i++]);
  const headings = taken.some((f) => f.kind.kind === "indicatorHeading");
  let level1: CellKind | undefined, level2 = false;
  while (i < found.length && adjacent(found[i])) {
    const kind = found[i].kind;
    if (kind.kind === "level1" && !level1 && !level2) level1 = kind;
    else if (kind.kind === "level2" && !level2) level2 = true;
    // 88号: 产出指标 成本指标; a 一级 printed again as its own 二级: 满意度指标 满意度指标.
    else if (kind.kind === "level1" && level1?.kind === "level1" && !level2 && (LEGACY_LEVEL2[kind.level1] === level1.level1 || kind.level1 === level1.level1)) level2 = true;
    else break;
    taken.push(found[i++]);
  }
  const rest = textOf(text, taken[taken.length - 1].to, text.length);
  if (level1 || level2) {
    // Under the goals, a line that starts with `满意度` may be a goal's sentence.
    if (section === "goals" && (SENTENCE.test(rest) || rest.length > 40)) return undefined;
    return { taken, indicator: true };
  }
  if (headings && rest.length > 0 && segments.length === 1) return undefined; // `数值化管理率`: a name, not a heading
  return { taken, indicator: !headings && section === "indicators" };
}

/** The cells: taken labels, and the text of each segment between them. */
function between(text: string, segments: Span[], taken: Found[]): Span[] {
  const out: Span[] = [];
  let t = 0;
  segments.forEach((segment, s) => {
    let from = segment.from;
    for (; t < taken.length && taken[t].segment === s; t++) {
      const label = taken[t];
      if (textOf(text, from, label.from).length > 0) out.push({ from, to: label.from });
      // A colon after a label is the label's (`年度资金总额：350`).
      const to = label.to + (COLON.test(text.charAt(label.to)) ? 1 : 0);
      out.push({ from: label.from, to });
      from = to;
    }
    if (textOf(text, from, segment.to).length > 0) out.push({ from, to: segment.to });
  });
  return out;
}

/**
 * An indicator row's name and value in one cell (`养护里程>=350公里`, `理论知识提升 提升`): the
 * longest value that ends the cell is cut off. Only when the row has one cell of content.
 */
function splitValue(text: string, cells: Span[], taken: Found[], mode: SplitMode): void {
  const labels = new Set(taken.map((f) => f.from));
  const content = cells.filter((c) => !labels.has(c.from));
  if (content.length !== 1) return;
  const cell = content[0];
  const body = text.slice(cell.from, cell.to);
  if (SENTENCE.test(body) || body.length > SHORT) return;
  let cut = -1;
  if (mode === "spaces") {
    for (let i = cell.from; i < cell.to; i++) {
      if (!isSpace(text.charCodeAt(i)) || isSpace(text.charCodeAt(i + 1))) continue;
      if (isValueAt(text, i + 1, cell)) { cut = i + 1; break; }
    }
  } else {
    for (let i = Math.max(cell.from + 1, cell.to - VALUE_LENGTH); i < cell.to; i++) {
      // A value starts with an operator or a figure, or is a short word (`建立健全`, `控制在预算内`).
      if (i < cell.to - WORD_VALUE && !VALUE_START.test(text.charAt(i))) continue;
      if (isValueAt(text, i, cell)) { cut = i; break; }
    }
  }
  if (cut === -1) return;
  const at = cells.indexOf(cell);
  cells.splice(at, 1, { from: cell.from, to: cut }, { from: cut, to: cell.to });
}

function isValueAt(text: string, at: number, cell: Span): boolean {
  const value = text.slice(at, cell.to).trim();
  const before = text.slice(cell.from, at).trim();
  if (value.length === 0 || value.length > VALUE_LENGTH || before.length === 0) return false;
  if (GLUED_BEFORE.test(before.charAt(before.length - 1)) && GLUED_BEFORE.test(value.charAt(0))) return false;
  return looksLikeValue(value);
}
