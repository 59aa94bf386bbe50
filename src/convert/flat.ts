/**
 * The canonical flat table of `convert --format tsv|csv|markdown`: one row per indicator
 * (all three levels filled in), with the project's header, fund and goal columns repeated;
 * a project without indicators is one row with empty indicator columns; each of the
 * document's findings (cells the reader could not place …) is a row with the finding columns
 * filled in; a document with neither is one row of its document columns. It reads back into
 * the same JSON (flat-read.ts). CSV is for spreadsheets: a UTF-8 BOM (unless --no-bom) and
 * cells that a spreadsheet would take for a formula are guarded with a leading apostrophe.
 */
import type { DeclarationDocument, Diagnostic, Project } from "../model/schema.js";

export const FLAT_COLUMNS = [
  "document", "path", "encoding", "document_title",
  "project_title", "year", "name", "nature", "category", "department", "implementer",
  "planned_start", "planned_end",
  "funds_unit", "project_total", "project_fiscal", "project_other",
  "annual_total", "annual_appropriation", "annual_carry_over", "annual_other",
  "goal_overall", "goal_annual", "start_line", "end_line",
  "level1", "level2", "indicator", "value_kind", "value", "line",
  "rule_id", "severity", "message", "column", "finding_project", "place",
  "project_extra", "indicator_extra",
] as const;
export type Column = (typeof FLAT_COLUMNS)[number];
type FlatRow = Record<Column, string>;

/** The columns of tables written before findings had rows, and before the extra columns (both still read back). */
export const FIRST_COLUMNS = FLAT_COLUMNS.slice(0, FLAT_COLUMNS.indexOf("rule_id"));
export const FINDING_COLUMNS = FLAT_COLUMNS.slice(0, FLAT_COLUMNS.indexOf("project_extra"));

/** What a project has beyond the flat columns, as JSON (contact, values as written, notes, how it was laid out). */
function projectExtra(p: Project): string {
  const { contact, asWritten, notes, layout } = p;
  const extra = { contact, asWritten, notes, layout };
  return Object.values(extra).some((v) => v !== undefined) ? JSON.stringify(extra) : "";
}

/** What an indicator has beyond the flat columns, as JSON (中期 value, weight, nature, direction, other columns). */
function indicatorExtra(i: Project["indicators"][number]): string {
  const { longTermValue, weight, nature, direction, other } = i;
  const extra = { longTermValue, weight, nature, direction, other };
  return Object.values(extra).some((v) => v !== undefined) ? JSON.stringify(extra) : "";
}

export type FlatFormat = "tsv" | "csv" | "markdown";

export const FUND_COLUMNS: ReadonlyArray<[Column, keyof NonNullable<Project["funds"]>]> = [
  ["project_total", "projectTotal"], ["project_fiscal", "projectFiscal"], ["project_other", "projectOther"],
  ["annual_total", "annualTotal"], ["annual_appropriation", "annualAppropriation"],
  ["annual_carry_over", "annualCarryOver"], ["annual_other", "annualOther"],
];

const str = (v: string | number | null | undefined) => (v === null || v === undefined ? "" : String(v));
const amount = (v: number | null) => (v === null ? "" : v.toFixed(2));

/** What the rows of a document repeat about it. */
export interface FlatDocument {
  /** 1-based position of the document in the run. */
  index: number;
  path: string;
  encoding: string;
  title: string | null;
}

const EMPTY_FINDING = { rule_id: "", severity: "", message: "", column: "", finding_project: "", place: "", indicator_extra: "" };

function documentColumns(doc: FlatDocument): Partial<FlatRow> {
  return { document: String(doc.index), path: doc.path, encoding: doc.encoding, document_title: str(doc.title) };
}

