/**
 * The flat-export family: a heading row, then one row per indicator with several projects in
 * one table (`单位名称 项目名称 预算数 年度目标 一级指标 … 权重`, tab-separated, CSV or Markdown
 * pipes; also perfgoal's own `convert --format tsv|csv|markdown`). Project columns are repeated
 * on each row or left blank after a project's first row; a department total row may stand
 * above the projects. The rows are regrouped, project after project, into the rows of a
 * classic declaration (flat-project.ts), so the one table builder reads every family.
 *
 * A project ends where the next begins: a new 项目名称 or unit (perfgoal's own format: a new
 * document and start line). A later row repeating a project's cell is the same fact (handed on
 * in RawRow.accounted); a different value is a conflict, kept and reported, never written over
 * the first. A total row (合计) is handed on as a row that is not data, which the builder keeps
 * as a note; a row with an amount and no project (a department's subtotal) is reported.
 */
import { classifyCell } from "../../../grammar/cell-kinds.js";
import type { RawCell, RawRow } from "../../../grammar/parser.js";
import type { LayoutFamily } from "./index.js";
import { tabularRows, SLICE } from "./tabular.js";
import { csvRecords, separatedRecords, type FlatRecord, type FlatSyntax } from "./flat-records.js";
import { headingOf, type Column, type Heading } from "./flat-heading.js";
import { align, shapeOf } from "./flat-align.js";
import { newProject, projectRows, type CellRow, type FlatProject } from "./flat-project.js";

/** The heading is looked for among this many non-empty lines (records) from the start. */
const HEAD_LINES = 40;
/** How much of the first piece detection reads. */
const HEAD = 64 * 1024;

// --- detection ---------------------------------------------------------------------

/** A line's fields split the way a syntax splits them (CSV quotes honoured within the line). */
function fieldsOf(line: string, syntax: FlatSyntax): string[] {
  if (syntax === "tsv") return line.split("\t");
  if (syntax === "markdown") return line.trim().replace(/^\|/, "").replace(/\|$/, "").split(/(?<!\\)\|/);
  const fields: string[] = [];
  let field = "", quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { fields.push(field); field = ""; }
    else field += c;
  }
  fields.push(field);
  return fields;
}

function syntaxesOf(line: string): FlatSyntax[] {
  const out: FlatSyntax[] = [];
  if (line.includes("\t")) out.push("tsv");
  if (line.trimStart().startsWith("|")) out.push("markdown");
  if (line.includes(",")) out.push("csv");
  return out;
}

/** The syntax of a flat export whose heading row is among the first lines of `head`, if it is one. */
export function flatSyntax(head: string): FlatSyntax | undefined {
  let seen = 0;
  for (const line of head.slice(0, HEAD).replace(/^\ufeff/, "").split(/\r\n|\r|\n/)) {
    if (line.trim().length === 0) continue;
    if (++seen > HEAD_LINES) break;
    for (const syntax of syntaxesOf(line)) {
      const cells = fieldsOf(line, syntax).flatMap((text, index) =>
        text.trim().length > 0 ? [{ text: text.trim(), line: 0, column: 0, offset: 0, index }] : []);
      if (headingOf(cells)) return syntax;
    }
  }
  return undefined;
}

// --- regrouping ----------------------------------------------------------------------

const OWN_ESCAPES: Readonly<Record<string, string>> = { t: "\t", n: "\n", r: "\r" };
/** perfgoal's own TSV and Markdown escape `\`, tabs, pipes and line breaks in a cell. */
const unescapeOwn = (text: string) => (text.includes("\\") ? text.replace(/\\(.)/g, (_m, c: string) => OWN_ESCAPES[c] ?? c) : text);
/** Markdown: `\|` is a pipe inside a cell. */
const unescapePipe = (text: string) => (text.includes("\\|") ? text.replace(/\\\|/g, "|") : text);

const plain = (record: FlatRecord, cells: RawCell[] = record.cells): RawRow => {
  const row: RawRow = { line: record.line, offset: record.offset, cells, piped: record.piped };
  if (record.family !== undefined) row.family = record.family;
  return row;
};

const fieldColumn = (heading: Heading, field: string) =>
  heading.columns.find((c) => c.role.kind === "field" && c.role.field === field);
