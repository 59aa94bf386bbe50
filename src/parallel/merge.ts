/**
 * `perfgoal merge`: the reports of shards of a batch (each file is checked on its own, so a
 * province's declarations can be shared out over any batch runner) made into the report one
 * run over all the files would print, byte for byte, in the order the shards are given:
 * - `check --format json`: the files of each report, one after another;
 * - `check --format sarif`: one run, the results and the files that could not be read of each;
 * - `convert` (JSON): the documents of each.
 * The reports must come from the same perfgoal (schema, version, rules and language). The
 * counts a run exits by come with the merged report, so the merge exits as that run would.
 */
import type { DeclarationDocument, Diagnostic } from "../model/schema.js";
import { SCHEMA_VERSION } from "../model/version.js";
import { safeJson } from "../report/json.js";
import { countBy, type FileResult, type ReportContext } from "../report/model.js";
import { createReporter } from "../report/reporter.js";
import { jsonSink } from "../convert/sink.js";
import { InputError, UsageError, type Said } from "../read/errors.js";

export interface Report {
  path: string;
  text: string;
}

export type ReportKind = "check" | "sarif" | "convert";

export interface Merged {
  kind: ReportKind;
  /** What a check run exits by (absent for convert, whose exit says nothing of findings). */
  counts?: { errors: number; warnings: number; unreadable: number };
}

const NOT_A_REPORT: Said = {
  zh: "不是 perfgoal 的报告（check --format json 或 sarif 的输出，或 convert 的 JSON）",
  en: "not a perfgoal report (the output of check --format json or sarif, or convert's JSON)",
};

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const keysWithin = (value: Json, allowed: readonly string[]) => Object.keys(value).every((k) => allowed.includes(k));

function kindOf(report: Report, value: unknown): ReportKind {
  if (isObject(value)) {
    if (value.version === "2.1.0" && Array.isArray(value.runs)) return "sarif";
    if (value.schemaVersion !== undefined && value.schemaVersion !== SCHEMA_VERSION) {
      throw new InputError(report.path, { zh: `报告的 schemaVersion 为 ${String(value.schemaVersion)}，本版 perfgoal 为 ${SCHEMA_VERSION}`, en: `the report has schemaVersion ${String(value.schemaVersion)}; this perfgoal writes ${SCHEMA_VERSION}` });
    }
    if (keysWithin(value, ["schemaVersion", "files"]) && Array.isArray(value.files)) return "check";
    if (keysWithin(value, ["schemaVersion", "documents"]) && Array.isArray(value.documents)) return "convert";
  }
  throw new InputError(report.path, NOT_A_REPORT);
}

function parse(report: Report): { kind: ReportKind; value: Json } {
  let value: unknown;
  try {
    value = JSON.parse(report.text.replace(/^\ufeff/, ""));
  } catch {
    throw new InputError(report.path, NOT_A_REPORT);
  }
  return { kind: kindOf(report, value), value: value as Json };
}

/** The reports as one, written as a single run over all their files writes it. */
export async function mergeReports(reports: readonly Report[], write: (text: string) => void): Promise<Merged> {
  const parsed = reports.map((r) => ({ report: r, ...parse(r) }));
  const kinds = [...new Set(parsed.map((p) => p.kind))];
  if (kinds.length > 1) {
    throw new UsageError({ zh: `报告的格式不同（${kinds.join("、")}），无法合并`, en: `the reports are of different kinds (${kinds.join(", ")}) and cannot be merged` });
  }
  const kind = kinds[0] ?? "check";
  if (kind === "sarif") return mergeSarif(parsed, write);
  if (kind === "convert") {
    mergeConvert(parsed, write);
    return { kind };
  }
  return mergeCheck(parsed, write);
}

interface Parsed {
  report: Report;
  value: Json;
}

const FILE_KEYS = ["path", "error", "errorCount", "warningCount", "infoCount", "diagnostics"];

