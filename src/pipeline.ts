/**
 * The pipeline in one place: read → lex/parse → build model → run rules → report.
 * The CLI and the library API both go through here.
 */
import { buildDocument } from "./model/builder/index.js";
import { readTables, type DocumentHead } from "./model/builder/stream.js";
import type { Cell, DocumentNode, ProjectNode } from "./model/nodes.js";
import type { Diagnostic, DeclarationDocument } from "./model/schema.js";
import { documentToJson, projectToJson } from "./model/serialize.js";
import type { ConvertSink } from "./convert/sink.js";
import { LEVEL1, type Level1, type Profile } from "./model/taxonomy.js";
import { detach } from "./model/detach.js";
import { decode, type EncodingChoice } from "./read/decode.js";
import { textSource, type TextSource } from "./read/source.js";
import { READING_MESSAGES, READING_RULES, runRules, sortDiagnostics } from "./engine/run.js";
import type { Lang, OptionValues } from "./engine/rule.js";
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
  return { text: decoded.text, encoding: decoded.encoding };
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
  /** Options per rule id (`{ "value-satisfaction": { floor: 85 } }`), checked against each rule's schema. */
  ruleOptions?: Record<string, OptionValues>;
}

/** All rules over a whole model (the library's way; checkText gives the same findings). */
export function checkDocument(document: DocumentNode, options: CheckOptions = {}): Diagnostic[] {
  return runRules(document, { lang: options.lang ?? "zh", profile: options.profile ?? "auto", levels: options.levels, ruleOptions: options.ruleOptions });
}

export interface CheckedText {
  diagnostics: Diagnostic[];
  projects: ProjectSummary[];
  /** The document as the document-wide rules saw it (projects without their indicators). */
  document: DocumentNode;
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

/**
 * Read a source table by table, handing each project to `visit` as soon as its table is done,
 * and return the document as the document-wide rules see it: every project without its
 * indicators, the unplaced cells (the first MAX_UNPLACED_LISTED; the rest counted).
 * `head`: what the text before the first table said (a part of a text read apart, src/parallel/).
 */
export function* streamTables(source: TextSource, visit: (project: ProjectNode, document: DocumentNode) => void, head: DocumentHead = { title: null, year: null }): Steps<DocumentNode> {
  const document: DocumentNode = {
    path: source.path, encoding: source.encoding, title: null, titlePlace: null, year: null,
    projects: [], unplaced: [], unplacedOmitted: 0, cellCount: 0, placedCount: 0, text: "",
  };
  for (const table of readTables(source.rows(), head)) {
    document.cellCount += table.cellCount;
    document.placedCount += table.placedCount;
    // A file of unrelated text is all unplaced cells: list the first ones, count the rest.
    for (const cell of table.unplaced) {
      if (document.unplaced.length < MAX_UNPLACED_LISTED) document.unplaced.push(listed(cell));
      else document.unplacedOmitted! += 1;
    }
    // The title (and year) come before the first table.
    Object.assign(document, { title: head.title?.text ?? null, titlePlace: head.title, year: head.year, labelCount: head.labelCount });
    if (!table.project) continue;
    visit(table.project, document);
    document.projects.push(slimProject(table.project));
    yield;
  }
  return document;
}

/** Of an unplaced cell's text, a document keeps this much (rules quote 40 characters of it). */
export const UNPLACED_TEXT_KEPT = 256;

/**
 * An unplaced cell as the document lists it: its text cut to UNPLACED_TEXT_KEPT characters
 * and copied, so that 10,000 listed cells do not keep the input they were cut from alive.
 */
function listed(cell: Cell): Cell {
  const text = detach(cell.text.length > UNPLACED_TEXT_KEPT ? cell.text.slice(0, UNPLACED_TEXT_KEPT) : cell.text);
  return cell.joined ? { ...cell, text, joined: listed(cell.joined) } : { ...cell, text };
}

/**
 * A reading in steps, one per table: `runSteps` goes through them at once; the CLI pauses
 * between them now and then, so a signal (Ctrl-C) is handled in the middle of a long file.
 */
export type Steps<T> = Generator<void, T, void>;

export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Check a source as it is read (see checkText). */
export function checkSource(source: TextSource, options: CheckOptions, onProject?: (project: ProjectNode) => void): CheckedText {
  return runSteps(checkSteps(source, options, onProject));
}

/**
 * Where a check's findings go as they are found: each table's, sorted, as soon as the table
 * is checked, then the document-wide rules' (a report written as it goes keeps none of them).
 */
export interface FindingSink {
  add(sorted: Diagnostic[]): void;
}

/**
 * checkSource in steps (see runSteps); with a `sink`, the findings go there and `diagnostics` is
 * empty; `head`: what the text before a part said (a part of a text read apart, src/parallel/).
 */
export function* checkSteps(source: TextSource, options: CheckOptions, onProject?: (project: ProjectNode) => void, sink?: FindingSink, head?: DocumentHead): Steps<CheckedText> {
  const run = { lang: options.lang ?? "zh", profile: options.profile ?? "auto", levels: options.levels, ruleOptions: options.ruleOptions } as const;
  const diagnostics: Diagnostic[] = [];
  const add = sink ? (sorted: Diagnostic[]) => sink.add(sorted) : (sorted: Diagnostic[]) => { for (const d of sorted) diagnostics.push(d); };
  const projects: ProjectSummary[] = [];
  const whole = yield* streamTables(source, (project, document) => {
    const one = { ...document, projects: [project], unplaced: [] };
    add(runRules(one, { ...run, rules: projectRules }));
    projects.push(summarise(project));
    onProject?.(project);
  }, head);
  add(runRules(whole, { ...run, rules: documentRules }));
  return { diagnostics: sortDiagnostics(diagnostics), projects, document: whole };
}

export function summarise(project: ProjectNode): ProjectSummary {
  const counts = Object.fromEntries(LEVEL1.map((l) => [l, 0])) as Record<Level1, number>;
  for (const i of project.indicators) if (i.level1) counts[i.level1] += 1;
  return { name: detach(project.name), annualFen: project.funds?.fen.annualTotal ?? null, counts, lines: { ...project.lines } };
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
    place: { line: p.place.line, column: p.place.column, text: "", where: p.place.where },
    layout: p.layout,
  };
}