const ownColumn = (column: Column | undefined, name: string) => column?.role.kind === "own" && column.role.column === name;

/** Reads the records of a flat export and hands on the rows of its projects, one project at a time. */
class FlatReader {
  private heading: Heading | undefined;
  private readonly preamble: FlatRecord[] = [];
  private passthrough = false;
  private unescape: ((text: string) => string) | undefined;
  /** A form title above the heading: every project's title. */
  private title: RawCell | undefined;
  private current: FlatProject | undefined;
  private currentKey = "";
  /** Whether a table is open in the builder (a project was handed on). */
  private started = false;
  /** Cells read here and handed on with the next row (the heading, the title above it). */
  private accounted: RawCell[] = [];
  /** Headings of columns nobody reads: reported with the first project. */
  private strangers: RawCell[] = [];
  private documentTitle: RawCell | undefined;
  private documentTitleDone = false;
  private readonly otherTitles = new Set<string>();
  private headingTexts: Set<string> | undefined;
  /** Rows that are no project's, above the first project: they go with it. */
  private readonly aboveProjects: CellRow[] = [];
  private nameColumn: Column | undefined;
  /** The columns whose values say which project a row is (name, unit, department; perfgoal's own: document, start line, name). */
  private keyColumns: Column[] | undefined;

  /** `syntax`: the text's (for its escapes); undefined for rows already split (a file's grid). */
  constructor(private readonly syntax: FlatSyntax | undefined) {
    if (syntax === "markdown") this.unescape = unescapePipe;
  }

  *push(record: FlatRecord): Generator<RawRow> {
    if (this.passthrough) { yield plain(record); return; }
    if (this.unescape) for (const cell of record.cells) cell.text = this.unescape(cell.text);
    if (this.heading) { yield* this.data(record); return; }
    const heading = headingOf(record.cells);
    if (heading) { yield* this.begin(heading); return; }
    this.preamble.push(record);
    if (this.preamble.length > HEAD_LINES) { // no heading after all: the rows as they are
      this.passthrough = true;
      for (const held of this.preamble.splice(0)) yield plain(held);
    }
  }

  *finish(): Generator<RawRow> {
    for (const held of this.preamble.splice(0)) yield plain(held);
    yield* this.flush();
    for (const row of this.aboveProjects.splice(0)) yield { ...row, cells: row.cells };
    if (this.heading && !this.started) {
      // A heading and no project: nothing to read (the document has no declaration).
      const at = this.heading.columns[0].cell;
      yield { line: at.line, offset: at.offset - at.column + 1, cells: this.strangers, piped: this.syntax === "markdown", accounted: this.accounted };
    }
  }

  private *begin(heading: Heading): Generator<RawRow> {
    this.heading = heading;
    this.nameColumn = fieldColumn(heading, "name")!;
    this.keyColumns = heading.own
      ? [...["document", "startLine"].flatMap((which) => heading.columns.find((c) => ownColumn(c, which)) ?? []), this.nameColumn]
      : ["name", "implementer", "department"].flatMap((field) => fieldColumn(heading, field) ?? []);
    if (heading.own && (this.syntax === "tsv" || this.syntax === "markdown")) {
      this.unescape = unescapeOwn;
      for (const cell of heading.columns.map((c) => c.cell)) cell.text = unescapeOwn(cell.text);
    }
    for (const column of heading.columns) (column.role.kind === "unknown" ? this.strangers : this.accounted).push(column.cell);
    // Rows above the heading stay as they are (a `金额单位：元` note is the document's unit);
    // a form title is every project's title.
    for (const record of this.preamble.splice(0)) {
      const title = this.title ? undefined : record.cells.find((c) => c.text.length > 0 && isFormTitle(c));
      if (title) { this.title = title; this.accounted.push(title); }
      const rest = record.cells.filter((c) => c !== title);
      if (rest.length > 0) yield plain(record, rest);
    }
  }

