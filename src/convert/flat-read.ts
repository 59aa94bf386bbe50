/**
 * A flat table (flat.ts) read back into convert's JSON, as it streams: the text comes in
 * pieces, records are cut as they complete (a CSV field may hold line breaks), and each
 * project goes to the sink as soon as its last row is read — a 770 MB table is never one
 * string. Tables written before findings had rows (without the finding columns) read too.
 */
import { parseValue, valueInYear } from "../../grammar/value.js";
import { SCHEMA_VERSION } from "../model/version.js";
import type { ConvertOutput, DeclarationDocument, Diagnostic, Project, Severity } from "../model/schema.js";
import type { ConvertSink } from "./sink.js";
import { FINDING_COLUMNS, FIRST_COLUMNS, FLAT_COLUMNS, FUND_COLUMNS, unguardFormula, type Column, type FlatFormat } from "./flat.js";

/** Which flat format a text is, if it is one (by its first line). */
export function detectFlat(text: string): FlatFormat | undefined {
  const first = text.replace(/^\ufeff/, "").split(/\r?\n/, 1)[0];
  for (const columns of [FLAT_COLUMNS, FINDING_COLUMNS, FIRST_COLUMNS]) {
    if (first === columns.join("\t")) return "tsv";
    if (first === columns.join(",")) return "csv";
    if (first === `| ${columns.join(" | ")} |`) return "markdown";
  }
  return undefined;
}

/** The whole table at once (tests, the library). */
export function readFlat(text: string, format: FlatFormat): ConvertOutput {
  const documents: DeclarationDocument[] = [];
  let current: DeclarationDocument | undefined;
  readFlatInto([text], format, {
    startDocument: (start) => { current = { ...start, projects: [], diagnostics: [] }; documents.push(current); },
    project: (project) => { current!.projects.push(project); },
    endDocument: (diagnostics) => { current!.diagnostics = diagnostics; },
  });
  return { schemaVersion: SCHEMA_VERSION, documents };
}

/** Read a flat table from its pieces into a sink, document by document, project by project. */
export function readFlatInto(pieces: Iterable<string>, format: FlatFormat, sink: Pick<ConvertSink, "startDocument" | "project" | "endDocument">): void {
  let at: Map<string, number> | undefined;
  let documentKey: string | undefined;
  let diagnostics: Diagnostic[] = [];
  let project: Project | undefined, projectKey = "";
  const flushProject = () => {
    if (project) sink.project(project);
    project = undefined;
  };
  const endDocument = () => {
    flushProject();
    if (documentKey !== undefined) sink.endDocument(diagnostics);
    diagnostics = [];
  };
  for (const cells of records(pieces, format)) {
    if (cells.length === 1 && cells[0] === "") continue; // a blank line
    if (!at) {
      at = new Map(cells.map((name, i) => [name.replace(/^\ufeff/, ""), i]));
      continue;
    }
    const row = at;
    const get = (column: Column) => {
      const i = row.get(column);
      const v = i === undefined ? "" : cells[i] ?? "";
      return format === "csv" ? unguardFormula(v) : v;
    };
    if (get("document") !== documentKey) {
      endDocument();
      documentKey = get("document");
      sink.startDocument({ path: get("path"), encoding: get("encoding"), title: orNull(get("document_title")) });
    }
    if (get("rule_id") !== "") {
      flushProject();
      diagnostics.push(findingOf(get));
      continue;
    }
    if (get("start_line") === "") continue; // a document without projects or findings
    const key = get("start_line");
    if (!project || key !== projectKey) {
      flushProject();
      project = projectOf(get);
      projectKey = key;
    }
    const kind = get("value_kind");
    if (kind === "") continue;
    const text = get("value");
    const extra = get("indicator_extra");
    project.indicators.push({
      level1: orNull(get("level1")), level2: orNull(get("level2")), name: orNull(get("indicator")),
      value: kind === "missing" ? { kind: "missing" } : kind === "qualitative" ? { kind: "qualitative", text } : valueInYear(parseValue(text), project.year),
      ...(extra === "" ? {} : defined(JSON.parse(extra))),
      line: Number(get("line")),
    });
  }
  endDocument();
}

type Get = (column: Column) => string;

const orNull = (v: string) => (v === "" ? null : v);
const numOrNull = (v: string) => (v === "" ? null : Number(v));