function rowsOfProject(doc: FlatDocument, p: Project): FlatRow[] {
  const base = {
    ...documentColumns(doc),
    project_title: str(p.title), year: str(p.year), name: str(p.name), nature: str(p.nature),
    category: str(p.category), department: str(p.department), implementer: str(p.implementer),
    planned_start: str(p.plannedStart), planned_end: str(p.plannedEnd),
    funds_unit: p.funds ? (p.funds.unit ?? "none") : "",
    goal_overall: str(p.goals.overall), goal_annual: str(p.goals.annual),
    start_line: String(p.lines.start), end_line: String(p.lines.end),
    ...EMPTY_FINDING,
    project_extra: projectExtra(p),
  } as FlatRow;
  for (const [column, key] of FUND_COLUMNS) base[column] = p.funds ? amount(p.funds[key] as number | null) : "";
  if (p.indicators.length === 0) return [{ ...base, level1: "", level2: "", indicator: "", value_kind: "", value: "", line: "" }];
  return p.indicators.map((i) => ({
    ...base,
    level1: str(i.level1), level2: str(i.level2), indicator: str(i.name),
    value_kind: i.value.kind, value: i.value.kind === "missing" ? "" : i.value.text, line: String(i.line),
    indicator_extra: indicatorExtra(i),
  }));
}

/** A row with only the document's columns (and, for a finding, the finding's). */
function documentRow(doc: FlatDocument, d?: Diagnostic): FlatRow {
  const row = Object.fromEntries(FLAT_COLUMNS.map((c) => [c, ""])) as FlatRow;
  Object.assign(row, documentColumns(doc));
  if (d) {
    Object.assign(row, {
      rule_id: d.ruleId, severity: d.severity, message: d.message, line: str(d.line), column: str(d.column),
      finding_project: str(d.project), place: str(d.place),
    });
  }
  return row;
}

// --- writing -----------------------------------------------------------------

const escapeTsv = (v: string) => v.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
const escapeCsv = (v: string) => {
  const guarded = guardFormula(v);
  return /[",\r\n]/.test(guarded) || /^\s|\s$/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
};

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab or CR first; not a plain
 * number such as -12.50) gets a leading apostrophe, as OWASP recommends; so does one that
 * already starts with apostrophes before such a character, so reading back takes one off.
 */
export function guardFormula(v: string): string {
  return /^'*[=+\-@\t\r]/.test(v) && !/^[+-]?\d+(\.\d+)?$/.test(v) ? `'${v}` : v;
}

export function unguardFormula(v: string): string {
  return /^'+[=+\-@\t\r]/.test(v) ? v.slice(1) : v;
}

const escapeMd = (v: string) => v.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r/g, "\\r").replace(/\n/g, "\\n");

const LINE_END: Record<FlatFormat, string> = { tsv: "\n", csv: "\r\n", markdown: "\n" };

function line(cells: readonly string[], format: FlatFormat): string {
  if (format === "tsv") return cells.map(escapeTsv).join("\t");
  if (format === "csv") return cells.map(escapeCsv).join(",");
  return `| ${cells.map(escapeMd).join(" | ")} |`;
}

/** The header line(s) of the table; CSV starts with a UTF-8 BOM unless `bom` is false. */
export function flatHeader(format: FlatFormat, bom = false): string {
  const end = LINE_END[format];
  const header = line(FLAT_COLUMNS, format) + end;
  if (format === "markdown") return `${header}|${FLAT_COLUMNS.map(() => "---").join("|")}|${end}`;
  return format === "csv" && bom ? `\ufeff${header}` : header;
}

/** The rows of one project (written as soon as the project is read). */
export function flatRows(doc: FlatDocument, project: Project, format: FlatFormat): string {
  const end = LINE_END[format];
  return rowsOfProject(doc, project).map((row) => line(FLAT_COLUMNS.map((c) => row[c]), format) + end).join("");
}

/** The rows that close a document: its findings, or one document row when it had nothing else. */
export function flatDocumentEnd(doc: FlatDocument, diagnostics: readonly Diagnostic[], hadProjects: boolean, format: FlatFormat): string {
  const end = LINE_END[format];
  const rows = diagnostics.length > 0 ? diagnostics.map((d) => documentRow(doc, d)) : hadProjects ? [] : [documentRow(doc)];
  return rows.map((row) => line(FLAT_COLUMNS.map((c) => row[c]), format) + end).join("");
}

export function writeFlat(documents: DeclarationDocument[], format: FlatFormat, bom = false): string {
  let out = flatHeader(format, bom);
  documents.forEach((doc, d) => {
    const flat = { index: d + 1, path: doc.path, encoding: doc.encoding, title: doc.title };
    for (const p of doc.projects) out += flatRows(flat, p, format);
    out += flatDocumentEnd(flat, doc.diagnostics, doc.projects.length > 0, format);
  });
  return out;
}
