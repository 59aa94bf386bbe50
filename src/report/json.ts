/** `check --format json` (cli.md): per file, the counts and the findings. */
import { SCHEMA_VERSION } from "../model/version";
import { countBy, type FileResult } from "./model";

export function renderJson(results: FileResult[]): string {
  const files = results.map((r) => ({
    path: r.path,
    ...(r.error ? { error: r.error } : {}),
    errorCount: countBy(r.diagnostics, "error"),
    warningCount: countBy(r.diagnostics, "warning"),
    infoCount: countBy(r.diagnostics, "info"),
    diagnostics: r.diagnostics,
  }));
  return `${safeJson({ schemaVersion: SCHEMA_VERSION, files })}\n`;
}

/** JSON that stays valid UTF-8 whatever the input held (lone surrogates escaped). */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
