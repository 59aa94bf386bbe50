/** `check --format json` (cli.md): per file, the counts and the findings. */
import { SCHEMA_VERSION } from "../model/version.js";
import type { Diagnostic } from "../model/schema.js";
import { countBy, type FileResult } from "./model.js";

export const JSON_HEAD = `{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "files": [\n`;
export const JSON_TAIL = "\n  ]\n}\n";

const BATCH = 200;

/**
 * One file's entry, indented as a member of `files`, in pieces: the findings are written a
 * batch at a time, so a file with 100,000 findings is never one huge string.
 */
export function* jsonFile(r: FileResult): Generator<string> {
  const counts = r.spooled?.counts;
  const head = {
    path: r.path,
    ...(r.error ? { error: r.error } : {}),
    errorCount: counts ? counts.error : countBy(r.diagnostics, "error"),
    warningCount: counts ? counts.warning : countBy(r.diagnostics, "warning"),
    infoCount: counts ? counts.info : countBy(r.diagnostics, "info"),
  };
  const fields = safeJson(head).slice(0, -2).replace(/^/gm, "    ");
  if ((r.spooled?.size ?? r.diagnostics.length) === 0) {
    yield `${fields},\n      "diagnostics": []\n    }`;
    return;
  }
  yield `${fields},\n      "diagnostics": [\n`;
  // One finding per line: as readable, and much cheaper to write than indented objects.
  let batch: string[] = [], first = true;
  for (const json of r.spooled ? r.spooled.serialized() : stringified(r.diagnostics)) {
    batch.push(`        ${json}`);
    if (batch.length === BATCH) {
      yield (first ? "" : ",\n") + batch.join(",\n");
      batch = [];
      first = false;
    }
  }
  if (batch.length > 0) yield (first ? "" : ",\n") + batch.join(",\n");
  yield "\n      ]\n    }";
}

function* stringified(diagnostics: readonly Diagnostic[]): Generator<string> {
  for (const d of diagnostics) yield JSON.stringify(d);
}

export function renderJson(results: FileResult[]): string {
  if (results.length === 0) return `${JSON_HEAD}${JSON_TAIL}`;
  return `${JSON_HEAD}${results.map((r) => [...jsonFile(r)].join("")).join(",\n")}${JSON_TAIL}`;
}

/** JSON text; JSON.stringify escapes lone surrogates, so it is valid UTF-8 whatever the input. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
