/** What a report is made of: per input file, a summary of its projects and the findings. */
import type { Diagnostic, Severity } from "../model/schema.js";
import type { Lang, Rule } from "../engine/rule.js";
import type { Level1 } from "../model/taxonomy.js";
import type { FullProject } from "./projects.js";
import type { LineSource } from "./source-lines.js";

export interface ProjectSummary {
  name: string | null;
  /** 年度资金申请总额 in fen, when there is one. */
  annualFen: number | null;
  /** Indicators per 一级. */
  counts: Record<Level1, number>;
  /** The table's first and last line (findings are grouped under the table they lie in). */
  lines?: { start: number; end: number };
}

export interface FileResult {
  path: string;
  /** The encoding the file was read as; absent when it could not be read. */
  encoding?: string;
  /** The decoded text, for showing the rows findings point at. */
  text?: string;
  /** The rows findings point at, when the text is not given whole (see source-lines.ts pickLines). */
  lines?: LineSource;
  projects: ProjectSummary[];
  diagnostics: Diagnostic[];
  /** The findings, kept out of memory as the file was checked (`diagnostics` is then empty): see spool.ts. */
  spooled?: SpooledFindings;
  /** Why the file could not be read. */
  error?: string;
  /** Every project in full, and the document's title: for the formats that draw the forms (`Reporter.needsProjects`). */
  full?: { title: string | null; projects: FullProject[] };
}

/** Findings read back in report order, and how many there are of each severity. */
export interface SpooledFindings {
  readonly counts: Readonly<Record<Severity, number>>;
  readonly size: number;
  /** Each finding as the JSON text JSON.stringify makes of it. */
  serialized(): Iterable<string>;
  findings(): Iterable<Diagnostic>;
}

export interface ReportContext {
  lang: Lang;
  color: boolean;
  rules: readonly Rule[];
  /** The folder SARIF and GitHub paths are made relative to. */
  cwd: string;
  /** The terminal width the pretty report folds to (80 when absent). */
  width?: number;
}

export function countBy(diagnostics: Diagnostic[], severity: Severity): number {
  let n = 0;
  for (const d of diagnostics) if (d.severity === severity) n++;
  return n;
}

export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
  files: number;
  unreadable: number;
}

export function totals(results: FileResult[]): Totals {
  const all = results.flatMap((r) => r.diagnostics);
  return {
    errors: countBy(all, "error"),
    warnings: countBy(all, "warning"),
    infos: countBy(all, "info"),
    files: results.length,
    unreadable: results.filter((r) => r.error).length,
  };
}