const readingRules = RULES.filter((rule) => READING_RULES.includes(rule.id));
const projectReadingRules = readingRules.filter((rule) => rule.scope !== "document");
const documentReadingRules = readingRules.filter((rule) => rule.scope === "document");

/** What the reader itself could not do (cells it could not place, values it could not read, no declaration): convert's findings. */
export function readingFindings(document: DocumentNode, lang: Lang = "zh"): Diagnostic[] {
  return runRules(document, { lang, profile: "current", rules: readingRules, messages: READING_MESSAGES });
}

/**
 * Convert a source as it is read: each project goes to the sink as soon as its table is done;
 * the reader's own findings (cells it could not place, values it could not read) close the document.
 */
export function convertSource(source: TextSource, sink: ConvertSink, lang: Lang = "zh"): void {
  runSteps(convertSteps(source, sink, lang));
}

/** convertSource in steps (see runSteps); returns the document as the document-wide rules saw it. */
export function* convertSteps(source: TextSource, sink: ConvertSink, lang: Lang = "zh", head?: DocumentHead): Steps<DocumentNode> {
  let started = false;
  const start = (title: string | null) => {
    if (!started) sink.startDocument({ path: source.path, encoding: source.encoding, title });
    started = true;
  };
  const findings: Diagnostic[] = [];
  const run = { lang, profile: "current", messages: READING_MESSAGES } as const;
  const whole = yield* streamTables(source, (project, document) => {
    start(document.title);
    for (const d of runRules({ ...document, projects: [project], unplaced: [] }, { ...run, rules: projectReadingRules })) findings.push(d);
    sink.project(projectToJson(project));
  }, head);
  start(whole.title);
  for (const d of runRules(whole, { ...run, rules: documentReadingRules })) findings.push(d);
  sink.endDocument(sortDiagnostics(findings));
  return whole;
}

/** The model as convert's JSON, with the reader's own findings (cells it could not place). */
export function convertDocument(document: DocumentNode, lang: Lang = "zh"): DeclarationDocument {
  return documentToJson(document, readingFindings(document, lang));
}