  private *data(record: FlatRecord): Generator<RawRow> {
    const heading = this.heading!;
    if (this.isHeadingAgain(record)) { this.account(record.cells); return; }
    const shapes = record.cells.map((c) => shapeOf(c.text));
    if (shapes.includes("total")) {
      // A total row (合计, 部门合计) is no project: with its label first, the builder keeps it as a note.
      this.aside(record, [...record.cells.filter((_, i) => shapes[i] === "total"), ...record.cells.filter((_, i) => shapes[i] !== "total")]);
      return;
    }
    if (shapes[0] === "nonData") { this.aside(record, record.cells); return; }

    const columns = align(record.cells, heading);
    if (heading.own && columns.some((column) => ownColumn(column, "finding"))) {
      // A finding the convert run wrote: perfgoal's own output, not the declaration (check finds its own).
      this.accounted.push(...record.cells);
      return;
    }
    const project = new Map<Column, RawCell>(), indicator = new Map<Column, RawCell>();
    const strays: RawCell[] = [], accounted: RawCell[] = [];
    record.cells.forEach((cell, i) => {
      const column = columns[i];
      if (!column) strays.push(cell);
      else if (column.scope !== "indicator") project.set(column, cell);
      else if (ownColumn(column, "line") || ownColumn(column, "indicatorExtra")) accounted.push(cell); // where the indicator stood in the source; its extras as JSON
      else indicator.set(column, cell);
    });

    const name = project.get(this.nameColumn!);
    const hasIndicator = [...indicator.keys()].some((c) => c.role.kind === "indicator");
    const hasGoal = [...project.keys()].some((c) => c.role.kind === "goal");
    if (!heading.own && !hasIndicator && ((!name && !hasGoal) || record.cells.length === 1)) {
      // No project name, goal or indicator: a subtotal (`820-马踏镇部门 | 8,827,620.53`); or a
      // line of other text (one cell): never a project.
      this.aside(record, record.cells);
      return;
    }

    const key = this.keyOf(project);
    const row: CellRow = { line: record.line, offset: record.offset, piped: record.piped, cells: record.cells };
    if (!this.current || key !== undefined) {
      const previous = this.current;
      yield* this.flush();
      this.current = newProject(row);
      this.current.leftovers.push(...this.aboveProjects.splice(0));
      this.currentKey = key ?? "";
      if (previous && !heading.own) this.inherit(previous, project);
    }
    const current = this.current;
    current.accounted.push(...accounted);

    const conflicts: RawCell[] = [];
    for (const [column, cell] of project) {
      if (column.role.kind === "own" && column.role.column !== "title" && column.role.column !== "year" && column.role.column !== "fundsUnit") {
        if (column.role.column === "documentTitle") this.documentTitleOf(cell, current);
        else current.accounted.push(cell); // document, path, encoding, start and end line
        continue;
      }
      const first = current.values.get(column) ?? current.inherited.get(column);
      if (!first) current.values.set(column, cell);
      else if (first.text === cell.text) current.accounted.push(cell);
      // A second value for a field or an amount goes to the builder, which keeps the first and
      // reports the other (layout-conflicting-value); a second goal or title is reported as a cell.
      else if (column.role.kind === "field" || column.role.kind === "fund") current.conflicts.set(column, [...(current.conflicts.get(column) ?? []), cell]);
      else conflicts.push(cell);
    }
    if (indicator.size > 0) current.indicators.push({ row, cells: indicator });
    if (conflicts.length > 0 || strays.length > 0) current.leftovers.push({ ...row, cells: [...conflicts, ...strays] });
  }

  /**
   * The key of the project a row starts, or undefined when it continues the current one:
   * perfgoal's own document and start line; else a project name or unit other than the current's.
   */
  private keyOf(project: Map<Column, RawCell>): string | undefined {
    if (this.heading!.own) {
      const key = this.keyColumns!.map((c) => project.get(c)?.text ?? "").join("|");
      return key !== this.currentKey ? key : undefined;
    }
    const current = this.current;
    for (const column of this.keyColumns!) {
      const value = project.get(column)?.text;
      const now = current ? (current.values.get(column) ?? current.inherited.get(column))?.text : undefined;
      if (value !== undefined && value !== now) return `${column.index}|${value}`;
    }
    return undefined;
  }

