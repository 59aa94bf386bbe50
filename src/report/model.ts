/** What a report is made of: per input file, its model (when it could be read) and findings. */
import type { DocumentNode } from "../model/nodes";
import type { Diagnostic, Severity } from "../model/schema";
import type { Lang, Rule } from "../engine/rule";

export interface FileResult {
  path: string;
  /** Null when the file could not be read (then `error` says why). */
  document: DocumentNode | null;
  diagnostics: Diagnostic[];
  error?: string;
}

export interface ReportContext {
  lang: Lang;
  color: boolean;
  rules: readonly Rule[];
  /** The folder SARIF and GitHub paths are made relative to. */
  cwd: string;
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
