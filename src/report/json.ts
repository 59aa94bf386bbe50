/** `check --format json` (cli.md): per file, the counts and the findings. */
import { SCHEMA_VERSION } from "../model/version";
import { countBy, type FileResult } from "./model";

export const JSON_HEAD = `{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "files": [\n`;
export const JSON_TAIL = "\n  ]\n}\n";

/** One file's entry, indented as a member of `files`. */
export function jsonFile(r: FileResult): string {
  const entry = {
    path: r.path,
    ...(r.error ? { error: r.error } : {}),
    errorCount: countBy(r.diagnostics, "error"),
    warningCount: countBy(r.diagnostics, "warning"),
    infoCount: countBy(r.diagnostics, "info"),
    diagnostics: r.diagnostics,
  };
  return safeJson(entry).replace(/^/gm, "    ");
}

export function renderJson(results: FileResult[]): string {
  return results.length === 0 ? `${JSON_HEAD}${JSON_TAIL}` : `${JSON_HEAD}${results.map(jsonFile).join(",\n")}${JSON_TAIL}`;
}

/** JSON text; JSON.stringify escapes lone surrogates, so it is valid UTF-8 whatever the input. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
