/**
 * One project of a flat export, as the rows of a classic declaration the table builder reads:
 *
 *   [title]                          the form title, when the export or perfgoal's own format has one
 *   [项目名称, value]                 starts the table; then the other header fields, a pair a row
 *                                    (a later value that differs: a second pair, which the builder
 *                                    keeps as a conflict and reports)
 *   [(2024年度)]                      the year, when a column gives it
 *   [cells as they are]              stray cells, total rows (合计 first: a note), non-data rows
 *   [项目资金总额, amount, …]         funds: the project group at columns 0–1, the year's at 2–3,
 *                                    `单位：万元` when the heading names the unit
 *   [年度总体目标, text]              goals
 *   [一级指标, 二级指标, 三级指标, 指标值, 计量单位, …]   the indicator heading, one label per column
 *   [一级, 二级, 三级, value, unit, …]                   one row per data row, cells under those labels
 *
 * Real cells keep their places. Labels are synthetic (never counted or reported as cells) and
 * stand where the value they label stands (or at the project's first cell when it is blank), so
 * findings point at the project's rows. Cells the front end read itself — the heading, copies
 * of a project's cells repeated on later rows, perfgoal's own key and provenance columns — are
 * handed on in the first row's `accounted`.
 */
import type { RawCell, RawRow } from "../../../grammar/parser.js";
import { parseValue } from "../../../grammar/value.js";
import { COLUMN_HEADINGS, type HeaderField } from "../../../grammar/vocabulary.js";
import type { FundKey } from "../../model/nodes.js";
import { FUND_LABEL, type Column, type Heading, type OwnColumn } from "./flat-heading.js";

/** A row of cells as read (a data row's leftovers, a total row). */
export interface CellRow {
  line: number;
  offset: number;
  piped: boolean;
  cells: RawCell[];
}

/** What the rows of one project gave. */
export interface FlatProject {
  /** The project's first row (its place). */
  first: CellRow;
  /** The first value of each project column. */
  values: Map<Column, RawCell>;
  /** Values of merged cells over several projects (the unit), from the project above. */
  inherited: Map<Column, RawCell>;
  /** Later values of a header field or an amount that differ from the first: kept, and reported as conflicts. */
  conflicts: Map<Column, RawCell[]>;
  /** Rows of cells that stay as they are (strays, other conflicts, total and non-data rows). */
  leftovers: CellRow[];
  /** Each data row's indicator cells, by column. */
  indicators: Array<{ row: CellRow; cells: Map<Column, RawCell> }>;
  /** Cells read by the front end itself (copies, keys, provenance). */
  accounted: RawCell[];
}

export function newProject(first: CellRow): FlatProject {
  return { first, values: new Map(), inherited: new Map(), conflicts: new Map(), leftovers: [], indicators: [], accounted: [] };
}

const FIELD_ORDER: readonly HeaderField[] = ["nature", "category", "department", "implementer", "plannedStart", "plannedEnd", "contact"];
/** Funds as the form prints them: the project group left (columns 0–1), the year's right (2–3). */
const FUND_ROWS: ReadonlyArray<[FundKey, 0 | 2]> = [
  ["projectTotal", 0], ["projectFiscal", 0], ["annualTotal", 2], ["annualAppropriation", 2], ["annualCarryOver", 2],
];
/** Indicator roles that make a row an indicator (a weight or a remark alone does not). */
const CORE = new Set(["level1", "level2", "level3", "value", "number", "operator", "longTermValue"]);
const OPERATORS = /^(?:[≥≤=<>≧≦]|>=|<=)$/;
const YEAR = /^(\d{4})(?:年度?)?$/;

const own = (column: OwnColumn) => (c: Column) => c.role.kind === "own" && c.role.column === column;

/** A label the front end supplies, standing at `place`. */
function label(text: string, place: RawCell, index: number): RawCell {
  const cell: RawCell = { text, line: place.line, column: place.column, offset: place.offset, index, synthetic: true };
  if (place.where !== undefined) cell.where = place.where;
  return cell;
}

/** A real cell at its position on a front-end row. */
const at = (cell: RawCell, index: number): RawCell => ({ ...cell, index });

/** What the project's rows hand on besides their own cells. */
export interface EmitContext {
  /** A form title said once above the heading, restated for every project. */
  title?: RawCell;
}