function projectOf(get: Get): Project {
  const unit = get("funds_unit");
  const project: Project = {
    title: orNull(get("project_title")), year: numOrNull(get("year")),
    name: orNull(get("name")), nature: orNull(get("nature")), category: orNull(get("category")),
    department: orNull(get("department")), implementer: orNull(get("implementer")),
    plannedStart: orNull(get("planned_start")), plannedEnd: orNull(get("planned_end")),
    funds: unit === "" ? null : {
      unit: unit === "none" ? null : (unit as "元" | "万元"),
      projectTotal: null, projectFiscal: null, projectOther: null,
      annualTotal: null, annualAppropriation: null, annualCarryOver: null, annualOther: null,
    },
    goals: { overall: orNull(get("goal_overall")), annual: orNull(get("goal_annual")) },
    indicators: [],
    lines: { start: Number(get("start_line")), end: Number(get("end_line")) },
  };
  if (project.funds) for (const [column, key] of FUND_COLUMNS) (project.funds[key] as number | null) = numOrNull(get(column));
  const extra = get("project_extra");
  return extra === "" ? project : { ...project, ...defined(JSON.parse(extra)) };
}

/** The fields of an extra column's JSON that are there (JSON drops undefined ones anyway). */
function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function findingOf(get: Get): Diagnostic {
  const d: Diagnostic = {
    ruleId: get("rule_id"), severity: get("severity") as Severity, message: get("message"),
    line: numOrNull(get("line")), column: numOrNull(get("column")), project: orNull(get("finding_project")),
  };
  if (get("place") !== "") d.place = get("place");
  return d;
}

// --- records ---------------------------------------------------------------------

/** The records of the table, each as its cells, cut across pieces. */
function* records(pieces: Iterable<string>, format: FlatFormat): Generator<string[]> {
  if (format === "csv") {
    yield* csvRecords(pieces);
    return;
  }
  let carry = "", index = 0;
  for (const piece of pieces) {
    const text = carry + piece;
    let start = 0;
    for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", start)) {
      const line = text.slice(start, end).replace(/\r$/, "");
      start = end + 1;
      const cells = lineCells(line, format, index);
      if (cells) { index++; yield cells; }
    }
    carry = text.slice(start);
  }
  const cells = carry === "" ? undefined : lineCells(carry.replace(/\r$/, ""), format, index);
  if (cells) yield cells;
}

/** A TSV or Markdown line as cells (Markdown's separator row, and blank lines, as none). */
function lineCells(line: string, format: FlatFormat, index: number): string[] | undefined {
  if (format === "tsv") return line.length > 0 ? line.split("\t").map(unescape) : undefined;
  if (!line.startsWith("|")) return undefined;
  if (index === 1 && /^\|(\s*:?-+:?\s*\|)+$/.test(line)) return undefined;
  const cells: string[] = [];
  let current = "";
  for (let i = 1; i < line.length; i++) {
    if (line[i] === "\\" && i + 1 < line.length) { current += line[i] + line[i + 1]; i++; }
    else if (line[i] === "|") { cells.push(unescape(current.trim())); current = ""; }
    else current += line[i];
  }
  return cells;
}

function unescape(v: string): string {
  return v.indexOf("\\") === -1 ? v : v.replace(/\\(.)/g, (_m, c: string) => ({ t: "\t", n: "\n", r: "\r" } as Record<string, string>)[c] ?? c);
}

/** RFC 4180 records; a quoted field may span pieces and lines. */
function* csvRecords(pieces: Iterable<string>): Generator<string[]> {
  let row: string[] = [], field = "", quoted = false, afterQuote = false, pendingCR = false;
  for (const piece of pieces) {
    for (let i = 0; i < piece.length; i++) {
      const c = piece[i];
      if (pendingCR) {
        pendingCR = false;
        if (c === "\n") continue; // CRLF: the record ended at the CR
      }
      if (quoted) {
        if (c === '"') { quoted = false; afterQuote = true; }
        else field += c;
        continue;
      }
      if (c === '"') {
        if (afterQuote) field += '"'; // "" inside quotes
        quoted = true;
        afterQuote = false;
        continue;
      }
      afterQuote = false;
      if (c === ",") { row.push(field); field = ""; }
      else if (c === "\n" || c === "\r") {
        row.push(field); field = "";
        yield row;
        row = [];
        pendingCR = c === "\r";
      } else field += c;
    }
  }
  if (field.length > 0 || row.length > 0) { row.push(field); yield row; }
}