  /**
   * A unit or department left blank on a project's rows is the one above: merged over several
   * projects in the export (a flat export lists every project under its unit).
   */
  private inherit(previous: FlatProject, row: Map<Column, RawCell>): void {
    for (const field of ["implementer", "department"]) {
      const column = fieldColumn(this.heading!, field);
      if (!column || row.has(column)) continue;
      const above = previous.values.get(column) ?? previous.inherited.get(column);
      if (above) this.current!.inherited.set(column, above);
    }
  }

  /** perfgoal's own document title: the first is the document's title; another is reported once. */
  private documentTitleOf(cell: RawCell, project: FlatProject): void {
    if (!this.documentTitle) { this.documentTitle = cell; return; }
    if (cell.text === this.documentTitle.text || this.otherTitles.has(cell.text)) { project.accounted.push(cell); return; }
    this.otherTitles.add(cell.text);
    project.leftovers.push({ line: cell.line, offset: cell.offset - cell.column + 1, piped: false, cells: [cell] });
  }

  /**
   * A row that is no project's, kept as it is among the rows of the project it stands with (above
   * every project: the first), where the builder reads it as a note or reports its cells.
   */
  private aside(record: FlatRecord, cells: RawCell[]): void {
    const row = { line: record.line, offset: record.offset, piped: record.piped, cells };
    (this.current?.leftovers ?? this.aboveProjects).push(row);
  }

  private *flush(): Generator<RawRow> {
    const project = this.current;
    if (!project) return;
    this.current = undefined;
    if (!this.started && this.strangers.length > 0) project.leftovers.unshift({ ...project.first, cells: this.strangers.splice(0) });
    if (!this.documentTitleDone && this.documentTitle) {
      // Before any table: the builder reads a `# heading` there as the document's title.
      const t = this.documentTitle;
      this.documentTitleDone = true;
      yield {
        line: t.line, offset: t.offset - t.column + 1, piped: project.first.piped, accounted: [t],
        cells: [{ text: `# ${t.text}`, line: t.line, column: t.column, offset: t.offset, index: 0, synthetic: true }],
      };
    }
    const rows = projectRows(project, this.heading!, { title: this.title });
    const accounted = [...this.accounted.splice(0), ...project.accounted];
    if (accounted.length > 0) rows[0].accounted = accounted;
    this.started = true;
    for (const row of rows) row.family = "flat"; // rows of a grid get no family from textRows
    yield* rows;
  }

  private isHeadingAgain(record: FlatRecord): boolean {
    this.headingTexts ??= new Set(this.heading!.columns.map((c) => c.cell.text));
    const texts = this.headingTexts;
    return record.cells.length >= 3 && record.cells.every((c) => texts.has(c.text));
  }

  private account(cells: RawCell[]): void {
    (this.current?.accounted ?? this.accounted).push(...cells);
  }
}

const isFormTitle = (cell: RawCell) => classifyCell(cell.text).kind === "formTitle";

function* rows(pieces: Iterable<string>, sliceSize: number): Generator<RawRow> {
  const iterator = pieces[Symbol.iterator]();
  const first = iterator.next();
  if (first.done) return;
  function* all(): Generator<string> {
    yield first.value;
    for (let next = iterator.next(); !next.done; next = iterator.next()) yield next.value;
  }
  const syntax = flatSyntax(first.value);
  if (!syntax) { yield* tabularRows(all(), sliceSize || SLICE); return; }
  const reader = new FlatReader(syntax);
  for (const record of syntax === "csv" ? csvRecords(all()) : separatedRecords(all(), syntax)) yield* reader.push(record);
  yield* reader.finish();
}

/**
 * Rows already split into cells — a workbook's, a Word or HTML table's grid (src/read/grid.ts),
 * where a flat export is as common as in text — read as a flat export when one of the first rows
 * is its heading, and handed on as they are otherwise.
 */
export function* regroupRows(rows: Iterable<RawRow>): Generator<RawRow> {
  const reader = new FlatReader(undefined);
  for (const row of rows) yield* reader.push({ line: row.line, offset: row.offset, piped: row.piped, cells: row.cells, family: row.family });
  yield* reader.finish();
}

export const flat: LayoutFamily = {
  name: "flat",
  detect: (head) => (flatSyntax(head) ? 1 : 0),
  rows,
};