/** Rows of one project under construction, with the ways to write a label and its value. */
class Writer {
  readonly anchor: RawCell;
  constructor(readonly project: FlatProject) {
    this.anchor = project.first.cells[0];
  }

  row(cells: RawCell[], from: CellRow = this.project.first): RawRow {
    return { line: from.line, offset: from.offset, cells, piped: from.piped };
  }

  /** The project's value of a column: its own, or the unit carried down from the project above (a synthetic copy at the cell). */
  value(column: Column | undefined, index = 1): RawCell | undefined {
    if (!column) return undefined;
    const real = this.project.values.get(column);
    if (real) return at(real, index);
    const above = this.project.inherited.get(column);
    return above ? label(above.text, above, index) : undefined;
  }

  /** `[label, value]` at columns `index` and `index + 1`; the label alone, at the project's first cell, when there is no value. */
  pair(column: Column, value: RawCell | undefined, index = 0): RawCell[] {
    return value ? [label(column.label, value, index), at(value, index + 1)] : [label(column.label, this.anchor, index)];
  }

  /** A label and value, then a pair for each later value that differs: the builder keeps the first and reports the others. */
  pairs(column: Column, index = 0, always = false): RawRow[] {
    const value = this.value(column, index + 1);
    const rows = value || always ? [this.row(this.pair(column, value, index))] : [];
    for (const other of this.project.conflicts.get(column) ?? []) rows.push(this.row(this.pair(column, other, index)));
    return rows;
  }
}

/** The project's rows, in the order a declaration table prints them. */
export function projectRows(project: FlatProject, heading: Heading, context: EmitContext): RawRow[] {
  const w = new Writer(project);
  const rows: RawRow[] = [];
  const find = (test: (c: Column) => boolean) => heading.columns.find(test);
  const field = (name: HeaderField) => find((c) => c.role.kind === "field" && c.role.field === name);

  // The title, then the name: each starts a table.
  const title = project.values.get(find(own("title"))!);
  if (title) rows.push(w.row([at(title, 0)]));
  else if (context.title) rows.push(w.row([label(context.title.text, w.anchor, 0)]));
  rows.push(...w.pairs(field("name")!, 0, true));

  const year = project.values.get(find(own("year"))!);
  if (year) {
    const digits = YEAR.exec(year.text);
    if (digits) {
      rows.push(w.row([label(`(${digits[1]}年度)`, year, 0)]));
      project.accounted.push(year);
    } else project.leftovers.push(w.row([year]));
  }

  // A field's label comes with its value: a blank cell under a heading is a field not filled in
  // (and labels without values would read as a form whose values stand elsewhere).
  for (const name of FIELD_ORDER) {
    const column = field(name);
    if (column) rows.push(...w.pairs(column));
  }

  const funds = fundRows(w, heading);
  const goals: RawRow[] = [];
  for (const which of ["overall", "annual"] as const) {
    const column = find((c) => c.role.kind === "goal" && c.role.which === which);
    const value = w.value(column);
    if (column && value) goals.push(w.row(w.pair(column, value)));
  }

  const indicatorRows: RawRow[] = [];
  const slots = new Map(heading.slots.map((c, i) => [c, i]));
  for (const { row: source, cells } of project.indicators) {
    checkValueKind(project, heading, cells);
    const core = [...cells.keys()].some((c) => c.role.kind === "indicator" && CORE.has(c.role.role));
    const found = [...cells].filter(([c]) => slots.has(c));
    // A row without 三级, value or category is no indicator: its cells are reported as they are.
    if (!core) { if (found.length > 0) project.leftovers.push({ ...source, cells: found.map(([, cell]) => cell) }); continue; }
    const listed = found.map(([c, cell]) => at(cell, slots.get(c)!)).sort((a, b) => a.index - b.index);
    indicatorRows.push(w.row(listed, source));
  }

  // Leftovers stand among the header rows, where a row of other cells is read as nothing, or as a
  // note when its first cell says it is one (合计, 注：) — below the goals it would be read as
  // goal text, below the indicator heading as an indicator.
  for (const leftover of project.leftovers) rows.push(w.row(leftover.cells, leftover));
  rows.push(...funds, ...goals);
  if (indicatorRows.length > 0) {
    const place = indicatorRows[0].cells[0];
    const labels = heading.slots.flatMap((c, i) => (c.role.kind === "indicator" ? [label(slotLabel(c, project), place, i)] : []));
    rows.push(w.row(labels, project.indicators[0].row), ...indicatorRows);
  }
  return rows;
}

