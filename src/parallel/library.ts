/**
 * The library's `checkFiles`: a batch of files checked as `perfgoal check` checks them — worker
 * threads when the batch is worth them (`jobs`, as --jobs), a large text read in parts — with
 * each file's findings as `check --format json` lists them, in the order of the inputs.
 */
import { checkSteps, runSteps, type CheckOptions } from "../pipeline.js";
import { resolveSources, type Source } from "../read/input.js";
import { openInput } from "../read/source.js";
import { InputError, OptionsError } from "../read/errors.js";
import type { Diagnostic } from "../model/schema.js";
import type { EncodingChoice } from "../read/decode.js";
import { checkOptions } from "../library-options.js";
import { countBy } from "../report/model.js";
import { defaultJobs } from "./jobs.js";
import { checkMode } from "./modes.js";
import { inWorkers, wantsWorkers, type Handed } from "./run.js";
import type { CheckedWhole } from "./assemble.js";

export interface CheckFilesOptions extends CheckOptions {
  encoding?: EncodingChoice;
  /** Threads at once, the calling thread included (default: the cores the process may use; 1: no worker threads). */
  jobs?: number;
}

/** One file of a batch, as `check --format json` lists it (with what the reader said about the file). */
export interface FileCheck {
  path: string;
  /** The encoding the text was read in, or the file's format (`xlsx`, `pdf` …); absent when it could not be read. */
  encoding?: string;
  /** Why the file could not be read (it then has no findings), in the options' language. */
  error?: string;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  diagnostics: Diagnostic[];
  /** What the reader says once about the file (hidden sheets skipped …). */
  notes: string[];
  /** Bytes that were not valid in the encoding (shown as U+FFFD). */
  invalidBytes: number;
}

function jobsOf(jobs: unknown): number {
  if (jobs === undefined) return defaultJobs();
  if (typeof jobs !== "number" || !Number.isInteger(jobs) || jobs < 1) {
    throw new OptionsError("options.jobs", `${typeof jobs === "number" ? jobs : JSON.stringify(jobs)} is not accepted; expected a whole number of at least 1`);
  }
  return jobs;
}

/**
 * Check files, folders (searched for declarations) and globs, as the CLI takes them, with
 * every finding of the rule catalogue. Resolves to one entry a file, in order; a file that
 * cannot be read is an entry with `error`. Throws an OptionsError naming an option it cannot take.
 */
export async function checkFiles(paths: readonly string[], given: CheckFilesOptions = {}): Promise<FileCheck[]> {
  if (!Array.isArray(paths) || paths.some((p) => typeof p !== "string")) throw new OptionsError("paths", "expected an array of file paths");
  if (paths.includes("-")) throw new OptionsError("paths", "'-' (stdin) is no file here; give its text to check()");
  const { jobs: rawJobs, ...rest } = (given ?? {}) as CheckFilesOptions;
  const jobs = jobsOf(rawJobs);
  const options = checkOptions(rest);
  if (options.path !== undefined) throw new OptionsError("options.path", "is an option of check(), not checkFiles(): each file has its own");
  const lang = options.lang ?? "zh";
  const profile = options.profile ?? "auto";
  if (paths.length === 0) return [];
  const entries = await resolveSources([...paths], true);
  const setup = { command: "check", lang, profile, levels: options.levels, ruleOptions: options.ruleOptions, encoding: options.encoding ?? "auto", needsText: false, needsProjects: false } as const;
  const out: FileCheck[] = [];
  const inputs = wantsWorkers(entries, jobs) ? inWorkers(entries, checkMode(setup), { jobs }) : oneByOne(entries, setup.encoding);
  for await (const input of inputs) {
    if (input.error) {
      out.push({ path: input.path, error: input.error.reasonIn(lang), errorCount: 0, warningCount: 0, infoCount: 0, diagnostics: [], notes: [], invalidBytes: 0 });
      continue;
    }
    const source = input.source!;
    const { diagnostics } = input.done ?? runSteps(checkSteps(source, { lang, profile, levels: options.levels, ruleOptions: options.ruleOptions }));
    out.push({
      path: input.path, encoding: source.encoding,
      errorCount: countBy(diagnostics, "error"), warningCount: countBy(diagnostics, "warning"), infoCount: countBy(diagnostics, "info"),
      diagnostics, notes: source.notes, invalidBytes: source.invalidBytes,
    });
  }
  return out;
}

/** The inputs opened one after another in this thread. */
async function* oneByOne(entries: ReadonlyArray<Source | InputError>, encoding: EncodingChoice): AsyncGenerator<Handed<CheckedWhole>> {
  for (const entry of entries) {
    if (entry instanceof InputError) {
      yield { path: entry.path, error: entry };
      continue;
    }
    try {
      yield { path: entry.path, source: await openInput(entry, encoding) };
    } catch (error) {
      if (error instanceof InputError) yield { path: entry.path, error };
      else throw error;
    }
  }
}
