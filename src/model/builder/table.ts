/**
 * One declaration table: rows are read by what they hold — header fields, funds labels,
 * goal labels and text, the indicator heading, indicator rows — in whatever order and
 * column the export left them.
 */
import { parseDate } from "../../../grammar/date.js";
import type { HeaderField } from "../../../grammar/cell-kinds.js";
import type { MoneyUnit } from "../../../grammar/money.js";
import { valueInYear } from "../../../grammar/value.js";
import { yearInTitle, type NonDataKind } from "../../../grammar/cell-kinds.js";
import type { ConflictNode, HeaderNode, NoteNode, Place, ProjectNode } from "../nodes.js";
import { IndicatorColumns, isHeadingRow } from "./columns.js";
import { placeOf } from "../nodes.js";
import type { Row } from "./join-labels.js";
import type { CellLedger } from "./ledger.js";
import { readHeaderRow } from "./header.js";
import { emptyFunds, readAmounts, readFundsRow, type GroupColumns } from "./funds.js";
import { emptyGoals, GoalReader } from "./goals.js";
import { hasIndicatorContent, readIndicatorRow, type RowItem } from "./indicators.js";
import { placeIndicators } from "./placement.js";
import { projectSpan } from "../multi-year.js";

type Section = "header" | "goals" | "indicators";

/** The rows of one declaration table, and its form title when it has one. */
export interface TableRows {
  title: Place | null;
  rows: Row[];
}

const has = (row: Row, ...kinds: string[]) => row.cells.some((c) => kinds.includes(c.kind.kind));

/** What the document says for all its tables. */
export interface DocumentDefaults {
  year: number | null;
  unit?: MoneyUnit;
}

/** A row that is not data (审核意见, 注：…, 填报人：…, 第 1 页 共 3 页): its first cell says so. */
function nonDataOf(row: Row): NonDataKind | undefined {
  const first = row.cells[0];
  return first?.kind.kind === "nonData" ? first.kind.what : undefined;
}

/**
 * Inside the indicator table, a row is an indicator row unless it is plainly another part of
 * the form: a header field row with no value or category on it, a funds row of labels and amounts.
 */
function readsAsIndicator(row: Row): boolean {
  if (has(row, "value", "level1", "level2", "nature")) return true;
  if (has(row, "fundsSection")) return false;
  if (has(row, "field")) return !row.cells.some((c, i) => c.kind.kind === "field" && row.cells[i + 1]?.kind.kind === "text");
  if (has(row, "fundLabel")) return !has(row, "amount");
  return true;
}

export function buildTable(table: TableRows, ledger: CellLedger, defaults: DocumentDefaults): ProjectNode {
  const header: HeaderNode = { values: {}, labels: {} };
  const conflicts: ConflictNode[] = [];
  const notes: NoteNode[] = [];
  const funds = emptyFunds();
  let fundsSeen = false;
  const groups: GroupColumns = { project: new Set(), annual: new Set() };
  const goals = emptyGoals();
  const goalReader = new GoalReader(goals, ledger);
  const columns = new IndicatorColumns();
  const items: RowItem[] = [];
  let section: Section = "header";
  let year: number | null = null;
  let yearPlace = null;

  let unitNote: MoneyUnit | undefined;
  for (const row of table.rows) {
    for (const cell of row.cells) {
      if (cell.kind.kind === "unitNote") {
        unitNote ??= cell.kind.unit;
        ledger.place(cell);
      }
    }
    const nonData = nonDataOf(row);
    if (nonData) {
      for (const cell of row.cells) ledger.place(cell);
      if (nonData !== "pageMark") notes.push({ kind: nonData, text: row.cells.map((c) => c.text).join(" "), place: placeOf(row.cells[0]) });
    } else if (isHeadingRow(row.cells)) {
      section = "indicators";
      columns.learn(row.cells);
      for (const cell of row.cells) if (cell.kind.kind === "indicatorHeading" || cell.kind.kind === "indicatorSection") ledger.place(cell);
    } else if (section === "indicators" && readsAsIndicator(row)) {
      const item = readIndicatorRow(row, ledger, columns);
      if (hasIndicatorContent(item) || item.level1 || item.level2) items.push(item);
    } else if (has(row, "field") && !has(row, "goalHeading", "goalSection")) {
      readHeaderRow(row, header, ledger, conflicts);
    } else if (has(row, "fundsSection", "fundLabel")) {
      fundsSeen = true;
      readFundsRow(row, funds, groups, ledger, conflicts);
    } else if (has(row, "goalHeading", "goalSection") && section !== "indicators") {
      section = "goals";
      goalReader.read(row);
    } else if (has(row, "indicatorHeading", "level1", "level2", "indicatorSection")) {
      section = "indicators";
      const item = readIndicatorRow(row, ledger, columns);
      if (hasIndicatorContent(item) || item.level1 || item.level2) items.push(item);
    } else if (has(row, "year") && section === "header" && year === null) {
      const cell = row.cells.find((c) => c.kind.kind === "year")!;
      if (cell.kind.kind === "year") year = cell.kind.year;
      yearPlace = placeOf(cell);
      ledger.place(cell);
    } else if (section === "goals") {
      goalReader.read(row);
    }
    // Anything else stays unplaced and is reported as layout-unrecognized-cell.
  }
  if (fundsSeen) readAmounts(funds, funds.unit ?? unitNote ?? defaults.unit ?? null);

  const text = (field: HeaderField) => header.values[field]?.text ?? null;
  const date = (field: HeaderField) => {
    const raw = text(field);
    return raw === null ? null : parseDate(raw) ?? null;
  };
  const span = projectSpan({
    nature: text("nature"), plannedStart: date("plannedStart"), plannedEnd: date("plannedEnd"),
    projectFen: funds.fen.projectTotal, annualFen: funds.fen.annualTotal,
  });
  // A lone goal is the year's in a project of one year, or one whose whole-project money is blank
  // (the Shanghai form's 经常性 projects), unless the table says the project runs over years.
  const blankProjectTotal = fundsSeen && funds.amounts.projectTotal === undefined;
  goalReader.finish({ annualProject: !span.multiYear && (span.annual || blankProjectTotal) });
  // Rows come in line order: the last is the table's last line.
  const start = table.title?.line ?? table.rows[0].line;
  const end = Math.max(start, table.rows.at(-1)?.line ?? start);
  const tableYear = year ?? (table.title ? yearInTitle(table.title.text) ?? null : null) ?? defaults.year;
  const indicators = placeIndicators(items);
  // A deadline without its year (`6月底前`) is in the table's year.
  for (const indicator of indicators) indicator.value = valueInYear(indicator.value, tableYear);
  return {
    title: table.title?.text ?? null,
    year: tableYear,
    yearPlace,
    name: text("name"),
    nature: text("nature"),
    category: text("category"),
    department: text("department"),
    implementer: text("implementer"),
    plannedStart: date("plannedStart"),
    plannedEnd: date("plannedEnd"),
    header,
    funds: fundsSeen ? funds : null,
    goals,
    indicators,
    lines: { start, end },
    place: table.title ?? placeOf(table.rows[0].cells[0]),
    contact: text("contact"),
    notes,
    conflicts,
  };
}
