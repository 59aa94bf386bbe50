/** `check --format json` (cli.md): per file, the counts and the findings. */
import { SCHEMA_VERSION } from "../model/version.js";
import { countBy, type FileResult } from "./model.js";

export const JSON_HEAD = `{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "files": [\n`;
export const JSON_TAIL = "\n  ]\n}\n";

const BATCH = 500;

/**
 * One file's entry, indented as a member of `files`, in pieces: the findings are written a
 * batch at a time, so a file with 100,000 findings is never one huge string.
 */
export function* jsonFile(r: FileResult): Generator<string> {
  const head = {
    path: r.path,
    ...(r.error ? { error: r.error } : {}),
    errorCount: countBy(r.diagnostics, "error"),
    warningCount: countBy(r.diagnostics, "warning"),
    infoCount: countBy(r.diagnostics, "info"),
  };
  const fields = safeJson(head).slice(0, -2).replace(/^/gm, "    ");
  if (r.diagnostics.length === 0) {
    yield `${fields},\n      "diagnostics": []\n    }`;
    return;
  }
  yield `${fields},\n      "diagnostics": [\n`;
  for (let i = 0; i < r.diagnostics.length; i += BATCH) {
    // One finding per line: as readable, and much cheaper to write than indented objects.
    const batch = r.diagnostics.slice(i, i + BATCH).map((d) => `        ${JSON.stringify(d)}`);
    yield (i > 0 ? ",\n" : "") + batch.join(",\n");
  }
  yield "\n      ]\n    }";
}

export function renderJson(results: FileResult[]): string {
  if (results.length === 0) return `${JSON_HEAD}${JSON_TAIL}`;
  return `${JSON_HEAD}${results.map((r) => [...jsonFile(r)].join("")).join(",\n")}${JSON_TAIL}`;
}

/** JSON text; JSON.stringify escapes lone surrogates, so it is valid UTF-8 whatever the input. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
