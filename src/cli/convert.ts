/** `perfgoal convert`: declaration text → JSON (or the flat tsv/csv/markdown table), written as it is read. */
import { convertSteps } from "../pipeline.js";
import { InputError, UsageError } from "../read/errors.js";
import type { Source } from "../read/input.js";
import { readFlatInto } from "../convert/flat-read.js";
import { flatFormatOf } from "../convert/flat-source.js";
import { flatSink, jsonSink } from "../convert/sink.js";
import { reportInputError, resolveInputs } from "./inputs.js";
import { resolveEncoding, resolveLang, type CommonOptions } from "./options.js";
import { Output } from "./output.js";
import { runStepsPausing } from "./steps.js";
import { progressFor, sizeOf } from "./progress.js";
import { parseJobs } from "../parallel/jobs.js";
import { cliInputs } from "../parallel/cli.js";
import { convertMode } from "../parallel/modes.js";

export const CONVERT_FORMATS = ["json", "tsv", "csv", "markdown"] as const;
type ConvertFormat = (typeof CONVERT_FORMATS)[number];

export interface ConvertCommandOptions extends CommonOptions {
  format: string;
  /** --no-bom: no UTF-8 BOM at the start of CSV. */
  bom?: boolean;
}

export async function runConvert(files: string[], options: ConvertCommandOptions): Promise<number> {
  const format = options.format as ConvertFormat;
  if (!CONVERT_FORMATS.includes(format)) {
    throw new UsageError({ zh: `--format ${options.format}：convert 只接受 ${CONVERT_FORMATS.join("、")}`, en: `--format ${options.format}: convert takes ${CONVERT_FORMATS.join(", ")}` });
  }
  const lang = resolveLang(options.lang, undefined);
  const encoding = resolveEncoding(options.encoding);
  const jobs = parseJobs(options.jobs);
  const entries = await resolveInputs(files, options.ignorePattern);
  const output = new Output(options.output, entries.filter((e) => !(e instanceof InputError)) as Source[]);
  const progress = progressFor(entries, false);
  const write = (text: string) => { progress?.end(); output.write(text); }; // the report never runs into the progress line
  let failed = false;
  try {
    const sink = format === "json" ? jsonSink(write) : flatSink(format, write, format === "csv" && options.bom !== false);
    const setup = { command: "convert", lang, profile: "current", encoding, needsText: false, needsProjects: false } as const;
    for await (const input of cliInputs(entries, jobs, convertMode(setup), lang, progress)) {
      if (input.error) {
        progress?.fileDone(0);
        progress?.end();
        reportInputError(input.error, lang);
        failed = true;
        continue;
      }
      const source = input.source!;
      const flat = input.done ? undefined : flatFormatOf(source);
      // A flat table written by convert reads back into the JSON it came from, as it streams.
      if (input.done) input.done(sink);
      else if (flat) readFlatInto(source.pieces(), flat, sink);
      else await runStepsPausing(convertSteps(source, sink, lang));
      progress?.fileDone(sizeOf(input.path, input.path === "<stdin>"));
    }
    sink.end();
    progress?.end();
    output.close();
  } catch (error) {
    progress?.end();
    output.abort();
    throw error;
  }
  return failed ? 2 : 0;
}
