/** `perfgoal convert`: declaration text → JSON (or the flat tsv/csv/markdown table). */
import { buildDocument } from "../model/build/index.js";
import { convertDocument } from "../pipeline.js";
import { SCHEMA_VERSION } from "../model/version.js";
import type { DeclarationDocument } from "../model/schema.js";
import { UsageError } from "../read/errors.js";
import { detectFlat, readFlat, writeFlat } from "../convert/flat.js";
import { safeJson } from "../report/json.js";
import { loadInputs, reportInputError } from "./inputs.js";
import { resolveEncoding, resolveLang, type CommonOptions } from "./options.js";
import { writeOutput } from "./output.js";

export const CONVERT_FORMATS = ["json", "tsv", "csv", "markdown"] as const;
type ConvertFormat = (typeof CONVERT_FORMATS)[number];

export interface ConvertCommandOptions extends CommonOptions {
  format: string;
}

export async function runConvert(files: string[], options: ConvertCommandOptions): Promise<number> {
  const format = options.format as ConvertFormat;
  if (!CONVERT_FORMATS.includes(format)) throw new UsageError(`--format ${options.format}: convert takes ${CONVERT_FORMATS.join(", ")}`);
  const lang = resolveLang(options.lang, undefined);
  const encoding = resolveEncoding(options.encoding);
  const documents: DeclarationDocument[] = [];
  let failed = false;
  for await (const input of loadInputs(files, encoding)) {
    if (input.error) {
      reportInputError(input.error);
      failed = true;
      continue;
    }
    const text = input.source!.wholeText();
    const flat = detectFlat(text);
    if (flat) documents.push(...readFlat(text, flat).documents);
    else documents.push(convertDocument(buildDocument(text, { path: input.path, encoding: input.source!.encoding }), lang));
  }
  const text = format === "json" ? `${safeJson({ schemaVersion: SCHEMA_VERSION, documents })}\n` : writeFlat(documents, format);
  writeOutput(text, options.output);
  return failed ? 2 : 0;
}
