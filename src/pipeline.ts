/**
 * The pipeline in one place: read → lex/parse → build model → run rules → report.
 * The CLI and the library API both go through here.
 */
import { buildDocument } from "./model/build/index.js";
import { readTables, type DocumentHead } from "./model/build/stream.js";
import type { Cell, DocumentNode, ProjectNode } from "./model/nodes.js";
import type { Diagnostic, DeclarationDocument } from "./model/schema.js";
import { documentToJson, projectToJson } from "./model/serialize.js";
import type { ConvertSink } from "./convert/sink.js";
import { LEVEL1, type Level1, type Profile } from "./model/taxonomy.js";
import { detach } from "./model/detach.js";
import { decode, type EncodingChoice } from "./read/decode.js";
import { textSource, type TextSource } from "./read/source.js";
import { READING_RULES, runRules, sortDiagnostics } from "./engine/run.js";
import type { Lang } from "./engine/rule.js";
import type { Level } from "./engine/config.js";
import { RULES } from "./rules/index.js";
import type { ProjectSummary } from "./report/model.js";

export interface ReadOptions {
  /** The path shown in reports. */
  path?: string;
  /** How bytes are decoded (strings are taken as they are). */
  encoding?: EncodingChoice;
}

/** Bytes or a string → text and the encoding it was read in. */
export function decodeInput(input: string | Uint8Array, options: ReadOptions = {}): { text: string; encoding: string } {
  if (typeof input === "string") return { text: input.replace(/^\ufeff/, ""), encoding: "utf-8" };
  const decoded = decode(input, options.encoding ?? "auto", options.path ?? "<input>");
  return { text: decoded.text.replace(/^\ufeff/, ""), encoding: decoded.encoding };
}

/** Text or bytes → the whole model. */
export function readDocument(input: string | Uint8Array, options: ReadOptions = {}): DocumentNode {
  const { text, encoding } = decodeInput(input, options);
  return buildDocument(text, { path: options.path ?? "<input>", encoding });
}

export interface CheckOptions {
  lang?: Lang;
  profile?: Profile;
  levels?: Record<string, Level>;
}

/** All rules over a whole model (the library's way; checkText gives the same findings). */
export function checkDocument(document: DocumentNode, options: CheckOptions = {}): Diagnostic[] {
  return runRules(document, { lang: options.lang ?? "zh", profile: options.profile ?? "current", levels: options.levels });
}

export interface CheckedText {
  diagnostics: Diagnostic[];
  projects: ProjectSummary[];
}

/** Unplaced cells listed one by one, at most (a finding sums up the rest). */
export const MAX_UNPLACED_LISTED = 10_000;

const projectRules = RULES.filter((rule) => rule.scope !== "document");
const documentRules = RULES.filter((rule) => rule.scope === "document");

/**
 * Check a text table by table: each project is checked as soon as it is read and then
 * dropped (only a summary stays), so memory does not grow with the number of tables.
 * The document-wide rules run at the end over the projects without their indicators.
 */
export function checkText(text: string, options: CheckOptions & { path: string; encoding: string }): CheckedText {
  return checkSource(textSource(options.path, text, options.encoding), options);
}

/** Check a source as it is read (see checkText). */
export function checkSource(source: TextSource, options: CheckOptions): CheckedText {
  const run = { lang: options.lang ?? "zh", profile: options.profile ?? "current", levels: options.levels } as const;
  const head: DocumentHead = { title: null, year: null };
  const diagnostics: Diagnostic[] = [];
  const projects: ProjectSummary[] = [];
  const slim: ProjectNode[] = [];
  const unplaced: Cell[] = [];
  let unplacedOmitted = 0;
  let cellCount = 0, placedCount = 0;
  const documentOf = (projectsOf: ProjectNode[], cells: Cell[]): DocumentNode => ({
    path: source.path, encoding: source.encoding, title: head.title?.text ?? null, titlePlace: head.title, year: head.year,
    projects: projectsOf, unplaced: cells, cellCount, placedCount, text: "",
  });
  for (const table of readTables(source.pieces(), head)) {
    cellCount += table.cellCount;
    placedCount += table.placedCount;
    // A file of unrelated text is all unplaced cells: list the first ones, count the rest.
    for (const cell of table.unplaced) {
      if (unplaced.length < MAX_UNPLACED_LISTED) unplaced.push(cell);
      else unplacedOmitted++;
    }
    if (!table.project) continue;
    for (const d of runRules(documentOf([table.project], []), { ...run, rules: projectRules })) diagnostics.push(d);
    projects.push(summarise(table.project));
    slim.push(slimProject(table.project));
  }
  const whole = { ...documentOf(slim, unplaced), unplacedOmitted };
  for (const d of runRules(whole, { ...run, rules: documentRules })) diagnostics.push(d);
  return { diagnostics: sortDiagnostics(diagnostics), projects };
}

export function summarise(project: ProjectNode): ProjectSummary {
  const counts = Object.fromEntries(LEVEL1.map((l) => [l, 0])) as Record<Level1, number>;
  for (const i of project.indicators) if (i.level1) counts[i.level1] += 1;
  return { name: detach(project.name), annualFen: project.funds?.fen.annualTotal ?? null, counts };
}

/** What the document-wide rules need of a project once it is checked: its name, places, lines. */
function slimProject(p: ProjectNode): ProjectNode {
  const name = detach(p.name);
  const namePlace = p.header.values.name;
  return {
    title: null, year: p.year, yearPlace: null, name,
    nature: null, category: null, department: null, implementer: null, plannedStart: null, plannedEnd: null,
    header: { values: namePlace ? { name: { line: namePlace.line, column: namePlace.column, text: name ?? "" } } : {}, labels: {} },
    funds: null,
    goals: { overall: null, annual: null, overallPlace: null, annualPlace: null, section: null },
    indicators: [],
    lines: { ...p.lines },
    place: { line: p.place.line, column: p.place.column, text: "" },
  };
}

const readingRules = RULES.filter((rule) => READING_RULES.includes(rule.id));

/**
 * Convert a source as it is read: each project goes to the sink as soon as its table is done;
 * the reader's own findings (cells it could not place) close the document.
 */
export function convertSource(source: TextSource, sink: ConvertSink, lang: Lang = "zh"): void {
  const head: DocumentHead = { title: null, year: null };
  const slim: ProjectNode[] = [];
  const unplaced: Cell[] = [];
  let unplacedOmitted = 0, cellCount = 0, placedCount = 0, started = false;
  const start = () => {
    if (!started) sink.startDocument({ path: source.path, encoding: source.encoding, title: head.title?.text ?? null });
    started = true;
  };
  for (const table of readTables(source.pieces(), head)) {
    cellCount += table.cellCount;
    placedCount += table.placedCount;
    for (const cell of table.unplaced) {
      if (unplaced.length < MAX_UNPLACED_LISTED) unplaced.push(cell);
      else unplacedOmitted++;
    }
    if (!table.project) continue;
    start();
    sink.project(projectToJson(table.project));
    slim.push(slimProject(table.project));
  }
  start();
  const document: DocumentNode = {
    path: source.path, encoding: source.encoding, title: head.title?.text ?? null, titlePlace: head.title, year: head.year,
    projects: slim, unplaced, unplacedOmitted, cellCount, placedCount, text: "",
  };
  sink.endDocument(runRules(document, { lang, profile: "current", rules: readingRules }));
}

/** The model as convert's JSON, with the reader's own findings (cells it could not place). */
export function convertDocument(document: DocumentNode, lang: Lang = "zh"): DeclarationDocument {
  return documentToJson(document, runRules(document, { lang, profile: "current", rules: readingRules }));
}