/**
 * Funds rows, for the amounts the project has (perfgoal's own format: every funds label when the
 * declaration had a funds block, as it wrote them).
 */
function fundRows(w: Writer, heading: Heading): RawRow[] {
  const project = w.project;
  const column = (key: FundKey) => heading.columns.find((c) => c.role.kind === "fund" && c.role.key === key);
  const funds = heading.columns.filter((c) => c.role.kind === "fund");
  if (funds.length === 0) return [];
  let note: RawCell | undefined;
  if (heading.own) {
    const unitColumn = heading.columns.find(own("fundsUnit"));
    const unit = unitColumn && project.values.get(unitColumn);
    if (!unit) {
      // No funds block in the declaration: an amount here is not one of its amounts.
      for (const c of funds) for (const amount of [project.values.get(c), ...(project.conflicts.get(c) ?? [])]) if (amount) project.leftovers.push(w.row([amount]));
      return [];
    }
    project.accounted.push(unit);
    // perfgoal writes amounts in 元 whatever the unit the declaration declared (`none`: it declared none).
    if (unit.text === "元" || unit.text === "万元") note = label("单位：元", unit, 4);
  } else {
    const named = funds.find((c) => c.unit !== null);
    if (named) note = label(`单位：${named.unit}`, project.values.get(named) ?? w.anchor, 4);
  }
  const rows: RawRow[] = [];
  for (const [key, index] of FUND_ROWS) {
    const c = column(key);
    if (c) rows.push(...w.pairs(c, index, heading.own));
  }
  // Two 其他资金 on a row: the first is the project's, the second the year's.
  const left = column("projectOther"), right = column("annualOther");
  const others = (l: RawCell | undefined, r: RawCell | undefined) => w.row([
    ...(left ? w.pair(left, l, 0) : [label(FUND_LABEL.projectOther, w.anchor, 0)]),
    ...(right ? w.pair(right, r, 2) : [label(FUND_LABEL.annualOther, w.anchor, 2)]),
  ]);
  const l = left && project.values.get(left), r = right && project.values.get(right);
  if ((left || right) && (heading.own || l || r)) rows.push(others(l, r));
  for (const other of (left && project.conflicts.get(left)) ?? []) rows.push(others(other, undefined));
  for (const other of (right && project.conflicts.get(right)) ?? []) rows.push(others(undefined, other));
  if (note && rows.length > 0) rows[0].cells.push(note);
  return rows;
}

/**
 * The label of an indicator column for this project: a 指标性质 column that holds operators
 * (`≥`, `=`, as Sichuan's exports do) is the operator column.
 */
function slotLabel(column: Column, project: FlatProject): string {
  if (column.role.kind !== "indicator") return column.label;
  if (column.role.role !== "nature") return column.label;
  let operators = 0, others = 0;
  for (const { cells } of project.indicators) {
    const cell = cells.get(column);
    if (cell) OPERATORS.test(cell.text.trim()) ? operators++ : others++;
  }
  return operators > 0 && operators >= others ? COLUMN_HEADINGS.operator[0] : column.label;
}

/** perfgoal's own `value_kind` says what the value is: it is accounted for when it agrees, reported when it does not. */
function checkValueKind(project: FlatProject, heading: Heading, cells: Map<Column, RawCell>): void {
  if (!heading.own) return;
  const kindColumn = heading.columns.find(own("valueKind"));
  const kind = kindColumn && cells.get(kindColumn);
  if (!kind) return;
  const valueColumn = heading.columns.find((c) => c.role.kind === "indicator" && c.role.role === "value");
  const value = valueColumn && cells.get(valueColumn);
  const actual = value ? parseValue(value.text).kind : "missing";
  if (actual === kind.text) project.accounted.push(kind);
  else project.leftovers.push({ line: kind.line, offset: kind.offset - kind.column + 1, piped: false, cells: [kind] });
}
