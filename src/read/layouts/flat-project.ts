/**
 * One project of a flat export, as the rows of a classic declaration the table builder reads:
 *
 *   [title]                          the form title, when the export or perfgoal's own format has one
 *   [项目名称, value]                 starts the table; then the other header fields, a pair a row
 *   [(2024年度)]                      the year, when a column gives it
 *   [cells reported as they are]     conflicting copies, stray cells, total and non-data rows
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
  /** Rows of cells that stay as they are and are reported (conflicts, strays, totals). */
  leftovers: CellRow[];
  /** Each data row's indicator cells, by column. */
  indicators: Array<{ row: CellRow; cells: Map<Column, RawCell> }>;
  /** Cells read by the front end itself (copies, keys, provenance). */
  accounted: RawCell[];
}

export function newProject(first: CellRow): FlatProject {
  return { first, values: new Map(), inherited: new Map(), leftovers: [], indicators: [], accounted: [] };
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

/** The project's rows, in the order a declaration table prints them. */
export function projectRows(project: FlatProject, heading: Heading, context: EmitContext): RawRow[] {
  const rows: RawRow[] = [];
  const anchor = project.first.cells[0];
  const row = (cells: RawCell[], from: CellRow = project.first): RawRow => ({ line: from.line, offset: from.offset, cells, piped: from.piped });
  const value = (column: Column | undefined) => (column ? project.values.get(column) ?? project.inherited.get(column) : undefined);
  const valueCell = (column: Column, index: number) => {
    const real = project.values.get(column);
    if (real) return at(real, index);
    const copy = project.inherited.get(column);
    return copy ? { ...label(copy.text, copy, index) } : undefined;
  };
  /** `[label, value]` at columns `index`, `index + 1`. */
  const pair = (column: Column, index = 0): RawCell[] => {
    const cell = valueCell(column, index + 1);
    return cell ? [label(column.label, cell, index), cell] : [label(column.label, anchor, index)];
  };
  const find = (test: (c: Column) => boolean) => heading.columns.find(test);

  // The title, then the name: each starts a table.
  const title = value(find(own("title")));
  if (title) rows.push(row([at(title, 0)]));
  else if (context.title) rows.push(row([label(context.title.text, anchor, 0)]));
  const name = find((c) => c.role.kind === "field" && c.role.field === "name")!;
  rows.push(row(pair(name)));

  const year = value(find(own("year")));
  if (year) {
    const digits = YEAR.exec(year.text);
    if (digits) {
      rows.push(row([label(`(${digits[1]}年度)`, year, 0)]));
      project.accounted.push(year);
    } else project.leftovers.push(row([year]));
  }

  // A blank cell under a heading is a field left blank; perfgoal's own format writes a field the
  // declaration did not have as blank too, so there only a value brings its label.
  for (const field of FIELD_ORDER) {
    const column = find((c) => c.role.kind === "field" && c.role.field === field);
    if (column && (!heading.own || value(column))) rows.push(row(pair(column)));
  }

  const funds = fundRows(project, heading, pair, row);
  const goals: RawRow[] = [];
  for (const which of ["overall", "annual"] as const) {
    const column = find((c) => c.role.kind === "goal" && c.role.which === which);
    if (column && value(column)) goals.push(row(pair(column)));
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
    indicatorRows.push(row(listed, source));
  }

  // Leftovers stand among the header rows, where a row of unknown cells is read as nothing
  // (below the goals it would be read as goal text, below the indicator heading as an indicator).
  for (const leftover of project.leftovers) rows.push(row(leftover.cells, leftover));
  rows.push(...funds, ...goals);
  if (indicatorRows.length > 0) {
    const place = indicatorRows[0].cells[0];
    const labels = heading.slots.flatMap((c, i) => (c.role.kind === "indicator" ? [label(slotLabel(c, project), place, i)] : []));
    rows.push(row(labels, project.indicators[0].row), ...indicatorRows);
  }
  return rows;
}

/** Funds rows, when the heading has funds columns (perfgoal's own format: when the project had funds). */
function fundRows(
  project: FlatProject, heading: Heading,
  pair: (column: Column, index?: number) => RawCell[], row: (cells: RawCell[]) => RawRow,
): RawRow[] {
  const column = (key: FundKey) => heading.columns.find((c) => c.role.kind === "fund" && c.role.key === key);
  const funds = heading.columns.filter((c) => c.role.kind === "fund");
  if (funds.length === 0) return [];
  let note: RawCell | undefined;
  if (heading.own) {
    const unitColumn = heading.columns.find(own("fundsUnit"));
    const unit = unitColumn && project.values.get(unitColumn);
    if (!unit) {
      // No funds block in the declaration: an amount here is not one of its amounts.
      for (const c of funds) { const amount = project.values.get(c); if (amount) project.leftovers.push(row([amount])); }
      return [];
    }
    project.accounted.push(unit);
    // perfgoal writes amounts in 元 whatever the unit the declaration declared (`none`: it declared none).
    if (unit.text === "元" || unit.text === "万元") note = label("单位：元", unit, 4);
  } else {
    const named = funds.find((c) => c.unit !== null);
    if (named) note = label(`单位：${named.unit}`, project.values.get(named) ?? project.first.cells[0], 4);
  }
  const rows: RawRow[] = [];
  for (const [key, index] of FUND_ROWS) {
    const c = column(key);
    if (c) rows.push(row(pair(c, index)));
  }
  const projectOther = column("projectOther"), annualOther = column("annualOther");
  if (projectOther || annualOther) {
    // Two 其他资金 on a row: the first is the project's, the second the year's.
    const left = projectOther ? pair(projectOther, 0) : [label(FUND_LABEL.projectOther, project.first.cells[0], 0)];
    const right = annualOther ? pair(annualOther, 2) : [label(FUND_LABEL.annualOther, project.first.cells[0], 2)];
    rows.push(row([...left, ...right]));
  }
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