/** The files of every report, checked for what merge needs, before anything is written. */
function checkFiles(parsed: readonly Parsed[]): FileResult[] {
  return parsed.flatMap(({ report, value }) => (value.files as unknown[]).map((file) => {
    if (!isObject(file) || !keysWithin(file, FILE_KEYS) || typeof file.path !== "string" || !Array.isArray(file.diagnostics)) {
      throw new InputError(report.path, NOT_A_REPORT);
    }
    const diagnostics = file.diagnostics as Diagnostic[];
    const count = (severity: string) => diagnostics.filter((d) => d.severity === severity).length;
    // The counts are those of the findings listed (as check writes them): a report edited by hand is refused.
    if (file.errorCount !== count("error") || file.warningCount !== count("warning") || file.infoCount !== count("info")) {
      throw new InputError(report.path, { zh: `${file.path} 的计数与所列问题不符`, en: `the counts of ${file.path} do not match its findings` });
    }
    return { path: file.path, ...(typeof file.error === "string" ? { error: file.error } : {}), projects: [], diagnostics };
  }));
}

/** Written by the JSON reporter itself, as check writes it. */
async function mergeCheck(parsed: readonly Parsed[], write: (text: string) => void): Promise<Merged> {
  const files = checkFiles(parsed);
  const context: ReportContext = { lang: "zh", color: false, rules: [], cwd: process.cwd() };
  const reporter = await createReporter("json", context, write);
  const counts = { errors: 0, warnings: 0, unreadable: 0 };
  for (const file of files) {
    counts.errors += countBy(file.diagnostics, "error");
    counts.warnings += countBy(file.diagnostics, "warning");
    if (file.error !== undefined) counts.unreadable++;
    reporter.file(file);
  }
  reporter.end();
  return { kind: "check", counts };
}

const DOCUMENT_KEYS = ["path", "encoding", "title", "projects", "diagnostics"];

/** Written by convert's own JSON sink. */
function mergeConvert(parsed: readonly Parsed[], write: (text: string) => void): void {
  for (const { report, value } of parsed) {
    for (const doc of value.documents as unknown[]) {
      if (!isObject(doc) || !keysWithin(doc, DOCUMENT_KEYS) || typeof doc.path !== "string" || !Array.isArray(doc.projects) || !Array.isArray(doc.diagnostics)) {
        throw new InputError(report.path, NOT_A_REPORT);
      }
    }
  }
  const sink = jsonSink(write);
  for (const { value } of parsed) {
    for (const doc of value.documents as DeclarationDocument[]) {
      sink.startDocument({ path: doc.path, encoding: doc.encoding, title: doc.title });
      for (const project of doc.projects) sink.project(project);
      sink.endDocument(doc.diagnostics);
    }
  }
  sink.end();
}

interface SarifRun {
  tool: unknown;
  columnKind?: unknown;
  results: Array<{ level?: string }>;
  invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: unknown[] }>;
}

function mergeSarif(parsed: readonly Parsed[], write: (text: string) => void): Merged {
  const runs = parsed.map(({ report, value }) => {
    const list = value.runs as unknown[];
    const run = list[0] as SarifRun | undefined;
    if (list.length !== 1 || !isObject(run) || !Array.isArray(run.results) || !Array.isArray(run.invocations) || run.invocations.length !== 1
      || !Array.isArray(run.invocations[0]?.toolExecutionNotifications)) {
      throw new InputError(report.path, NOT_A_REPORT);
    }
    return { report, run };
  });
  const [first] = runs;
  const tool = JSON.stringify(first.run.tool);
  for (const { report, run } of runs) {
    if (JSON.stringify(run.tool) !== tool || run.columnKind !== first.run.columnKind) {
      throw new UsageError({
        zh: `${report.path}：与 ${first.report.path} 出自不同的 perfgoal（版本、规则或 --lang 不同），无法合并`,
        en: `${report.path}: made by another perfgoal than ${first.report.path} (version, rules or --lang differ); cannot merge`,
      });
    }
  }
  const log = parsed[0].value;
  const merged = first.run;
  merged.results = runs.flatMap(({ run }) => run.results);
  merged.invocations[0].executionSuccessful = runs.every(({ run }) => run.invocations[0].executionSuccessful);
  merged.invocations[0].toolExecutionNotifications = runs.flatMap(({ run }) => run.invocations[0].toolExecutionNotifications);
  const counts = {
    errors: merged.results.filter((r) => r.level === "error").length,
    warnings: merged.results.filter((r) => r.level === "warning").length,
    unreadable: merged.invocations[0].toolExecutionNotifications.length,
  };
  write(`${safeJson(log)}\n`);
  return { kind: "sarif", counts };
}
