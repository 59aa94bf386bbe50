/** Open every input of a run, keeping unreadable files as results with an error. */
import type { EncodingChoice } from "../read/decode.js";
import { resolveSources, type Source } from "../read/input.js";
import { openInput, type TextSource } from "../read/source.js";
import { InputError } from "../read/errors.js";
import type { Lang } from "../engine/rule.js";
import { count } from "../report/labels.js";
import type { Progress } from "./progress.js";
import { isTerminal } from "./terminal.js";

export interface Loaded {
  path: string;
  source?: TextSource;
  error?: InputError;
}

/** The inputs named on the command line: paths, globs expanded, stdin when piped. */
export async function resolveInputs(args: string[], ignore: readonly string[] = []): Promise<Array<Source | InputError>> {
  // isTerminal(0), not process.stdin.isTTY: creating process.stdin makes a pipe non-blocking.
  // Only a run without files reads stdin, and asks.
  return resolveSources(args, args.length === 0 && isTerminal(0), ignore);
}

/** Open each input in turn (unreadable ones as results with an error). */
export async function* loadInputs(entries: Array<Source | InputError>, encoding: EncodingChoice, lang: Lang, progress?: Progress): AsyncGenerator<Loaded> {
  for (const entry of entries) {
    if (entry instanceof InputError) {
      yield { path: entry.path, error: entry };
      continue;
    }
    try {
      const source = await openInput(entry, encoding, { onBytes: progress?.onBytes });
      sayOpened(entry.path, source, lang);
      yield { path: entry.path, source };
    } catch (error) {
      if (error instanceof InputError) yield { path: entry.path, error };
      else throw error;
    }
  }
}

/** What the reader says once about a file it opened (hidden sheets skipped, bytes not valid in the encoding), on stderr. */
export function sayOpened(path: string, source: Pick<TextSource, "notes" | "invalidBytes" | "encoding">, lang: Lang): void {
  for (const note of source.notes) process.stderr.write(`perfgoal: ${path}: ${note}\n`);
  if (source.invalidBytes > 0) {
    const n = source.invalidBytes;
    process.stderr.write(lang === "zh"
      ? `perfgoal: ${path}: ${n} 个字节不是有效的 ${source.encoding}，显示为 U+FFFD（可试 --encoding）\n`
      : `perfgoal: ${path}: ${count(n, "byte")} ${n === 1 ? "is" : "are"} not valid ${source.encoding}; shown as U+FFFD (try --encoding)\n`);
  }
}

export function reportInputError(error: InputError, lang: Lang): void {
  process.stderr.write(`perfgoal: ${error.path}: ${error.reasonIn(lang)}\n`);
}
