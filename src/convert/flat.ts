/**
 * The canonical flat table of `convert --format tsv|csv|markdown`: one row per indicator
 * (all three levels filled in), with the project's header, fund and goal columns repeated;
 * a project without indicators is one row with empty indicator columns. It reads back into
 * the same model (`perfgoal convert table.tsv` → the JSON it came from).
 */
import { parseValue } from "../../grammar/value.js";
import { SCHEMA_VERSION } from "../model/version.js";
import type { ConvertOutput, DeclarationDocument, Project } from "../model/schema.js";

export const FLAT_COLUMNS = [
  "document", "path", "encoding", "document_title",
  "project_title", "year", "name", "nature", "category", "department", "implementer",
  "planned_start", "planned_end",
  "funds_unit", "project_total", "project_fiscal", "project_other",
  "annual_total", "annual_appropriation", "annual_carry_over", "annual_other",
  "goal_overall", "goal_annual", "start_line", "end_line",
  "level1", "level2", "indicator", "value_kind", "value", "line",
] as const;
type Column = (typeof FLAT_COLUMNS)[number];
type FlatRow = Record<Column, string>;

export type FlatFormat = "tsv" | "csv" | "markdown";

const FUND_COLUMNS: ReadonlyArray<[Column, keyof NonNullable<Project["funds"]>]> = [
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

function rowsOfProject(doc: FlatDocument, p: Project): FlatRow[] {
  const base = {
    document: String(doc.index), path: doc.path, encoding: doc.encoding, document_title: str(doc.title),
    project_title: str(p.title), year: str(p.year), name: str(p.name), nature: str(p.nature),
    category: str(p.category), department: str(p.department), implementer: str(p.implementer),
    planned_start: str(p.plannedStart), planned_end: str(p.plannedEnd),
    funds_unit: p.funds ? (p.funds.unit ?? "none") : "",
    goal_overall: str(p.goals.overall), goal_annual: str(p.goals.annual),
    start_line: String(p.lines.start), end_line: String(p.lines.end),
  } as FlatRow;
  for (const [column, key] of FUND_COLUMNS) base[column] = p.funds ? amount(p.funds[key] as number | null) : "";
  if (p.indicators.length === 0) return [{ ...base, level1: "", level2: "", indicator: "", value_kind: "", value: "", line: "" }];
  return p.indicators.map((i) => ({
    ...base,
    level1: str(i.level1), level2: str(i.level2), indicator: str(i.name),
    value_kind: i.value.kind, value: i.value.kind === "missing" ? "" : i.value.text, line: String(i.line),
  }));
}

// --- writing -----------------------------------------------------------------

const escapeTsv = (v: string) => v.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
const escapeCsv = (v: string) => (/[",\r\n]/.test(v) || /^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const escapeMd = (v: string) => v.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r/g, "\\r").replace(/\n/g, "\\n");

const LINE_END: Record<FlatFormat, string> = { tsv: "\n", csv: "\r\n", markdown: "\n" };

function line(cells: readonly string[], format: FlatFormat): string {
  if (format === "tsv") return cells.map(escapeTsv).join("\t");
  if (format === "csv") return cells.map(escapeCsv).join(",");
  return `| ${cells.map(escapeMd).join(" | ")} |`;
}

/** The header line(s) of the table. */
export function flatHeader(format: FlatFormat): string {
  const end = LINE_END[format];
  const header = line(FLAT_COLUMNS, format) + end;
  return format === "markdown" ? `${header}|${FLAT_COLUMNS.map(() => "---").join("|")}|${end}` : header;
}

/** The rows of one project (written as soon as the project is read). */
export function flatRows(doc: FlatDocument, project: Project, format: FlatFormat): string {
  const end = LINE_END[format];
  return rowsOfProject(doc, project).map((row) => line(FLAT_COLUMNS.map((c) => row[c]), format) + end).join("");
}

export function writeFlat(documents: DeclarationDocument[], format: FlatFormat): string {
  let out = flatHeader(format);
  documents.forEach((doc, d) => {
    for (const p of doc.projects) out += flatRows({ index: d + 1, path: doc.path, encoding: doc.encoding, title: doc.title }, p, format);
  });
  return out;
}

// --- reading back --------------------------------------------------------------

/** Which flat format the text is, if it is one (by its header row). */
export function detectFlat(text: string): FlatFormat | undefined {
  const first = text.replace(/^\ufeff/, "").split(/\r?\n/, 1)[0];
  if (first === FLAT_COLUMNS.join("\t")) return "tsv";
  if (first === FLAT_COLUMNS.join(",")) return "csv";
  if (first === `| ${FLAT_COLUMNS.join(" | ")} |`) return "markdown";
  return undefined;
}

function unescape(v: string): string {
  return v.replace(/\\(.)/g, (_m, c: string) => ({ t: "\t", n: "\n", r: "\r" } as Record<string, string>)[c] ?? c);
}

function splitTsv(text: string): string[][] {
  return text.split("\n").filter((l) => l.length > 0).map((l) => l.split("\t").map(unescape));
}

function splitMarkdown(text: string): string[][] {
  return text.split("\n").filter((l) => l.startsWith("|")).map((l) => {
    const cells: string[] = [];
    let current = "";
    for (let i = 1; i < l.length; i++) {
      if (l[i] === "\\" && i + 1 < l.length) { current += l[i] + l[i + 1]; i++; }
      else if (l[i] === "|") { cells.push(unescape(current.trim())); current = ""; }
      else current += l[i];
    }
    return cells;
  }).filter((_, i) => i !== 1);
}

function splitCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field); rows.push(row); row = []; field = "";
    } else field += c;
  }
  if (field.length > 0 || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

const orNull = (v: string) => (v === "" ? null : v);
const numOrNull = (v: string) => (v === "" ? null : Number(v));

/** The flat table back into convert's JSON. */
export function readFlat(text: string, format: FlatFormat): ConvertOutput {
  const body = text.replace(/^\ufeff/, "");
  const table = format === "tsv" ? splitTsv(body) : format === "csv" ? splitCsv(body) : splitMarkdown(body);
  const [header, ...rows] = table;
  const at = new Map(header.map((name, i) => [name, i]));
  const get = (row: string[], column: Column) => row[at.get(column)!] ?? "";
  const documents = new Map<string, DeclarationDocument>();
  const projects = new Map<string, Project>();
  for (const row of rows) {
    const docKey = get(row, "document");
    let doc = documents.get(docKey);
    if (!doc) {
      doc = { path: get(row, "path"), encoding: get(row, "encoding"), title: orNull(get(row, "document_title")), projects: [], diagnostics: [] };
      documents.set(docKey, doc);
    }
    const projectKey = `${docKey}|${get(row, "start_line")}`;
    let project = projects.get(projectKey);
    if (!project) {
      const unit = get(row, "funds_unit");
      project = {
        title: orNull(get(row, "project_title")), year: numOrNull(get(row, "year")),
        name: orNull(get(row, "name")), nature: orNull(get(row, "nature")), category: orNull(get(row, "category")),
        department: orNull(get(row, "department")), implementer: orNull(get(row, "implementer")),
        plannedStart: orNull(get(row, "planned_start")), plannedEnd: orNull(get(row, "planned_end")),
        funds: unit === "" ? null : {
          unit: unit === "none" ? null : (unit as "元" | "万元"),
          projectTotal: null, projectFiscal: null, projectOther: null,
          annualTotal: null, annualAppropriation: null, annualCarryOver: null, annualOther: null,
        },
        goals: { overall: orNull(get(row, "goal_overall")), annual: orNull(get(row, "goal_annual")) },
        indicators: [],
        lines: { start: Number(get(row, "start_line")), end: Number(get(row, "end_line")) },
      };
      if (project.funds) for (const [column, key] of FUND_COLUMNS) (project.funds[key] as number | null) = numOrNull(get(row, column));
      projects.set(projectKey, project);
      doc.projects.push(project);
    }
    const kind = get(row, "value_kind");
    if (kind === "") continue;
    const text = get(row, "value");
    project.indicators.push({
      level1: orNull(get(row, "level1")), level2: orNull(get(row, "level2")), name: orNull(get(row, "indicator")),
      value: kind === "missing" ? { kind: "missing" } : kind === "qualitative" ? { kind: "qualitative", text } : parseValue(text),
      line: Number(get(row, "line")),
    });
  }
  return { schemaVersion: SCHEMA_VERSION, documents: [...documents.values()] };
}
